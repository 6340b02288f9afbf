package ctc.domain.auth;

import ctc.domain.common.IdGenerator;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.TokenDigests;
import ctc.domain.common.Transactions;
import ctc.domain.error.Errors;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API clients: creation (the secret is shown once and kept as a bcrypt hash), listing, deletion (which ends the
 * client's tokens), the bootstrap client, and client authentication.
 */
public final class ApiClients {

  private static final int CLIENT_ID_LENGTH = 24;

  private final ApiClientRepository clients;
  private final OAuthTokenRepository tokens;
  private final Transactions transactions;
  private final PasswordHasher hasher;
  private final IdGenerator ids;
  private final Clock clock;
  /**
   * Client id → the bcrypt hash and the SHA-256 of the secret last verified against it, so that bcrypt runs once per
   * client and secret rather than on every token request. The client row is still read on every request, so a deleted
   * client is refused at once, on every server; keeping the hash means a client re-created under the same id (with a
   * new secret) is never admitted with the old one.
   */
  private final Map<String, String> verified = new ConcurrentHashMap<>();
  private volatile String dummyHash;

  public ApiClients(
      ApiClientRepository clients,
      OAuthTokenRepository tokens,
      Transactions transactions,
      PasswordHasher hasher,
      IdGenerator ids,
      Clock clock) {
    this.clients = clients;
    this.tokens = tokens;
    this.transactions = transactions;
    this.hasher = hasher;
    this.ids = ids;
    this.clock = clock;
  }

  public IssuedApiClient create(String projectKey, ApiClientDraft draft) {
    return create(projectKey, ids.tokenValue().substring(0, CLIENT_ID_LENGTH), ids.tokenValue(), draft);
  }

  /**
   * The client for a first start: only when no client exists at all, with {@code manage_project} of the default
   * project, and the given id and secret or generated ones.
   */
  public Optional<IssuedApiClient> bootstrap(String projectKey, String clientId, String secret) {
    if (clients.any()) {
      return Optional.empty();
    }
    ApiClientDraft draft = new ApiClientDraft("bootstrap admin", Scopes.MANAGE_PROJECT + ":" + projectKey, null, null);
    return Optional.of(create(projectKey, clientId != null ? clientId : ids.tokenValue().substring(0, CLIENT_ID_LENGTH),
        secret != null ? secret : ids.tokenValue(), draft));
  }

  public List<ApiClient> list(String projectKey) {
    return clients.findByProject(projectKey);
  }

  public ApiClient get(String projectKey, String id) {
    return clients.findById(id).filter(c -> c.projectKey().equals(projectKey))
        .orElseThrow(() -> Errors.notFoundById(id));
  }

  /** Deleting a client revokes every token it was given. */
  public ApiClient delete(String projectKey, String id) {
    ApiClient client = get(projectKey, id);
    transactions.inTransaction(() -> {
      tokens.deleteByClient(id);
      return clients.delete(projectKey, id);
    });
    verified.remove(id);
    return client;
  }

  /** The client of these HTTP Basic credentials; anything else is 401 invalid_client. */
  public ApiClient authenticate(String clientId, String secret) {
    if (clientId == null || secret == null) {
      throw Errors.invalidClient();
    }
    ApiClient client = clients.findById(clientId).orElse(null);
    if (client == null) {
      // The same bcrypt work as for a known client, so that timing does not tell which client ids exist.
      hasher.verify(secret, dummyHash());
      throw Errors.invalidClient();
    }
    String proof = client.secretHash() + " " + TokenDigests.sha256(secret);
    if (!(proof.equals(verified.get(clientId)) || hasher.verify(secret, client.secretHash()))) {
      throw Errors.invalidClient();
    }
    verified.put(clientId, proof);
    return client;
  }

  /** Made on first need, at the configured cost, so that unknown clients cost what known ones do. */
  private String dummyHash() {
    String hash = dummyHash;
    if (hash == null) {
      hash = hasher.hash(ids.tokenValue());
      dummyHash = hash;
    }
    return hash;
  }

  private IssuedApiClient create(String projectKey, String id, String secret, ApiClientDraft draft) {
    List<String> scopes = Scopes.parse(draft.scope());
    if (scopes.isEmpty()) {
      throw Errors.invalidInput("An API client needs at least one scope.");
    }
    scopes.stream().filter(scope -> !Scopes.assignable(scope, projectKey)).findFirst().ifPresent(scope -> {
      throw Errors.invalidInput("The scope '" + scope + "' is not a scope of the project '" + projectKey + "'.");
    });
    positive("accessTokenValiditySeconds", draft.accessTokenValiditySeconds());
    positive("refreshTokenValiditySeconds", draft.refreshTokenValiditySeconds());
    ApiClient client = new ApiClient(id, projectKey, draft.name(), hasher.hash(secret), scopes,
        draft.accessTokenValiditySeconds(), draft.refreshTokenValiditySeconds(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS));
    clients.insert(client);
    return new IssuedApiClient(client, secret);
  }

  private static void positive(String field, Integer seconds) {
    if (seconds != null && seconds <= 0) {
      throw Errors.invalidInput("The value of '" + field + "' must be a positive number of seconds.");
    }
  }
}
