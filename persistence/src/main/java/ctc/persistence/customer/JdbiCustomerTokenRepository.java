package ctc.persistence.customer;

import ctc.domain.customer.CustomerTokenRepository;
import ctc.domain.customer.StoredToken;
import ctc.domain.customer.TokenKind;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Customer tokens in SQL; joins the caller's transaction when there is one. Thread-safe. */
public final class JdbiCustomerTokenRepository implements CustomerTokenRepository {

  private final Jdbi jdbi;

  public JdbiCustomerTokenRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void insert(StoredToken token) {
    jdbi.useExtension(
        CustomerTokenDao.class,
        dao ->
            dao.insert(
                token.id(),
                token.projectKey(),
                token.customerId(),
                token.kind().name(),
                token.valueDigest(),
                token.expiresAt().atOffset(ZoneOffset.UTC),
                token.createdAt().atOffset(ZoneOffset.UTC),
                token.invalidateOlderTokens()));
  }

  @Override
  public Optional<StoredToken> findByDigest(String projectKey, TokenKind kind, String valueDigest) {
    return jdbi.withExtension(
            CustomerTokenDao.class, dao -> dao.findByDigest(projectKey, kind.name(), valueDigest))
        .map(
            row ->
                new StoredToken(
                    row.id(),
                    row.projectKey(),
                    row.customerId(),
                    TokenKind.valueOf(row.kind()),
                    row.valueDigest(),
                    row.expiresAt().toInstant(),
                    row.createdAt().toInstant(),
                    row.invalidateOlderTokens()));
  }

  @Override
  public boolean delete(String tokenId) {
    return jdbi.withExtension(CustomerTokenDao.class, dao -> dao.delete(tokenId)) == 1;
  }

  @Override
  public void deleteAll(String customerId, TokenKind kind) {
    jdbi.useExtension(CustomerTokenDao.class, dao -> dao.deleteAll(customerId, kind.name()));
  }
}
