package ctc.persistence.customer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The fixed reads, locks and reference rows of customers. The customer and query tables are written
 * through {@link CustomerTables}; queries are built by {@link CustomerQueries}.
 */
interface CustomerDao {

  /** Run by {@link JdbiCustomerRepository} with the fluent API: bound are projectKey and value. */
  String FIND_BY_ID =
      "SELECT document FROM customer WHERE project_key = :projectKey AND id = :value";

  String FIND_BY_KEY =
      "SELECT document FROM customer WHERE project_key = :projectKey AND customer_key = :value";

  String FIND_BY_LOWERCASE_EMAIL =
      "SELECT document FROM customer WHERE project_key = :projectKey AND lowercase_email = :value";

  @SqlQuery(FIND_BY_LOWERCASE_EMAIL)
  List<String> findByLowercaseEmail(
      @Bind("projectKey") String projectKey, @Bind("value") String lowercaseEmail);

  @SqlQuery("SELECT version FROM customer WHERE project_key = :projectKey AND id = :id")
  Optional<Long> versionOf(@Bind("projectKey") String projectKey, @Bind("id") String id);

  @SqlUpdate(
      "DELETE FROM customer WHERE project_key = :projectKey AND id = :id AND version = :version")
  int delete(
      @Bind("projectKey") String projectKey, @Bind("id") String id, @Bind("version") long version);

  @SqlUpdate(
      """
      INSERT INTO customer_email_lock (project_key, lowercase_email) VALUES (:projectKey, :lowercaseEmail)
      ON CONFLICT DO NOTHING""")
  void createEmailLock(
      @Bind("projectKey") String projectKey, @Bind("lowercaseEmail") String lowercaseEmail);

  /**
   * Blocks until no other transaction holds the email's lock row, then holds it until this one
   * ends.
   */
  @SqlQuery(
      """
      SELECT lowercase_email FROM customer_email_lock
      WHERE project_key = :projectKey AND lowercase_email = :lowercaseEmail FOR UPDATE""")
  String lockEmail(
      @Bind("projectKey") String projectKey, @Bind("lowercaseEmail") String lowercaseEmail);

  @SqlUpdate("DELETE FROM customer_reference WHERE customer_id = :id")
  void deleteReferences(@Bind("id") String id);

  @SqlBatch("INSERT INTO customer_reference (customer_id, resource_id) VALUES (:id, :resourceId)")
  void insertReferences(@Bind("id") String id, @Bind("resourceId") List<String> resourceIds);

  /**
   * Locks the project's resources of these ids until the transaction ends and answers the ones that
   * exist. A delete of one of them waits for this transaction and then sees its reference; a delete
   * that came first makes it missing here. Locks are taken in id order, so two writers never wait
   * for each other in a circle.
   */
  @SqlQuery(
      """
      SELECT id FROM resource WHERE project_key = :projectKey AND id IN (<ids>) ORDER BY id FOR UPDATE""")
  List<String> lockResources(
      @Bind("projectKey") String projectKey, @BindList("ids") List<String> ids);

  /**
   * As {@link #lockResources} for the project's stores of these keys; answers their ids and keys.
   */
  @SqlQuery(
      """
      SELECT id, resource_key FROM resource
      WHERE type_id = 'store' AND project_key = :projectKey AND resource_key IN (<keys>) ORDER BY id FOR UPDATE""")
  @KeyColumn("resource_key")
  @ValueColumn("id")
  Map<String, String> lockStores(
      @Bind("projectKey") String projectKey, @BindList("keys") List<String> keys);
}
