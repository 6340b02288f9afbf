package ctc.domain.auth;

import ctc.domain.common.IdGenerator;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ServiceCounters;
import ctc.domain.common.Transactions;
import ctc.domain.customer.CredentialRequests.CustomerSignin;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerCredentials;
import ctc.domain.customer.SignInThrottle;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject.InvalidCredentialsError;
import ctc.domain.error.ErrorObject.TooManyRequestsError;
import ctc.domain.error.Errors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The authorization server (contract §H): client-credentials, password, anonymous-session and
 * refresh grants, introspection and revocation, and the bearer check of every API call. Token
 * values are their issue time and 256 random bits, kept only as the time and the SHA-256 of the
 * value ({@link OAuthTokenKeys}).
 */
public final class OAuthServer {

  /**
   * Decisions table: access tokens live 48 hours, refresh tokens 200 days, unless the client says
   * otherwise.
   */
  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(48);

  static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(200);

  /** The anonymous_id column's size. */
  static final int MAX_ANONYMOUS_ID_LENGTH = 256;

  /**
   * The answer of a token request; {@code refreshToken} only for the password and anonymous flows.
   */
  public record Grant(String accessToken, long expiresIn, String scope, String refreshToken) {}

  /**
   * The answer of an introspection; everything but {@code active} is absent for an inactive token.
   */
  public record Introspection(boolean active, String scope, Long exp, String clientId) {
    static Introspection inactive() {
      return new Introspection(false, null, null, null);
    }
  }

  private final OAuthTokenRepository tokens;
  private final Transactions transactions;
  private final CustomerCredentials credentials;
  private final SignInThrottle throttle;
  private final IdGenerator ids;
  private final Clock clock;
  private final ServiceCounters counters;

  public OAuthServer(
      OAuthTokenRepository tokens,
      Transactions transactions,
      CustomerCredentials credentials,
      SignInThrottle throttle,
      IdGenerator ids,
      Clock clock,
      ServiceCounters counters) {
    this.tokens = tokens;
    this.transactions = transactions;
    this.credentials = credentials;
    this.throttle = throttle;
    this.ids = ids;
    this.clock = clock;
    this.counters = counters;
  }

  public Grant clientCredentials(ApiClient client, String requestedScope) {
    return issue(client, granted(client, requestedScope), null, null, false);
  }

  /**
   * Password flow for global customers, or for the store's customers when {@code requestScope} is
   * in a store (§G4).
   */
  public Grant password(
      ApiClient client,
      RequestScope requestScope,
      String username,
      String password,
      String requestedScope) {
    requireProject(client, requestScope.projectKey());
    requireParameter("username", username);
    requireParameter("password", password);
    List<String> granted = granted(client, requestedScope);
    Customer customer;
    try {
      customer =
          throttle.signIn(
              requestScope.projectKey(),
              username,
              client.id(),
              () ->
                  credentials.signIn(
                      requestScope,
                      new CustomerSignin(username, password, null, null, null, null, null)));
    } catch (CommercetoolsException e) {
      if (e.error() instanceof TooManyRequestsError refused) {
        throw Errors.tooManyOAuthAttempts(Duration.ofSeconds(refused.retryAfterSeconds()));
      }
      throw e.error() instanceof InvalidCredentialsError
          ? Errors.invalidCustomerAccountCredentials()
          : e;
    }
    return issue(
        client,
        with(granted, OAuthScopes.CUSTOMER_ID + ":" + customer.id()),
        customer.id(),
        null,
        true);
  }

  /**
   * Anonymous session: the client needs create_anonymous_token; an id already in use is refused.
   */
  public Grant anonymous(
      ApiClient client, String projectKey, String requestedScope, String anonymousId) {
    requireProject(client, projectKey);
    if (!OAuthScopes.grants(
        new HashSet<>(client.scopes()), Permission.CREATE_ANONYMOUS_TOKEN, projectKey, null)) {
      throw Errors.insufficientScope(Permission.CREATE_ANONYMOUS_TOKEN.scopeName());
    }
    List<String> granted = granted(client, requestedScope);
    if (anonymousId != null && anonymousId.length() > MAX_ANONYMOUS_ID_LENGTH) {
      throw Errors.anonymousIdTooLong(MAX_ANONYMOUS_ID_LENGTH);
    }
    String id = anonymousId == null || anonymousId.isBlank() ? ids.resourceId() : anonymousId;
    // One transaction, so one durable commit, for the reservation and both tokens.
    return transactions.inTransaction(
        () -> {
          if (!tokens.reserveAnonymousId(projectKey, id)) {
            throw Errors.anonymousIdInUse();
          }
          return issue(client, with(granted, OAuthScopes.ANONYMOUS_ID + ":" + id), null, id, true);
        });
  }

