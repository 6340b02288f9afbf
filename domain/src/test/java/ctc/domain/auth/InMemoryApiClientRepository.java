package ctc.domain.auth;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link ApiClientRepository} in memory, obeying the port's contract ({@link
 * ApiClientRepositoryContract}). Thread-safe: every method is synchronized.
 *
 * <p>Like the SQL table it rejects a second client with the same id. Unlike the SQL schema it knows
 * nothing of tokens, so deleting a client here leaves its tokens in an {@link
 * InMemoryOAuthTokenRepository} (the SQL foreign key cascades; {@link ApiClients#delete} removes
 * them explicitly either way).
 */
public final class InMemoryApiClientRepository implements ApiClientRepository {

  private static final Comparator<ApiClient> ORDER =
      Comparator.comparing(ApiClient::createdAt).thenComparing(ApiClient::id);

  private final Map<String, ApiClient> clients = new LinkedHashMap<>();

  @Override
  public synchronized void insert(ApiClient client) {
    if (clients.containsKey(client.id())) {
      throw new IllegalStateException(
          "An API client with the id " + client.id() + " is already stored.");
    }
    clients.put(client.id(), client);
  }

  @Override
  public synchronized Optional<ApiClient> findById(String id) {
    return Optional.ofNullable(clients.get(id));
  }

  /**
   * The project's clients, oldest first, then by id (as the SQL {@code ORDER BY created_at, id}).
   */
  @Override
  public synchronized List<ApiClient> findByProject(String projectKey) {
    return clients.values().stream()
        .filter(c -> c.projectKey().equals(projectKey))
        .sorted(ORDER)
        .toList();
  }

  @Override
  public synchronized boolean delete(String projectKey, String id) {
    ApiClient client = clients.get(id);
    if (client == null || !client.projectKey().equals(projectKey)) {
      return false;
    }
    clients.remove(id);
    return true;
  }

  @Override
  public synchronized boolean any() {
    return !clients.isEmpty();
  }
}
