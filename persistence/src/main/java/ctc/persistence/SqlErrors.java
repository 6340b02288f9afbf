package ctc.persistence;

import ctc.domain.customer.Customer;
import ctc.domain.error.Errors;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.JdbiException;

/** Turns database failures the API must answer into commercetools errors; SQL errors never reach HTTP as such. */
public final class SqlErrors {

  /** SQLState of a unique-constraint violation, the same in H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private SqlErrors() {}

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
    return exception;
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