  /**
   * A new access token with the refresh token's scope, living no longer than it; no new refresh
   * token.
   */
  public Grant refresh(ApiClient client, String refreshToken) {
    requireParameter("refresh_token", refreshToken);
    String digest = OAuthTokenKeys.key(refreshToken);
    OAuthToken refresh =
        tokens
            .findByDigest(digest)
            .filter(
                t ->
                    t.kind() == OAuthToken.Kind.REFRESH
                        && t.clientId().equals(client.id())
                        && t.activeAt(now()))
            .orElseThrow(Errors::invalidGrant);
    Instant now = now();
    String value = newValue(now);
    Instant expiresAt = now.plus(accessLifetime(client));
    if (expiresAt.isAfter(refresh.expiresAt())) {
      expiresAt = refresh.expiresAt();
    }
    tokens.insert(
        new OAuthToken(
            OAuthTokenKeys.key(value),
            OAuthToken.Kind.ACCESS,
            client.id(),
            refresh.projectKey(),
            refresh.scopes(),
            refresh.customerId(),
            refresh.anonymousId(),
            digest,
            expiresAt,
            now));
    counters.accessTokenIssued();
    return new Grant(
        value,
        Duration.between(now, expiresAt).toSeconds(),
        OAuthScopes.join(refresh.scopes()),
        null);
  }

  /**
   * A client sees its own access tokens; another client's of the same project only with
   * introspect_oauth_tokens. Anything else is reported inactive, so that introspection reveals
   * nothing about other clients. Refresh tokens are inactive too: introspection answers whether a
   * token is a usable bearer token (commercetools: "the active state of an OAuth 2.0 access
   * token"), and a resource server trusting "active" must never accept a refresh token.
   */
  public Introspection introspect(ApiClient client, String token) {
    requireParameter("token", token);
    return tokens
        .findByDigest(OAuthTokenKeys.key(token))
        .filter(t -> t.kind() == OAuthToken.Kind.ACCESS && t.activeAt(now()))
        .filter(
            t ->
                t.clientId().equals(client.id())
                    || (t.projectKey().equals(client.projectKey())
                        && OAuthScopes.grants(
                            new HashSet<>(client.scopes()),
                            Permission.INTROSPECT_OAUTH_TOKENS,
                            t.projectKey(),
                            null)))
        .map(
            t ->
                new Introspection(
                    true, OAuthScopes.join(t.scopes()), t.expiresAt().toEpochMilli(), t.clientId()))
        .orElse(Introspection.inactive());
  }

  /**
   * Ends a token of this client (a refresh token with its access tokens); unknown tokens are
   * silently ignored.
   */
  public void revoke(ApiClient client, String token) {
    requireParameter("token", token);
    String digest = OAuthTokenKeys.key(token);
    tokens
        .findByDigest(digest)
        .filter(t -> t.clientId().equals(client.id()))
        .ifPresent(t -> tokens.delete(digest));
  }

  /**
   * An access token of the client for the customer, with {@code manage_my_profile} of the client's
   * project and the customer's id (the Medusa facade's sessions and bearer tokens, contract
   * medusa-store-api #13); no refresh token. Answers the value.
   */
  public String customerToken(ApiClient client, String customerId, Duration lifetime) {
    Instant now = now();
    String value = newValue(now);
    tokens.insert(
        new OAuthToken(
            OAuthTokenKeys.key(value),
            OAuthToken.Kind.ACCESS,
            client.id(),
            client.projectKey(),
            List.of(
                Permission.MANAGE_MY_PROFILE.scopeName() + ":" + client.projectKey(),
                OAuthScopes.CUSTOMER_ID + ":" + customerId),
            customerId,
            null,
            null,
            now.plus(lifetime),
            now));
    return value;
  }

