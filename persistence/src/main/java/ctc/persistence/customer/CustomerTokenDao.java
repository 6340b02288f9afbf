package ctc.persistence.customer;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Statements on the token table. */
interface CustomerTokenDao {

  /** One token row as read back. */
  record TokenRow(
      String id,
      String projectKey,
      String customerId,
      String kind,
      String valueDigest,
      OffsetDateTime expiresAt,
      OffsetDateTime createdAt,
      boolean invalidateOlderTokens) {}

  @SqlUpdate(
      """
      INSERT INTO customer_token (id, project_key, customer_id, kind, value_digest, expires_at, created_at,
        invalidate_older_tokens)
      VALUES (:id, :projectKey, :customerId, :kind, :valueDigest, :expiresAt, :createdAt, :invalidateOlderTokens)""")
  void insert(
      @Bind("id") String id,
      @Bind("projectKey") String projectKey,
      @Bind("customerId") String customerId,
      @Bind("kind") String kind,
      @Bind("valueDigest") String valueDigest,
      @Bind("expiresAt") OffsetDateTime expiresAt,
      @Bind("createdAt") OffsetDateTime createdAt,
      @Bind("invalidateOlderTokens") boolean invalidateOlderTokens);

  @SqlQuery(
      """
      SELECT id, project_key, customer_id, kind, value_digest, expires_at, created_at, invalidate_older_tokens
      FROM customer_token WHERE value_digest = :valueDigest AND project_key = :projectKey AND kind = :kind""")
  @RegisterConstructorMapper(TokenRow.class)
  Optional<TokenRow> findByDigest(
      @Bind("projectKey") String projectKey,
      @Bind("kind") String kind,
      @Bind("valueDigest") String valueDigest);

  @SqlUpdate("DELETE FROM customer_token WHERE id = :id")
  int delete(@Bind("id") String id);

  @SqlUpdate("DELETE FROM customer_token WHERE customer_id = :customerId AND kind = :kind")
  void deleteAll(@Bind("customerId") String customerId, @Bind("kind") String kind);
}
