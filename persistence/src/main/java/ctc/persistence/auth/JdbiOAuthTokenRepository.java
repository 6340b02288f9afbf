package ctc.persistence.auth;

import ctc.domain.auth.OAuthScopes;
import ctc.domain.auth.OAuthToken;
import ctc.domain.auth.OAuthTokenRepository;
import ctc.persistence.auth.OAuthTokenDao.TokenRow;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * OAuth tokens in SQL, by digest; joins the caller's transaction when there is one. Thread-safe.
 */
public final class JdbiOAuthTokenRepository implements OAuthTokenRepository {

  private final Jdbi jdbi;

  public JdbiOAuthTokenRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
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
    jdbi.useExtension(OAuthTokenDao.class, dao -> dao.delete(digest));
  }

  @Override
  public void deleteByCustomer(String projectKey, String customerId) {
    jdbi.useExtension(OAuthTokenDao.class, dao -> dao.deleteByCustomer(projectKey, customerId));
  }

  @Override
  public void deleteByCustomerExcept(String projectKey, String customerId, String keepDigest) {
    jdbi.useExtension(
        OAuthTokenDao.class, dao -> dao.deleteByCustomerExcept(projectKey, customerId, keepDigest));
  }

  @Override
  public void deleteByClient(String clientId) {
    jdbi.useExtension(OAuthTokenDao.class, dao -> dao.deleteByClient(clientId));
  }

  @Override
  public boolean reserveAnonymousId(String projectKey, String anonymousId) {
    return jdbi.withExtension(
            OAuthTokenDao.class, dao -> dao.reserveAnonymousId(projectKey, anonymousId))
        == 1;
  }
}
