package ctc.persistence.search;

import ctc.domain.customer.Customer;
import ctc.domain.type.Type;
import ctc.persistence.Documents;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads what the search index is built from: customers as stored, across projects, and the custom
 * Types that say how their fields are indexed. Thread-safe.
 */
public final class JdbiSearchSource {

  /** A stored customer with its project. */
  public record Stored(String projectKey, Customer customer) {}

  private final Jdbi jdbi;
  private final Documents documents = new Documents();

  public JdbiSearchSource(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The customers with these ids that exist now. */
  public List<Stored> customers(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT project_key, document FROM customer WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> stored(rs.getString(1), rs.getString(2)))
                .list());
  }

  /** The next customers in id order after {@code afterId} ("" for the first page). */
  public List<Stored> page(String afterId, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT project_key, document FROM customer WHERE id > :after ORDER BY id"
                        + " LIMIT :n")
                .bind("after", afterId)
                .bind("n", limit)
                .map((rs, ctx) -> stored(rs.getString(1), rs.getString(2)))
                .list());
  }

  public long count() {
    return jdbi.withHandle(
        handle -> handle.createQuery("SELECT COUNT(*) FROM customer").mapTo(Long.class).one());
  }

  public Optional<Type> type(String id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT document FROM resource WHERE id = :id AND type_id = 'type'")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(document -> documents.read(document, Type.class)));
  }

  private Stored stored(String projectKey, String document) {
    return new Stored(projectKey, documents.read(document, Customer.class));
  }
}
