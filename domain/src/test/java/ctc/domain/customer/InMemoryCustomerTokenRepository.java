package ctc.domain.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CustomerTokenRepository} in memory, obeying the port's contract ({@link
 * CustomerTokenRepositoryContract}). Thread-safe: every method is synchronized.
 *
 * <p>Like the SQL table it rejects a second token with the same id or the same digest. Unlike the
 * SQL table it knows nothing of customers, so deleting a customer leaves its tokens here (the SQL
 * foreign key cascades; that is tested on the SQL implementations only).
 */
public final class InMemoryCustomerTokenRepository implements CustomerTokenRepository {

  private final Map<String, StoredToken> tokens = new LinkedHashMap<>();

  @Override
  public synchronized void insert(StoredToken token) {
    if (tokens.containsKey(token.id())) {
      throw new IllegalStateException("A token with the id " + token.id() + " is already stored.");
    }
    if (tokens.values().stream().anyMatch(t -> t.valueDigest().equals(token.valueDigest()))) {
      throw new IllegalStateException("A token with the same value digest is already stored.");
    }
    tokens.put(token.id(), token);
  }

  @Override
  public synchronized Optional<StoredToken> findByDigest(
      String projectKey, TokenKind kind, String valueDigest) {
    return tokens.values().stream()
        .filter(
            t ->
                t.projectKey().equals(projectKey)
                    && t.kind() == kind
                    && t.valueDigest().equals(valueDigest))
        .findFirst();
  }

  @Override
  public synchronized boolean delete(String tokenId) {
    return tokens.remove(tokenId) != null;
  }

  @Override
  public synchronized void deleteAll(String customerId, TokenKind kind) {
    tokens.values().removeIf(t -> t.customerId().equals(customerId) && t.kind() == kind);
  }

  /** Every stored token in insertion order, for tests that look at what is kept. */
  public synchronized List<StoredToken> all() {
    return List.copyOf(tokens.values());
  }
}
