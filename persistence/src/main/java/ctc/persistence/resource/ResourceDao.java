package ctc.persistence.resource;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Statements on the resource table; every one is limited to one type and project. */
interface ResourceDao {

  @SqlQuery(
      "SELECT document FROM resource WHERE type_id = :typeId AND project_key = :projectKey AND id = :id")
  Optional<String> findById(
      @Bind("typeId") String typeId, @Bind("projectKey") String projectKey, @Bind("id") String id);

  @SqlQuery(
      """
      SELECT document FROM resource WHERE type_id = :typeId AND project_key = :projectKey AND resource_key = :key""")
  Optional<String> findByKey(
      @Bind("typeId") String typeId,
      @Bind("projectKey") String projectKey,
      @Bind("key") String key);

  @SqlQuery(
      "SELECT version FROM resource WHERE type_id = :typeId AND project_key = :projectKey AND id = :id")
  Optional<Long> versionOf(
      @Bind("typeId") String typeId, @Bind("projectKey") String projectKey, @Bind("id") String id);

  @SqlUpdate(
      """
      INSERT INTO resource (id, type_id, project_key, resource_key, version, created_at, document)
      VALUES (:id, :typeId, :projectKey, :key, :version, :createdAt, :document)""")
  void insert(
      @Bind("id") String id,
      @Bind("typeId") String typeId,
      @Bind("projectKey") String projectKey,
      @Bind("key") String key,
      @Bind("version") long version,
      @Bind("createdAt") OffsetDateTime createdAt,
      @Bind("document") String document);

  /** The version check and the write in one statement. */
  @SqlUpdate(
      """
      UPDATE resource SET resource_key = :key, version = :version, document = :document
      WHERE id = :id AND project_key = :projectKey AND version = :expectedVersion""")
  int update(
      @Bind("id") String id,
      @Bind("projectKey") String projectKey,
      @Bind("key") String key,
      @Bind("version") long version,
      @Bind("document") String document,
      @Bind("expectedVersion") long expectedVersion);

  @SqlUpdate(
      "DELETE FROM resource WHERE id = :id AND project_key = :projectKey AND version = :version")
  int delete(
      @Bind("id") String id, @Bind("projectKey") String projectKey, @Bind("version") long version);

  @SqlQuery(
      """
      SELECT document FROM resource WHERE type_id = :typeId AND project_key = :projectKey
      ORDER BY created_at, id LIMIT :limit OFFSET :offset""")
  List<String> list(
      @Bind("typeId") String typeId,
      @Bind("projectKey") String projectKey,
      @Bind("limit") int limit,
      @Bind("offset") int offset);

  @SqlQuery("SELECT COUNT(*) FROM resource WHERE type_id = :typeId AND project_key = :projectKey")
  long count(@Bind("typeId") String typeId, @Bind("projectKey") String projectKey);
}
