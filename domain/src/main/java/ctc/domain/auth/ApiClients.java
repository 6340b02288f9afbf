package ctc.domain.auth;

import ctc.domain.common.AttemptLimiter;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.TokenDigests;
import ctc.domain.common.Transactions;
import ctc.domain.error.Errors;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API clients: creation (the secret is shown once and kept only as a hash), listing, deletion
 * (which ends the client's tokens), the bootstrap client, and client authentication.
 *
 * <p>Generated secrets are hashed with the fast {@link SecretHasher}; a secret someone chose (the
 * bootstrap client's {@code ADMIN_CLIENT_SECRET}) and the secrets of clients stored before
 * generated secrets had their own hash are bcrypt hashes. bcrypt runs at most {@code bcryptChecks}
 * times per client and window, so guessing cannot take the processors from real traffic.
 */
public final class ApiClients {

  private static final int CLIENT_ID_LENGTH = 24;

  /**
   * Only existing clients with bcrypt hashes get an entry, so this bound is never reached in
   * practice.
   */
  private static final int MAX_THROTTLED_CLIENTS = 10_000;

  private final ApiClientRepository clients;
  private final OAuthTokenRepository tokens;
  private final Transactions transactions;
  private final PasswordHasher hasher;
  private final SecretHasher secretHasher;
  private final AttemptLimiter bcryptChecks;
  private final IdGenerator ids;
  private final Clock clock;

  /**
   * Client id → the bcrypt hash and the SHA-256 of the secret last verified against it, so that
   * bcrypt runs once per client and secret rather than on every token request (and a client
   * verified once is not held up by guessers). The client row is still read on every request, so a
   * deleted client is refused at once, on every server; keeping the hash means a client re-created
   * under the same id (with a new secret) is never admitted with the old one.
   */
  private final Map<String, String> verified = new ConcurrentHashMap<>();

  /**
   * The bcrypt checks under way, by client id and proof: a request with the same secret as one
   * being checked waits for that answer. Without this, a client opening a pool of connections at
   * start (each asking for a token) spent its checks of the window on its own right secret, and all
   * but the first few of its requests were 429.
   */
  private final Map<String, CompletableFuture<Check>> checking = new ConcurrentHashMap<>();

  /** The outcome of one bcrypt check: verified, wrong, or refused for {@code retryAfter}. */
  private record Check(boolean verified, Duration retryAfter) {}

  /**
   * Checked against when the client id is unknown, so that the answer takes what a generated
   * secret's check does.
   */
  private final String dummyHash;

  /**
   * @param hasher bcrypt, for chosen secrets and older clients
   * @param bcryptChecks how many bcrypt verifications one client may cause per window
   */
  public ApiClients(
      ApiClientRepository clients,
      OAuthTokenRepository tokens,
      Transactions transactions,
      PasswordHasher hasher,
      SecretHasher secretHasher,
      AttemptLimiter.Limit bcryptChecks,
      IdGenerator ids,
      Clock clock) {
    this.clients = clients;
    this.tokens = tokens;
    this.transactions = transactions;
    this.hasher = hasher;
    this.secretHasher = secretHasher;
    this.bcryptChecks = new AttemptLimiter(bcryptChecks, MAX_THROTTLED_CLIENTS, clock);
    this.ids = ids;
    this.clock = clock;
    this.dummyHash = secretHasher.hash(ids.tokenValue());
  }

  public IssuedApiClient create(String projectKey, ApiClientDraft draft) {
    return create(
        projectKey,
        ids.tokenValue().substring(0, CLIENT_ID_LENGTH),
        ids.tokenValue(),
        false,
        draft);
  }

  /**
   * The client for a first start: only when no client exists at all, with {@code manage_project} of
   * the default project, and the given id and secret or generated ones.
   */
  public Optional<IssuedApiClient> bootstrap(String projectKey, String clientId, String secret) {
    if (clients.any()) {
      return Optional.empty();
    }
    ApiClientDraft draft =
        new ApiClientDraft(
            "bootstrap admin", OAuthScopes.MANAGE_PROJECT + ":" + projectKey, null, null);
    return Optional.of(
        create(
            projectKey,
            clientId != null ? clientId : ids.tokenValue().substring(0, CLIENT_ID_LENGTH),
            secret != null ? secret : ids.tokenValue(),
            secret != null,
            draft));
  }

  public List<ApiClient> list(String projectKey) {
    return clients.findByProject(projectKey);
  }

  public ApiClient get(String projectKey, String id) {
    return clients
        .findById(id)
        .filter(c -> c.projectKey().equals(projectKey))
        .orElseThrow(() -> Errors.notFoundById(id));
  }

  /** Deleting a client revokes every token it was given. */
  public ApiClient delete(String projectKey, String id) {
    ApiClient client = get(projectKey, id);
    transactions.inTransaction(
        () -> {
          tokens.deleteByClient(id);
          return clients.delete(projectKey, id);
        });
    verified.remove(id);
    return client;
  }

  /**
   * The client of these HTTP Basic credentials; anything else is 401 invalid_client. A client with
   * a bcrypt hash whose checks for the window are used up is 429 before any bcrypt work, unless
   * this secret was verified before. Concurrent requests with the same secret share one check.
   */
  public ApiClient authenticate(String clientId, String secret) {
    if (clientId == null || secret == null) {
      throw Errors.invalidClient();
    }
    ApiClient client = clients.findById(clientId).orElse(null);
    if (client == null) {
      secretHasher.verify(secret, dummyHash);
      throw Errors.invalidClient();
    }
    if (secretHasher.recognises(client.secretHash())) {
      if (!secretHasher.verify(secret, client.secretHash())) {
        throw Errors.invalidClient();
      }
      return client;
    }
    String proof = client.secretHash() + " " + TokenDigests.sha256(secret);
    if (proof.equals(verified.get(clientId))) {
      return client;
    }
    String key = clientId + " " + proof;
    CompletableFuture<Check> mine = new CompletableFuture<>();
    CompletableFuture<Check> running = checking.putIfAbsent(key, mine);
    Check check;
    if (running != null) {
      check = running.join();
    } else {
      try {
        check = bcryptCheck(client, secret, proof);
        mine.complete(check);
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
        throw e;
      } finally {
        checking.remove(key);
      }
    }
    if (check.retryAfter() != null) {
      throw Errors.tooManyOAuthAttempts(check.retryAfter());
    }
    if (!check.verified()) {
      throw Errors.invalidClient();
    }
    return client;
  }

  private Check bcryptCheck(ApiClient client, String secret, String proof) {
    Optional<Duration> wait = bcryptChecks.tryAcquire(client.id());
    if (wait.isPresent()) {
      return new Check(false, wait.get());
    }
    if (!hasher.verify(secret, client.secretHash())) {
      return new Check(false, null);
    }
    bcryptChecks.release(client.id());
    verified.put(client.id(), proof);
    return new Check(true, null);
  }

  /**
   * {@code chosen}: a secret someone picked may be weak, so it gets bcrypt rather than the fast
   * hash.
   */
  private IssuedApiClient create(
      String projectKey, String id, String secret, boolean chosen, ApiClientDraft draft) {
    List<String> scopes = OAuthScopes.parse(draft.scope());
    if (scopes.isEmpty()) {
      throw Errors.apiClientWithoutScope();
    }
    scopes.stream()
        .filter(scope -> !OAuthScopes.assignable(scope, projectKey))
        .findFirst()
        .ifPresent(
            scope -> {
              throw Errors.scopeNotInProject(scope, projectKey);
            });
    positive("accessTokenValiditySeconds", draft.accessTokenValiditySeconds());
    positive("refreshTokenValiditySeconds", draft.refreshTokenValiditySeconds());
    String hash = chosen ? hasher.hash(secret) : secretHasher.hash(secret);
    ApiClient client =
        new ApiClient(
            id,
            projectKey,
            draft.name(),
            hash,
            scopes,
            draft.accessTokenValiditySeconds(),
            draft.refreshTokenValiditySeconds(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    clients.insert(client);
    return new IssuedApiClient(client, secret);
  }

  private static void positive(String field, Integer seconds) {
    if (seconds != null && seconds <= 0) {
      throw Errors.notPositiveSeconds(field);
    }
  }
}
