package ctc.persistence;

import ctc.domain.customer.Customer;
import ctc.domain.error.Errors;
import ctc.domain.update.Versioned;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns database failures the API must answer into commercetools errors; SQL errors never reach
 * HTTP as such.
 */
public final class SqlErrors {

  /** SQLStates of unique and foreign-key violations in H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String FOREIGN_KEY_VIOLATION = "23503";

  /**
   * H2 reports a missing parent row (an insert naming a resource that is gone) with its own
   * SQLState.
   */
  private static final String H2_PARENT_MISSING = "23506";

  /**
   * SQLState of a statement the database cancelled, here because it ran past the query timeout (H2,
   * PostgreSQL).
   */
  private static final String QUERY_CANCELED = "57014";

  private SqlErrors() {}

  /**
   * A query that ran past its timeout, or found no free connection of the query pool within it, is
   * the commercetools {@code QueryTimedOut}; anything else stays an internal error.
   */
  public static RuntimeException translateQuery(JdbiException exception) {
    SQLException sql = sqlCause(exception);
    if (sql instanceof SQLTransientConnectionException
        || sql != null && QUERY_CANCELED.equals(sql.getSQLState())) {
      return Errors.queryTimedOut();
    }
    return exception;
  }

  public static RuntimeException translate(JdbiException exception, Customer customer) {
    SQLException sql = sqlCause(exception);
    if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
      String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("customer_key_unique")) {
        return Errors.duplicateField("key", customer.key());
      }
      if (message.contains("customer_number_unique")) {
        return Errors.duplicateField("customerNumber", customer.customerNumber());
      }
    }
    if (sql != null
        && (FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())
            || H2_PARENT_MISSING.equals(sql.getSQLState()))) {
      // The referenced rows are locked before linking, so this is a last line of defence, not an
      // expected path.
      return Errors.referencedResourceNotFound("resource", null, null);
    }
    return exception;
  }

  /** A duplicate key, or (on delete) a resource a customer still references. */
  public static RuntimeException translateResourceWrite(
      JdbiException exception, String typeId, String key) {
    SQLException sql = sqlCause(exception);
    if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
      return Errors.duplicateField("key", key);
    }
    if (sql != null && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
      return Errors.referenceExists(typeId);
    }
    return exception;
  }

  /**
   * The answer to a write conditional on the version that changed no row: the stored version has
   * moved on (409), or the resource is gone (404).
   */
  public static RuntimeException staleOrGone(
      Versioned<?> expected, Supplier<Optional<Long>> storedVersion) {
    return storedVersion
        .get()
        .map(
            actual ->
                (RuntimeException)
                    Errors.concurrentModification(expected.id(), expected.version(), actual))
        .orElseGet(() -> Errors.notFoundById(expected.id()));
  }

  private static SQLException sqlCause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }
}
