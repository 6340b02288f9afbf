package ctc.persistence.auth;

import ctc.domain.auth.ApiClient;
import ctc.domain.auth.ApiClientRepository;
import ctc.domain.auth.OAuthScopes;
import ctc.persistence.auth.ApiClientDao.ClientRow;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** API clients in SQL. Thread-safe. */
public final class JdbiApiClientRepository implements ApiClientRepository {

  private final Jdbi jdbi;

  public JdbiApiClientRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
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
    return jdbi.withExtension(ApiClientDao.class, dao -> dao.findById(id))
        .map(JdbiApiClientRepository::client);
  }

  @Override
  public List<ApiClient> findByProject(String projectKey) {
    return jdbi.withExtension(ApiClientDao.class, dao -> dao.findByProject(projectKey)).stream()
        .map(JdbiApiClientRepository::client)
        .toList();
  }

  @Override
  public boolean delete(String projectKey, String id) {
    return jdbi.withExtension(ApiClientDao.class, dao -> dao.delete(projectKey, id)) == 1;
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
