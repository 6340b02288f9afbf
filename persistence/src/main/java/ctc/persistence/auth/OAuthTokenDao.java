package ctc.persistence.auth;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Statements on the token tables. */
@RegisterConstructorMapper(OAuthTokenDao.TokenRow.class)
interface OAuthTokenDao {

  /** One token row; {@code scopes} space-separated. Public for Jdbi's binder and mapper. */
  record TokenRow(
      String digest,
      String kind,
      String clientId,
      String projectKey,
      String scopes,
      String customerId,
      String anonymousId,
      String refreshDigest,
      OffsetDateTime expiresAt,
      OffsetDateTime createdAt) {}

  @SqlUpdate(
      """
      INSERT INTO oauth_token (digest, kind, client_id, project_key, scopes, customer_id, anonymous_id, refresh_digest,
        expires_at, created_at)
      VALUES (:digest, :kind, :clientId, :projectKey, :scopes, :customerId, :anonymousId, :refreshDigest, :expiresAt,
        :createdAt)""")
  void insert(@BindMethods TokenRow row);

  @SqlQuery(
      """
      SELECT digest, kind, client_id, project_key, scopes, customer_id, anonymous_id, refresh_digest, expires_at,
        created_at
      FROM oauth_token WHERE digest = :digest""")
  Optional<TokenRow> findByDigest(@Bind("digest") String digest);

  @SqlUpdate("DELETE FROM oauth_token WHERE digest = :digest OR refresh_digest = :digest")
  void delete(@Bind("digest") String digest);

  @SqlUpdate(
      "DELETE FROM oauth_token WHERE customer_id = :customerId AND project_key = :projectKey")
  void deleteByCustomer(
      @Bind("projectKey") String projectKey, @Bind("customerId") String customerId);

  @SqlUpdate(
      "DELETE FROM oauth_token WHERE customer_id = :customerId AND project_key = :projectKey"
          + " AND digest <> :keepDigest")
  void deleteByCustomerExcept(
      @Bind("projectKey") String projectKey,
      @Bind("customerId") String customerId,
      @Bind("keepDigest") String keepDigest);

  @SqlUpdate("DELETE FROM oauth_token WHERE client_id = :clientId")
  void deleteByClient(@Bind("clientId") String clientId);

  @SqlUpdate(
      """
      INSERT INTO anonymous_id (project_key, anonymous_id) VALUES (:projectKey, :anonymousId)
      ON CONFLICT DO NOTHING""")
  int reserveAnonymousId(
      @Bind("projectKey") String projectKey, @Bind("anonymousId") String anonymousId);
}