  /** Ends one access token, whoever holds it (a facade's sign-out); unknown values are ignored. */
  public void revokeAccessToken(String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    String digest = OAuthTokenKeys.key(value);
    tokens
        .findByDigest(digest)
        .filter(t -> t.kind() == OAuthToken.Kind.ACCESS)
        .ifPresent(t -> tokens.delete(digest));
  }

  /** Ends every token of the customer but the access token {@code keepValue}. */
  public void revokeCustomerTokensExcept(String projectKey, String customerId, String keepValue) {
    tokens.deleteByCustomerExcept(projectKey, customerId, OAuthTokenKeys.key(keepValue));
  }

  /**
   * The principal of a bearer token; missing, unknown, expired and revoked tokens are 401
   * invalid_token.
   */
  public Principal authenticate(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      throw Errors.missingToken();
    }
    OAuthToken token =
        tokens
            .findByDigest(OAuthTokenKeys.key(accessToken))
            .filter(t -> t.kind() == OAuthToken.Kind.ACCESS && t.activeAt(now()))
            .orElseThrow(Errors::invalidToken);
    return new Principal(
        token.clientId(),
        token.projectKey(),
        new HashSet<>(token.scopes()),
        token.customerId(),
        token.anonymousId());
  }

  /** Stores the tokens of a grant: with a refresh token, both in one transaction. */
  private Grant issue(
      ApiClient client,
      List<String> scopes,
      String customerId,
      String anonymousId,
      boolean refresh) {
    return refresh
        ? transactions.inTransaction(() -> store(client, scopes, customerId, anonymousId, true))
        : store(client, scopes, customerId, anonymousId, false);
  }

  private Grant store(
      ApiClient client,
      List<String> scopes,
      String customerId,
      String anonymousId,
      boolean refresh) {
    Instant now = now();
    Duration lifetime = accessLifetime(client);
    String refreshValue = null;
    String refreshDigest = null;
    if (refresh) {
      refreshValue = client.projectKey() + ":" + newValue(now);
      refreshDigest = OAuthTokenKeys.key(refreshValue);
      Duration refreshLifetime =
          client.refreshTokenValiditySeconds() == null
              ? REFRESH_TOKEN_LIFETIME
              : Duration.ofSeconds(client.refreshTokenValiditySeconds());
      tokens.insert(
          new OAuthToken(
              refreshDigest,
              OAuthToken.Kind.REFRESH,
              client.id(),
              client.projectKey(),
              scopes,
              customerId,
              anonymousId,
              null,
              now.plus(refreshLifetime),
              now));
    }
    String value = newValue(now);
    tokens.insert(
        new OAuthToken(
            OAuthTokenKeys.key(value),
            OAuthToken.Kind.ACCESS,
            client.id(),
            client.projectKey(),
            scopes,
            customerId,
            anonymousId,
            refreshDigest,
            now.plus(lifetime),
            now));
    counters.accessTokenIssued();
    return new Grant(value, lifetime.toSeconds(), OAuthScopes.join(scopes), refreshValue);
  }

  /**
   * The requested scopes, each covered by one of the client's; none requested means all of the
   * client's.
   */
  private static List<String> granted(ApiClient client, String requestedScope) {
    List<String> requested = OAuthScopes.parse(requestedScope);
    if (requested.isEmpty()) {
      return client.scopes();
    }
    for (String scope : requested) {
      boolean covered =
          OAuthScopes.assignable(scope, client.projectKey())
              && client.scopes().stream().anyMatch(held -> OAuthScopes.covers(held, scope));
      if (!covered) {
        throw Errors.invalidScope();
      }
    }
    return requested;
  }

  private static void requireProject(ApiClient client, String projectKey) {
    if (!client.projectKey().equals(projectKey)) {
      throw Errors.invalidClient();
    }
  }

  private static void requireParameter(String name, String value) {
    if (value == null) {
      throw Errors.missingParameter(name);
    }
    if (value.isEmpty()) {
      throw Errors.emptyParameter(name);
    }
  }

  private static List<String> with(List<String> scopes, String extra) {
    List<String> all = new ArrayList<>(scopes);
    all.add(extra);
    return all;
  }

  private static Duration accessLifetime(ApiClient client) {
    return client.accessTokenValiditySeconds() == null
        ? ACCESS_TOKEN_LIFETIME
        : Duration.ofSeconds(client.accessTokenValiditySeconds());
  }

  private String newValue(Instant issued) {
    return OAuthTokenKeys.stamp(issued) + ids.tokenValue();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
