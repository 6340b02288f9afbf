package ctc.domain.auth;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link OAuthTokenRepository} in memory, obeying the port's contract ({@link
 * OAuthTokenRepositoryContract}). Thread-safe: every method is synchronized.
 *
 * <p>Like the SQL table it rejects a second token with the same digest. Unlike the SQL schema it
 * knows nothing of clients and customers, so deleting either leaves their tokens here (the SQL
 * foreign keys cascade; that is tested on the SQL implementations only).
 */
public final class InMemoryOAuthTokenRepository implements OAuthTokenRepository {

  /** A reserved anonymous id: unique per project. */
  private record Reservation(String projectKey, String anonymousId) {}

  private final Map<String, OAuthToken> tokens = new LinkedHashMap<>();
  private final Set<Reservation> anonymousIds = new HashSet<>();

  @Override
  public synchronized void insert(OAuthToken token) {
    if (tokens.containsKey(token.digest())) {
      throw new IllegalStateException("A token with the same digest is already stored.");
    }
    tokens.put(token.digest(), token);
  }

  @Override
  public synchronized Optional<OAuthToken> findByDigest(String digest) {
    return Optional.ofNullable(tokens.get(digest));
  }

  /**
   * Removes the token and every access token minted from it (whose {@code refreshDigest} is this
   * digest).
   */
  @Override
  public synchronized void delete(String digest) {
    tokens.values().removeIf(t -> t.digest().equals(digest) || digest.equals(t.refreshDigest()));
  }

  @Override
  public synchronized void deleteByCustomer(String projectKey, String customerId) {
    tokens
        .values()
        .removeIf(t -> t.projectKey().equals(projectKey) && customerId.equals(t.customerId()));
  }

  @Override
  public synchronized void deleteByCustomerExcept(
      String projectKey, String customerId, String keepDigest) {
    tokens
        .values()
        .removeIf(
            t ->
                t.projectKey().equals(projectKey)
                    && customerId.equals(t.customerId())
                    && !t.digest().equals(keepDigest));
  }

  @Override
  public synchronized void deleteByClient(String clientId) {
    tokens.values().removeIf(t -> t.clientId().equals(clientId));
  }

  @Override
  public synchronized boolean reserveAnonymousId(String projectKey, String anonymousId) {
    return anonymousIds.add(new Reservation(projectKey, anonymousId));
  }

  /** Every stored token in insertion order, for tests that look at what is kept. */
  public synchronized List<OAuthToken> all() {
    return List.copyOf(tokens.values());
  }
}
