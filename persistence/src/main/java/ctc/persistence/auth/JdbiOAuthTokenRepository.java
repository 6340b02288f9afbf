package ctc.persistence.auth;

import ctc.domain.auth.OAuthScopes;
import ctc.domain.auth.OAuthToken;
import ctc.domain.auth.OAuthTokenRepository;
import ctc.persistence.ReadCache;
import ctc.persistence.auth.OAuthTokenDao.TokenRow;
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

  @Override
  public void insert(OAuthToken token) {
    jdbi.useExtension(
        OAuthTokenDao.class,
        dao ->
            dao.insert(
                new TokenRow(
                    token.digest(),
                    token.kind().name(),
                    token.clientId(),
                    token.projectKey(),
                    OAuthScopes.join(token.scopes()),
                    token.customerId(),
                    token.anonymousId(),
                    token.refreshDigest(),
                    token.expiresAt().atOffset(ZoneOffset.UTC),
                    token.createdAt().atOffset(ZoneOffset.UTC))));
  }

  @Override
  public Optional<OAuthToken> findByDigest(String digest) {
    return cache.get(digest, () -> read(digest));
  }

  private Optional<OAuthToken> read(String digest) {
    return jdbi.withExtension(OAuthTokenDao.class, dao -> dao.findByDigest(digest))
        .map(
            row ->
                new OAuthToken(
                    row.digest(),
                    OAuthToken.Kind.valueOf(row.kind()),
                    row.clientId(),
                    row.projectKey(),
                    OAuthScopes.parse(row.scopes()),
                    row.customerId(),
                    row.anonymousId(),
                    row.refreshDigest(),
                    row.expiresAt().toInstant(),
                    row.createdAt().toInstant()));
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
