package ctc.persistence.auth;

import ctc.domain.auth.OAuthScopes;
import ctc.domain.auth.OAuthToken;
import ctc.domain.auth.OAuthTokenRepository;
import ctc.persistence.ReadCache;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * OAuth tokens in SQL, by digest; joins the caller's transaction when there is one. The bearer
 * check of every request reads a token by digest, so those reads go through a {@link ReadCache}: a
 * token never changes once issued, and every deletion drops the cache. Thread-safe.
 */
public final class JdbiOAuthTokenRepository implements OAuthTokenRepository {

  private final Jdbi jdbi;
  private final ReadCache<String, OAuthToken> cache;

  /** Every read goes to the database. */
  public JdbiOAuthTokenRepository(Jdbi jdbi) {
    this(jdbi, ReadCache.off(jdbi));
  }

  public JdbiOAuthTokenRepository(Jdbi jdbi, ReadCache<String, OAuthToken> cache) {
    this.jdbi = jdbi;
    this.cache = cache;
  }

  /**
   * A grant and the bearer check of every request run these two statements, so they use the fluent
   * API: attaching a SqlObject builds a handler for each of its methods on every call (JFR put 6%
   * of a grant's time there).
   */
  private static final String INSERT =
      """
      INSERT INTO oauth_token (digest, kind, client_id, project_key, scopes, customer_id, anonymous_id, refresh_digest,
        expires_at, created_at)
      VALUES (:digest, :kind, :clientId, :projectKey, :scopes, :customerId, :anonymousId, :refreshDigest, :expiresAt,
        :createdAt)""";

  private static final String FIND_BY_DIGEST =
      """
      SELECT kind, client_id, project_key, scopes, customer_id, anonymous_id, refresh_digest, expires_at, created_at
      FROM oauth_token WHERE digest = :digest""";

  @Override
  public void insert(OAuthToken token) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(INSERT)
                .bind("digest", token.digest())
                .bind("kind", token.kind().name())
                .bind("clientId", token.clientId())
                .bind("projectKey", token.projectKey())
                .bind("scopes", OAuthScopes.join(token.scopes()))
                .bind("customerId", token.customerId())
                .bind("anonymousId", token.anonymousId())
                .bind("refreshDigest", token.refreshDigest())
                .bind("expiresAt", token.expiresAt().atOffset(ZoneOffset.UTC))
                .bind("createdAt", token.createdAt().atOffset(ZoneOffset.UTC))
                .execute());
  }

  @Override
  public Optional<OAuthToken> findByDigest(String digest) {
    return cache.get(digest, () -> read(digest));
  }

  private Optional<OAuthToken> read(String digest) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(FIND_BY_DIGEST)
                .bind("digest", digest)
                .map(
                    (row, context) ->
                        new OAuthToken(
                            digest,
                            OAuthToken.Kind.valueOf(row.getString("kind")),
                            row.getString("client_id"),
                            row.getString("project_key"),
                            OAuthScopes.parse(row.getString("scopes")),
                            row.getString("customer_id"),
                            row.getString("anonymous_id"),
                            row.getString("refresh_digest"),
                            row.getObject("expires_at", OffsetDateTime.class).toInstant(),
                            row.getObject("created_at", OffsetDateTime.class).toInstant()))
                .findOne());
  }

  @Override
  public void delete(String digest) {
    deleting(handle -> handle.attach(OAuthTokenDao.class).delete(digest));
  }

  @Override
  public void deleteByCustomer(String projectKey, String customerId) {
    deleting(handle -> handle.attach(OAuthTokenDao.class).deleteByCustomer(projectKey, customerId));
  }

  @Override
  public void deleteByCustomerExcept(String projectKey, String customerId, String keepDigest) {
    deleting(
        handle ->
            handle
                .attach(OAuthTokenDao.class)
                .deleteByCustomerExcept(projectKey, customerId, keepDigest));
  }

  @Override
  public void deleteByClient(String clientId) {
    deleting(handle -> handle.attach(OAuthTokenDao.class).deleteByClient(clientId));
  }

  @Override
  public boolean reserveAnonymousId(String projectKey, String anonymousId) {
    return jdbi.withExtension(
            OAuthTokenDao.class, dao -> dao.reserveAnonymousId(projectKey, anonymousId))
        == 1;
  }

  /**
   * A deletion: the cache is dropped after the statement (and after the commit of the transaction
   * it is part of), so the request after the revoking answer reads the database.
   */
  private void deleting(Consumer<Handle> delete) {
    jdbi.useHandle(
        handle -> {
          delete.accept(handle);
          cache.writtenAll(handle);
        });
  }
}
