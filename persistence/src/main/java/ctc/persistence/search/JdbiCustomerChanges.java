package ctc.persistence.search;

import ctc.domain.customer.Customer;
import ctc.domain.update.Change;
import ctc.domain.update.ChangeRecorder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/**
 * The customer change feed (table {@code customer_change}): a row per saved change, appended in the
 * change's transaction (Jdbi hands this class the handle of the caller's transaction on the same
 * thread), read by every server's search index to follow the changes made through any server.
 * Thread-safe.
 */
public final class JdbiCustomerChanges implements ChangeRecorder<Customer> {

  /** One row of the feed. */
  public record Row(long seq, String projectKey, String customerId) {}

  private final Jdbi jdbi;

  public JdbiCustomerChanges(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void record(String projectKey, Change<Customer> change) {
    Customer customer = change.deletes() ? change.before() : change.after();
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO customer_change (project_key, customer_id, changed_at)"
                        + " VALUES (:p, :c, :at)")
                .bind("p", projectKey)
                .bind("c", customer.id())
                .bind("at", change.at().atOffset(ZoneOffset.UTC))
                .execute());
  }

  /** The rows after {@code seq}, oldest first, at most {@code limit}. */
  public List<Row> after(long seq, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT seq, project_key, customer_id FROM customer_change WHERE seq > :s"
                        + " ORDER BY seq LIMIT :n")
                .bind("s", seq)
                .bind("n", limit)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list());
  }

  /** The rows with these numbers that exist by now (late commits of earlier numbers). */
  public List<Row> among(Collection<Long> seqs) {
    if (seqs.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT seq, project_key, customer_id FROM customer_change WHERE seq IN"
                        + " (<seqs>) ORDER BY seq")
                .bindList("seqs", List.copyOf(seqs))
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list());
  }

  /** The highest number given so far, 0 when the feed is empty. */
  public long last() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT COALESCE(MAX(seq), 0) FROM customer_change")
                .mapTo(Long.class)
                .one());
  }

  /** The lowest number still kept, if any row is. */
  public OptionalLong first() {
    Long first =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery("SELECT MIN(seq) FROM customer_change")
                    .mapTo(Long.class)
                    .findOne()
                    .orElse(null));
    return first == null ? OptionalLong.empty() : OptionalLong.of(first);
  }

  /** Deletes rows older than {@code before}, except the newest row. */
  public int purge(Instant before) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    "DELETE FROM customer_change WHERE changed_at < :before"
                        + " AND seq < (SELECT MAX(seq) FROM customer_change)")
                .bind("before", before.atOffset(ZoneOffset.UTC))
                .execute());
  }
}
