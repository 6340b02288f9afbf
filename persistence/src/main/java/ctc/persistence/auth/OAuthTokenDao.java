package ctc.persistence.auth;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Statements on the token tables, but the two of the request path ({@link
 * JdbiOAuthTokenRepository}).
 */
interface OAuthTokenDao {

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
