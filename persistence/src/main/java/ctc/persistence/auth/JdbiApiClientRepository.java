package ctc.persistence.auth;

import ctc.domain.auth.ApiClient;
import ctc.domain.auth.ApiClientRepository;
import ctc.domain.auth.OAuthScopes;
import ctc.persistence.ReadCache;
import ctc.persistence.auth.ApiClientDao.ClientRow;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * API clients in SQL. Every token request reads its client by id, so those reads go through a
 * {@link ReadCache}; a client never changes, and its deletion drops it. Thread-safe.
 */
public final class JdbiApiClientRepository implements ApiClientRepository {

  private final Jdbi jdbi;
  private final ReadCache<String, ApiClient> cache;

  /** Every read goes to the database. */
  public JdbiApiClientRepository(Jdbi jdbi) {
    this(jdbi, ReadCache.off(jdbi));
  }

  public JdbiApiClientRepository(Jdbi jdbi, ReadCache<String, ApiClient> cache) {
    this.jdbi = jdbi;
    this.cache = cache;
  }

  @Override
  public void insert(ApiClient client) {
    jdbi.useExtension(
        ApiClientDao.class,
        dao ->
            dao.insert(
                new ClientRow(
                    client.id(),
                    client.projectKey(),
                    client.name(),
                    client.secretHash(),
                    OAuthScopes.join(client.scopes()),
                    client.accessTokenValiditySeconds(),
                    client.refreshTokenValiditySeconds(),
                    client.createdAt().atOffset(ZoneOffset.UTC))));
  }

  @Override
  public Optional<ApiClient> findById(String id) {
    return cache.get(
        id,
        () ->
            jdbi.withExtension(ApiClientDao.class, dao -> dao.findById(id))
                .map(JdbiApiClientRepository::client));
  }

  @Override
  public List<ApiClient> findByProject(String projectKey) {
    return jdbi.withExtension(ApiClientDao.class, dao -> dao.findByProject(projectKey)).stream()
        .map(JdbiApiClientRepository::client)
        .toList();
  }

  @Override
  public boolean delete(String projectKey, String id) {
    return jdbi.withHandle(
        handle -> {
          int deleted = handle.attach(ApiClientDao.class).delete(projectKey, id);
          cache.written(handle, id);
          return deleted == 1;
        });
  }

  @Override
  public boolean any() {
    return jdbi.withExtension(ApiClientDao.class, ApiClientDao::any);
  }

  private static ApiClient client(ClientRow row) {
    return new ApiClient(
        row.id(),
        row.projectKey(),
        row.name(),
        row.secretHash(),
        OAuthScopes.parse(row.scopes()),
        row.accessTokenValiditySeconds(),
        row.refreshTokenValiditySeconds(),
        row.createdAt().toInstant());
  }
}
