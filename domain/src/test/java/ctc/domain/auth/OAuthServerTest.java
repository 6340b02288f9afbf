package ctc.domain.auth;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.PASSWORD;
import static ctc.domain.customer.CustomerFixtures.aDraft;
import static ctc.domain.customer.CustomerFixtures.draft;
import static ctc.domain.customer.CustomerFixtures.storeKey;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ctc.domain.auth.OAuthServer.Grant;
import ctc.domain.auth.OAuthServer.Introspection;
import ctc.domain.common.AttemptLimiter;
import ctc.domain.common.MutableClock;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ServiceCounters;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.common.TokenDigests;
import ctc.domain.customer.CredentialRequests.CustomerChangePassword;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerCredentials;
import ctc.domain.customer.CustomerService;
import ctc.domain.customer.InMemoryCustomerRepository;
import ctc.domain.customer.InMemoryCustomerTokenRepository;
import ctc.domain.customer.InMemoryTransactions;
import ctc.domain.customer.PlainTestHasher;
import ctc.domain.customer.SequentialIds;
import ctc.domain.customer.SignInThrottle;
import ctc.domain.error.ErrorObject.AnonymousIdAlreadyInUseError;
import ctc.domain.error.ErrorObject.InsufficientScopeError;
import ctc.domain.error.ErrorObject.InvalidClientError;
import ctc.domain.error.ErrorObject.InvalidCustomerAccountCredentialsError;
import ctc.domain.error.ErrorObject.InvalidGrantError;
import ctc.domain.error.ErrorObject.InvalidRequestError;
import ctc.domain.error.ErrorObject.InvalidScopeError;
import ctc.domain.error.ErrorObject.InvalidTokenError;
import ctc.domain.error.ErrorObject.OAuthTooManyRequestsError;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The authorization server (contract §H; Decisions: access token lifetime, introspection exp,
 * revocation, password reset and sessions, requested scope) over the in-memory fakes. The clock
 * starts at {@link ctc.domain.customer.CustomerFixtures#NOW} plus some nanoseconds; stored instants
 * are truncated to milliseconds.
 */
class OAuthServerTest {

  private static final String PROJECT_KEY = "p";
  private static final RequestScope PROJECT = RequestScope.project(PROJECT_KEY);
  private static final String EMAIL = "jane@example.com";
  private static final long DEFAULT_EXPIRES_IN = 172_800;
  private static final Duration REFRESH_LIFETIME = Duration.ofDays(200);
  private static final String INVALID_SCOPE = "Malformed parameter: scope: Invalid scope.";
  private static final String INVALID_CREDENTIALS =
      "Customer account with the given credentials not found.";
  private static final String INVALID_GRANT =
      "The refresh token was not found. It may have expired.";
  private static final String MISSING_TOKEN =
      "This endpoint requires an access token. You can get one from the authorization server.";
  private static final Instant START = NOW.plusNanos(456_789);
  private static final Instant START_MILLIS = START.truncatedTo(ChronoUnit.MILLIS);

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
  private final InMemoryOAuthTokenRepository tokens = new InMemoryOAuthTokenRepository();
  private final PlainTestHasher hasher = new PlainTestHasher();
  private final SequentialIds ids = new SequentialIds();
  private final CustomerService service =
      new CustomerService(
          customers,
          new InMemoryTransactions(),
          new QueryParameters(new QueryLanguageParser()),
          clock,
          ids,
          hasher,
          new ShapeOnlyReferences());

  /**
   * Sessions end through the token repository, as the application wires it (Decisions: password
   * reset and sessions).
   */
  private final CustomerCredentials credentials =
      new CustomerCredentials(
          service,
          customers,
          new InMemoryCustomerTokenRepository(),
          tokens::deleteByCustomer,
          new InMemoryTransactions(),
          hasher,
          ids,
          clock);

  private final InMemoryTransactions transactions = new InMemoryTransactions();

  private final OAuthServer server =
      new OAuthServer(
          tokens, transactions, credentials, throttle(), ids, clock, ServiceCounters.NONE);

  // ---------------------------------------------------------------- helpers

  /** Three attempts a minute per account, a hundred per client. */
  private SignInThrottle throttle() {
    return new SignInThrottle(
        new AttemptLimiter.Limit(3, Duration.ofMinutes(1)),
        new AttemptLimiter.Limit(100, Duration.ofMinutes(1)),
        1000,
        clock,
        ServiceCounters.NONE);
  }

  private static ApiClient clientOf(String id, String project, String... scopes) {
    return new ApiClient(id, project, id, "hash", List.of(scopes), null, null, NOW);
  }

  private static ApiClient client(String... scopes) {
    return clientOf("client-1", PROJECT_KEY, scopes);
  }

  private static ApiClient withLifetimes(ApiClient client, Integer access, Integer refresh) {
    return new ApiClient(
        client.id(),
        client.projectKey(),
        client.name(),
        client.secretHash(),
        client.scopes(),
        access,
        refresh,
        client.createdAt());
  }

  private final ApiClient storefront = client("manage_my_profile:p", "create_anonymous_token:p");

  private Customer create(String email) {
    return service.create(PROJECT, aDraft(email), ACTOR);
  }

  private Customer createInStore(String email, String store) {
    return service.create(
        PROJECT, draft().email(email).password(PASSWORD).stores(storeKey(store)).build(), ACTOR);
  }

  private Grant password(ApiClient client, String email) {
    return server.password(client, PROJECT, email, PASSWORD, null);
  }

  private void changePassword(Customer customer) {
    Customer current = customers.findById(PROJECT_KEY, customer.id()).orElseThrow();
    credentials.changePassword(
        PROJECT,
        new CustomerChangePassword(current.id(), current.version(), PASSWORD, "n3w-Passw0rd"),
        ACTOR);
  }

  // ---------------------------------------------------------------- client credentials

  @Test
  void clientCredentialsWithoutARequestedScopeGrantsAllTheClientsScopes() {
    ApiClient client = client("manage_customers:p", "view_customers:p:s1");

    Grant grant = server.clientCredentials(client, null);

    assertThat(grant.scope()).isEqualTo("manage_customers:p view_customers:p:s1");
    assertThat(server.authenticate(grant.accessToken()).scopes())
        .containsExactlyInAnyOrder("manage_customers:p", "view_customers:p:s1");
  }

  @Test
  void clientCredentialsWithABlankRequestedScopeGrantsAllTheClientsScopes() {
    Grant grant = server.clientCredentials(client("manage_customers:p"), "  ");

    assertThat(grant.scope()).isEqualTo("manage_customers:p");
  }

  @Test
  void clientCredentialsGrantsARequestedSubsetOfTheClientsScopes() {
    ApiClient client =
        client("manage_customers:p", "manage_my_profile:p", "create_anonymous_token:p");

    Grant grant = server.clientCredentials(client, "manage_my_profile:p create_anonymous_token:p");

    assertThat(grant.scope()).isEqualTo("manage_my_profile:p create_anonymous_token:p");
  }

  @Test
  void manageProjectCoversARequestedStoreScope() {
    Grant grant = server.clientCredentials(client("manage_project:p"), "view_customers:p:s1");

    assertThat(grant.scope()).isEqualTo("view_customers:p:s1");
    assertThat(server.authenticate(grant.accessToken()).scopes())
        .containsExactly("view_customers:p:s1");
  }

  @Test
  void manageCustomersCoversARequestedViewCustomers() {
    Grant grant = server.clientCredentials(client("manage_customers:p"), "view_customers:p");

    assertThat(grant.scope()).isEqualTo("view_customers:p");
  }

  @Test
  void aRequestedScopeTheClientDoesNotCoverIsInvalidScope() {
    InvalidScopeError error =
        expectError(
            400,
            InvalidScopeError.class,
            () -> server.clientCredentials(client("view_customers:p"), "manage_customers:p"));

    assertThat(error.message()).isEqualTo(INVALID_SCOPE);
  }

  @Test
  void aRequestedProjectWideScopeIsNotCoveredByAStoreScope() {
    expectError(
        400,
        InvalidScopeError.class,
        () -> server.clientCredentials(client("manage_customers:p:s1"), "view_customers:p"));
  }

  @Test
  void aRequestedScopeOfAnotherProjectIsInvalidScope() {
    InvalidScopeError error =
        expectError(
            400,
            InvalidScopeError.class,
            () -> server.clientCredentials(client("manage_project:p"), "view_customers:q"));

    assertThat(error.message()).isEqualTo(INVALID_SCOPE);
  }

  @Test
  void aRequestedUnknownScopeIsInvalidScopeEvenForManageProject() {
    expectError(
        400,
        InvalidScopeError.class,
        () -> server.clientCredentials(client("manage_project:p"), "view_orders:p"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer_id:c-1", "customer_id:p", "anonymous_id:a-1", "anonymous_id:p"})
  void customerAndAnonymousIdScopesCanNeverBeRequested(String requested) {
    expectError(
        400,
        InvalidScopeError.class,
        () -> server.clientCredentials(client("manage_project:p"), requested));
  }

  @Test
  void oneUncoveredScopeAmongCoveredOnesIsInvalidScope() {
    expectError(
        400,
        InvalidScopeError.class,
        () ->
            server.clientCredentials(
                client("view_customers:p"), "view_customers:p manage_customers:p"));
  }

  @Test
  void anInvalidScopeRequestIssuesNoToken() {
    expectError(
        400,
        InvalidScopeError.class,
        () -> server.clientCredentials(client("view_customers:p"), "manage_customers:p"));

    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void clientCredentialsIssuesNoRefreshToken() {
    Grant grant = server.clientCredentials(client("manage_customers:p"), null);

    assertThat(grant.refreshToken()).isNull();
    assertThat(tokens.all()).hasSize(1);
  }

  @Test
  void anAccessTokenLivesFortyEightHoursByDefault() {
    Grant grant = server.clientCredentials(client("manage_customers:p"), null);

    assertThat(grant.expiresIn()).isEqualTo(DEFAULT_EXPIRES_IN);
    assertThat(tokens.all().get(0).expiresAt())
        .isEqualTo(START_MILLIS.plusSeconds(DEFAULT_EXPIRES_IN));
  }

  @Test
  void anAccessTokenLivesAsLongAsTheClientSays() {
    Grant grant =
        server.clientCredentials(withLifetimes(client("manage_customers:p"), 3600, null), null);

    assertThat(grant.expiresIn()).isEqualTo(3600);
    assertThat(tokens.all().get(0).expiresAt()).isEqualTo(START_MILLIS.plusSeconds(3600));
  }

  @Test
  void aClientCredentialsTokenAuthenticatesAsTheClientWithoutCustomerOrAnonymousId() {
    Grant grant = server.clientCredentials(client("manage_customers:p"), null);

    Principal principal = server.authenticate(grant.accessToken());

    assertThat(principal)
        .isEqualTo(
            new Principal("client-1", PROJECT_KEY, Set.of("manage_customers:p"), null, null));
  }

  @Test
  void eachGrantIssuesANewTokenValue() {
    ApiClient client = client("manage_customers:p");

    Grant first = server.clientCredentials(client, null);
    Grant second = server.clientCredentials(client, null);

    assertThat(first.accessToken()).isNotEqualTo(second.accessToken());
  }

  /** Token values of 43 characters, as {@code IdGenerator.tokenValue()} promises. */
  private OAuthServer serverWithFullLengthTokens() {
    return new OAuthServer(
        tokens,
        transactions,
        credentials,
        throttle(),
        new SequentialTokenIds(),
        clock,
        ServiceCounters.NONE);
  }

  @Test
  void aTokenValueStartsWithItsIssueTimeAndIsKeptUnderThatTimeAndItsDigest() {
    Grant grant =
        serverWithFullLengthTokens()
            .anonymous(client("create_anonymous_token:p"), PROJECT_KEY, null, null);

    String stamp = OAuthTokenKeys.stamp(START_MILLIS);
    assertThat(grant.accessToken()).startsWith(stamp).hasSize(54);
    assertThat(grant.refreshToken()).startsWith("p:" + stamp).hasSize(56);
    assertThat(tokens.all())
        .extracting(OAuthToken::digest)
        .containsExactlyInAnyOrder(
            stamp + TokenDigests.sha256(grant.refreshToken()),
            stamp + TokenDigests.sha256(grant.accessToken()));
    assertThat(server.authenticate(grant.accessToken()).anonymousId()).isNotNull();
  }

  /** Tokens issued before keys had a stamp are kept under their bare digest. */
  @Test
  void tokensIssuedBeforeStampsStillAuthenticateRefreshAndRevoke() {
    ApiClient client = client("manage_my_profile:p");
    String oldAccess = "a".repeat(43);
    String oldRefresh = "p:" + "b".repeat(43);
    Instant expires = START.plus(Duration.ofHours(1));
    tokens.insert(
        new OAuthToken(
            TokenDigests.sha256(oldRefresh),
            OAuthToken.Kind.REFRESH,
            client.id(),
            PROJECT_KEY,
            client.scopes(),
            null,
            null,
            null,
            expires,
            START_MILLIS));
    tokens.insert(
        new OAuthToken(
            TokenDigests.sha256(oldAccess),
            OAuthToken.Kind.ACCESS,
            client.id(),
            PROJECT_KEY,
            client.scopes(),
            null,
            null,
            TokenDigests.sha256(oldRefresh),
            expires,
            START_MILLIS));

    assertThat(server.authenticate(oldAccess).clientId()).isEqualTo(client.id());
    Grant refreshed = serverWithFullLengthTokens().refresh(client, oldRefresh);
    assertThat(server.authenticate(refreshed.accessToken()).clientId()).isEqualTo(client.id());

    server.revoke(client, oldRefresh);

    expectError(401, InvalidTokenError.class, () -> server.authenticate(oldAccess));
    expectError(401, InvalidTokenError.class, () -> server.authenticate(refreshed.accessToken()));
  }

  @Test
  void onlyTheDigestOfATokenValueIsStored() {
    Grant grant = server.clientCredentials(client("manage_customers:p"), null);

    OAuthToken stored = tokens.all().get(0);
    assertThat(stored.digest())
        .isEqualTo(TokenDigests.sha256(grant.accessToken()))
        .isNotEqualTo(grant.accessToken());
  }

  // ---------------------------------------------------------------- password

  @Test
  void passwordGrantsTheClientsScopesPlusTheCustomerId() {
    Customer jane = create(EMAIL);

    Grant grant = password(storefront, EMAIL);

    assertThat(grant.scope())
        .isEqualTo("manage_my_profile:p create_anonymous_token:p customer_id:" + jane.id());
    assertThat(grant.expiresIn()).isEqualTo(DEFAULT_EXPIRES_IN);
  }

  @Test
  void passwordWithARequestedScopeGrantsItPlusTheCustomerId() {
    Customer jane = create(EMAIL);

    Grant grant = server.password(storefront, PROJECT, EMAIL, PASSWORD, "manage_my_profile:p");

    assertThat(grant.scope()).isEqualTo("manage_my_profile:p customer_id:" + jane.id());
  }

  @Test
  void passwordIssuesARefreshTokenPrefixedWithTheProjectKey() {
    create(EMAIL);

    Grant grant = password(storefront, EMAIL);

    assertThat(grant.refreshToken()).startsWith("p:").hasSizeGreaterThan("p:".length());
    assertThat(grant.refreshToken()).isNotEqualTo(grant.accessToken());
  }

  @Test
  void aPasswordTokenAuthenticatesAsTheCustomer() {
    Customer jane = create(EMAIL);

    Principal principal = server.authenticate(password(storefront, EMAIL).accessToken());

    assertThat(principal.customerId()).isEqualTo(jane.id());
    assertThat(principal.anonymousId()).isNull();
    assertThat(principal.clientId()).isEqualTo("client-1");
    assertThat(principal.projectKey()).isEqualTo(PROJECT_KEY);
    assertThat(principal.scopes()).contains("manage_my_profile:p", "customer_id:" + jane.id());
  }

  @Test
  void passwordMatchesTheEmailCaseInsensitively() {
    Customer jane = create(EMAIL);

    Grant grant = server.password(storefront, PROJECT, "JANE@example.COM", PASSWORD, null);

    assertThat(server.authenticate(grant.accessToken()).customerId()).isEqualTo(jane.id());
  }

  @Test
  void aWrongPasswordIsInvalidCustomerAccountCredentials() {
    create(EMAIL);

    InvalidCustomerAccountCredentialsError error =
        expectError(
            400,
            InvalidCustomerAccountCredentialsError.class,
            () -> server.password(storefront, PROJECT, EMAIL, "wrong-password", null));

    assertThat(error.message()).isEqualTo(INVALID_CREDENTIALS);
    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void guessingOneAccountsPasswordIsRefusedInTheOAuthFormOnceItsAttemptsAreUsedUp() {
    create(EMAIL);
    for (int i = 0; i < 3; i++) {
      expectError(
          400,
          InvalidCustomerAccountCredentialsError.class,
          () -> server.password(storefront, PROJECT, EMAIL, "wrong-password", null));
    }
    clock.advance(Duration.ofSeconds(30));

    OAuthTooManyRequestsError refused =
        expectError(
            429,
            OAuthTooManyRequestsError.class,
            () -> server.password(storefront, PROJECT, "Jane@Example.com", PASSWORD, null));

    assertThat(refused.retryAfterSeconds()).isEqualTo(30);
    assertThat(tokens.all()).isEmpty();
    clock.advance(Duration.ofSeconds(30));
    assertThat(server.password(storefront, PROJECT, EMAIL, PASSWORD, null).accessToken())
        .isNotBlank();
  }

  @Test
  void anUnknownEmailIsInvalidCustomerAccountCredentials() {
    create(EMAIL);

    InvalidCustomerAccountCredentialsError error =
        expectError(
            400,
            InvalidCustomerAccountCredentialsError.class,
            () -> server.password(storefront, PROJECT, "nobody@example.com", PASSWORD, null));

    assertThat(error.message()).isEqualTo(INVALID_CREDENTIALS);
  }

  @Test
  void aStoreCustomerCannotSignInWithTheProjectPasswordFlow() {
    createInStore(EMAIL, "s1");

    InvalidCustomerAccountCredentialsError error =
        expectError(
            400, InvalidCustomerAccountCredentialsError.class, () -> password(storefront, EMAIL));

    assertThat(error.message()).isEqualTo(INVALID_CREDENTIALS);
  }

  @Test
  void theInStorePasswordFlowAdmitsTheStoresCustomers() {
    Customer jane = createInStore(EMAIL, "s1");

    Grant grant =
        server.password(storefront, new RequestScope(PROJECT_KEY, "s1"), EMAIL, PASSWORD, null);

    assertThat(server.authenticate(grant.accessToken()).customerId()).isEqualTo(jane.id());
  }

  @Test
  void theInStorePasswordFlowAdmitsGlobalCustomers() {
    Customer jane = create(EMAIL);

    Grant grant =
        server.password(storefront, new RequestScope(PROJECT_KEY, "s1"), EMAIL, PASSWORD, null);

    assertThat(server.authenticate(grant.accessToken()).customerId()).isEqualTo(jane.id());
  }

  @Test
  void theInStorePasswordFlowRefusesAnotherStoresCustomer() {
    createInStore(EMAIL, "s2");

    expectError(
        400,
        InvalidCustomerAccountCredentialsError.class,
        () ->
            server.password(
                storefront, new RequestScope(PROJECT_KEY, "s1"), EMAIL, PASSWORD, null));
  }

  @Test
  void aMissingUsernameIsInvalidRequest() {
    InvalidRequestError error =
        expectError(
            400,
            InvalidRequestError.class,
            () -> server.password(storefront, PROJECT, null, PASSWORD, null));

    assertThat(error.message()).isEqualTo("Missing required parameter: username.");
  }

  @Test
  void aMissingPasswordIsInvalidRequest() {
    InvalidRequestError error =
        expectError(
            400,
            InvalidRequestError.class,
            () -> server.password(storefront, PROJECT, EMAIL, null, null));

    assertThat(error.message()).isEqualTo("Missing required parameter: password.");
  }

  @Test
  void anEmptyPasswordIsInvalidRequest() {
    create(EMAIL);

    InvalidRequestError error =
        expectError(
            400,
            InvalidRequestError.class,
            () -> server.password(storefront, PROJECT, EMAIL, "", null));

    assertThat(error.message()).isEqualTo("Invalid parameter: password: Must not be empty.");
  }

  @Test
  void thePasswordFlowOfAnotherProjectIsInvalidClient() {
    create(EMAIL);

    InvalidClientError error =
        expectError(
            401,
            InvalidClientError.class,
            () -> server.password(storefront, RequestScope.project("q"), EMAIL, PASSWORD, null));

    assertThat(error.message())
        .isEqualTo("Please provide valid client credentials using HTTP Basic Authentication.");
  }

  @Test
  void aPasswordRequestForAnUncoveredScopeIsInvalidScope() {
    create(EMAIL);

    expectError(
        400,
        InvalidScopeError.class,
        () -> server.password(storefront, PROJECT, EMAIL, PASSWORD, "manage_customers:p"));
  }

  @Test
  void aPasswordRequestCannotAskForACustomerIdScope() {
    Customer jane = create(EMAIL);

    expectError(
        400,
        InvalidScopeError.class,
        () ->
            server.password(
                client("manage_project:p"), PROJECT, EMAIL, PASSWORD, "customer_id:" + jane.id()));
  }

  @Test
  void thePasswordFlowUsesTheClientsAccessTokenLifetime() {
    create(EMAIL);

    Grant grant = password(withLifetimes(storefront, 900, null), EMAIL);

    assertThat(grant.expiresIn()).isEqualTo(900);
  }

  // ---------------------------------------------------------------- anonymous

  @Test
  void anAnonymousTokenNeedsCreateAnonymousToken() {
    InsufficientScopeError error =
        expectError(
            403,
            InsufficientScopeError.class,
            () -> server.anonymous(client("manage_my_profile:p"), PROJECT_KEY, null, null));

    assertThat(error.message())
        .isEqualTo(
            "Insufficient scope. One of the following scopes is missing: create_anonymous_token.");
    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void manageProjectSufficesForAnAnonymousToken() {
    Grant grant = server.anonymous(client("manage_project:p"), PROJECT_KEY, null, "anon-1");

    assertThat(grant.scope()).isEqualTo("manage_project:p anonymous_id:anon-1");
  }

  @Test
  void theGivenAnonymousIdIsUsed() {
    Grant grant = server.anonymous(storefront, PROJECT_KEY, null, "anon-1");

    assertThat(grant.scope())
        .isEqualTo("manage_my_profile:p create_anonymous_token:p anonymous_id:anon-1");
    Principal principal = server.authenticate(grant.accessToken());
    assertThat(principal.anonymousId()).isEqualTo("anon-1");
    assertThat(principal.customerId()).isNull();
  }

  @Test
  void anAnonymousIdIsGeneratedWhenNoneIsGiven() {
    Grant grant = server.anonymous(storefront, PROJECT_KEY, null, null);

    String anonymousId = server.authenticate(grant.accessToken()).anonymousId();
    assertThat(anonymousId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(grant.scope()).endsWith(" anonymous_id:" + anonymousId);
  }

  @Test
  void aBlankAnonymousIdIsTreatedAsAbsent() {
    Grant grant = server.anonymous(storefront, PROJECT_KEY, null, " ");

    assertThat(server.authenticate(grant.accessToken()).anonymousId()).isNotBlank();
  }

  @Test
  void theWritesOfAnAnonymousGrantAreOneTransaction() {
    WriteRecorder recorder = new WriteRecorder();

    recorder.server().anonymous(storefront, PROJECT_KEY, null, "anon-1");

    assertThat(recorder.writes)
        .containsExactly(
            "reserve in transaction", "insert in transaction", "insert in transaction");
  }

  @Test
  void theTokensOfAPasswordGrantAreOneTransaction() {
    WriteRecorder recorder = new WriteRecorder();
    service.create(PROJECT, aDraft(EMAIL), ACTOR);

    recorder.server().password(storefront, PROJECT, EMAIL, PASSWORD, null);

    assertThat(recorder.writes).containsExactly("insert in transaction", "insert in transaction");
  }

  /** A server whose token writes say whether they ran inside a unit of work. */
  private final class WriteRecorder {

    final List<String> writes = new ArrayList<>();

    OAuthServer server() {
      OAuthTokenRepository recording =
          new ForwardingOAuthTokenRepository(tokens) {
            @Override
            public void insert(OAuthToken token) {
              writes.add("insert" + where());
              super.insert(token);
            }

            @Override
            public boolean reserveAnonymousId(String projectKey, String anonymousId) {
              writes.add("reserve" + where());
              return super.reserveAnonymousId(projectKey, anonymousId);
            }
          };
      return new OAuthServer(
          recording, transactions, credentials, throttle(), ids, clock, ServiceCounters.NONE);
    }

    private String where() {
      return transactions.active() ? " in transaction" : " outside";
    }
  }

  @Test
  void generatedAnonymousIdsDiffer() {
    String first =
        server
            .authenticate(server.anonymous(storefront, PROJECT_KEY, null, null).accessToken())
            .anonymousId();
    String second =
        server
            .authenticate(server.anonymous(storefront, PROJECT_KEY, null, null).accessToken())
            .anonymousId();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aReusedAnonymousIdIsAlreadyInUse() {
    server.anonymous(storefront, PROJECT_KEY, null, "anon-1");

    AnonymousIdAlreadyInUseError error =
        expectError(
            400,
            AnonymousIdAlreadyInUseError.class,
            () -> server.anonymous(storefront, PROJECT_KEY, null, "anon-1"));

    assertThat(error.message()).isEqualTo("The given anonymous ID is already in use.");
  }

  @Test
  void anAnonymousIdUsedInAnotherProjectIsFreeHere() {
    server.anonymous(clientOf("other", "q", "create_anonymous_token:q"), "q", null, "anon-1");

    Grant grant = server.anonymous(storefront, PROJECT_KEY, null, "anon-1");

    assertThat(server.authenticate(grant.accessToken()).anonymousId()).isEqualTo("anon-1");
  }

  @Test
  void anAnonymousTokenComesWithARefreshToken() {
    Grant grant = server.anonymous(storefront, PROJECT_KEY, null, "anon-1");

    assertThat(grant.refreshToken()).startsWith("p:");
    assertThat(grant.expiresIn()).isEqualTo(DEFAULT_EXPIRES_IN);
  }

  @Test
  void anAnonymousTokenWithARequestedScopeGrantsItPlusTheAnonymousId() {
    Grant grant = server.anonymous(storefront, PROJECT_KEY, "manage_my_profile:p", "anon-1");

    assertThat(grant.scope()).isEqualTo("manage_my_profile:p anonymous_id:anon-1");
  }

  @Test
  void anAnonymousTokenForAnotherProjectIsInvalidClient() {
    expectError(401, InvalidClientError.class, () -> server.anonymous(storefront, "q", null, null));
  }

  @Test
  void anAnonymousTokenCannotAskForAnAnonymousIdScope() {
    expectError(
        400,
        InvalidScopeError.class,
        () ->
            server.anonymous(client("manage_project:p"), PROJECT_KEY, "anonymous_id:anon-1", null));
  }

  @Test
  void anAnonymousIdLongerThan256CharactersIsAnInvalidRequest() {
    expectError(
        400,
        InvalidRequestError.class,
        () -> server.anonymous(storefront, PROJECT_KEY, null, "a".repeat(257)));
    assertThat(server.anonymous(storefront, PROJECT_KEY, null, "b".repeat(256)).scope())
        .contains("anonymous_id:");
  }

  // ---------------------------------------------------------------- refresh

  @Test
  void aRefreshedAccessTokenDoesNotOutliveItsRefreshToken() {
    create(EMAIL);
    Grant original = password(withLifetimes(storefront, null, 60), EMAIL);
    clock.advance(Duration.ofSeconds(20));

    Grant refreshed = server.refresh(withLifetimes(storefront, null, 60), original.refreshToken());

    assertThat(refreshed.expiresIn()).isEqualTo(40);
    clock.advance(Duration.ofSeconds(40));
    expectError(401, InvalidTokenError.class, () -> server.authenticate(refreshed.accessToken()));
  }

  @Test
  void refreshGivesANewAccessTokenWithTheSameScopeAndNoNewRefreshToken() {
    create(EMAIL);
    Grant original = password(storefront, EMAIL);

    Grant refreshed = server.refresh(storefront, original.refreshToken());

    assertThat(refreshed.scope()).isEqualTo(original.scope());
    assertThat(refreshed.refreshToken()).isNull();
    assertThat(refreshed.accessToken()).isNotEqualTo(original.accessToken());
    assertThat(refreshed.expiresIn()).isEqualTo(DEFAULT_EXPIRES_IN);
  }

  @Test
  void aRefreshedTokenKeepsTheCustomer() {
    Customer jane = create(EMAIL);
    Grant original = password(storefront, EMAIL);

    Principal principal =
        server.authenticate(server.refresh(storefront, original.refreshToken()).accessToken());

    assertThat(principal.customerId()).isEqualTo(jane.id());
    assertThat(principal.scopes()).contains("customer_id:" + jane.id());
  }

  @Test
  void aRefreshedTokenKeepsTheAnonymousId() {
    Grant original = server.anonymous(storefront, PROJECT_KEY, null, "anon-1");

    Principal principal =
        server.authenticate(server.refresh(storefront, original.refreshToken()).accessToken());

    assertThat(principal.anonymousId()).isEqualTo("anon-1");
    assertThat(principal.customerId()).isNull();
  }

  @Test
  void theOriginalAccessTokenStillWorksAfterARefresh() {
    create(EMAIL);
    Grant original = password(storefront, EMAIL);

    server.refresh(storefront, original.refreshToken());

    assertThatCode(() -> server.authenticate(original.accessToken())).doesNotThrowAnyException();
  }

  @Test
  void aRefreshTokenCanBeUsedMoreThanOnce() {
    create(EMAIL);
    Grant original = password(storefront, EMAIL);
    server.refresh(storefront, original.refreshToken());

    Grant again = server.refresh(storefront, original.refreshToken());

    assertThat(server.authenticate(again.accessToken()).scopes()).isNotEmpty();
  }

  @Test
  void aRefreshedTokenUsesTheClientsAccessTokenLifetime() {
    create(EMAIL);
    ApiClient client = withLifetimes(storefront, 600, null);
    Grant original = password(client, EMAIL);

    assertThat(server.refresh(client, original.refreshToken()).expiresIn()).isEqualTo(600);
  }

  @Test
  void anUnknownRefreshTokenIsInvalidGrant() {
    InvalidGrantError error =
        expectError(400, InvalidGrantError.class, () -> server.refresh(storefront, "p:unknown"));

    assertThat(error.message()).isEqualTo(INVALID_GRANT);
  }

  @Test
  void aMissingRefreshTokenIsInvalidRequest() {
    InvalidRequestError error =
        expectError(400, InvalidRequestError.class, () -> server.refresh(storefront, null));

    assertThat(error.message()).isEqualTo("Missing required parameter: refresh_token.");
  }

  @Test
  void anExpiredRefreshTokenIsInvalidGrant() {
    create(EMAIL);
    Grant original = password(storefront, EMAIL);

    clock.advance(REFRESH_LIFETIME);

    expectError(
        400, InvalidGrantError.class, () -> server.refresh(storefront, original.refreshToken()));
  }

  @Test
  void aRefreshTokenIsStillValidJustBeforeItExpires() {
    create(EMAIL);
    Grant original = password(storefront, EMAIL);

    clock.advance(REFRESH_LIFETIME.minusMillis(1));

    assertThatCode(() -> server.refresh(storefront, original.refreshToken()))
        .doesNotThrowAnyException();
  }

  @Test
  void aRefreshTokenLivesAsLongAsTheClientSays() {
    create(EMAIL);
    ApiClient client = withLifetimes(storefront, null, 60);
    Grant original = password(client, EMAIL);

    clock.advance(Duration.ofSeconds(60));

    expectError(
        400, InvalidGrantError.class, () -> server.refresh(client, original.refreshToken()));
  }

  @Test
  void anAccessTokenIsNotARefreshToken() {
    create(EMAIL);
    Grant original = password(storefront, EMAIL);

    expectError(
        400, InvalidGrantError.class, () -> server.refresh(storefront, original.accessToken()));
  }

  @Test
  void anotherClientsRefreshTokenIsInvalidGrant() {
    create(EMAIL);
    Grant original = password(storefront, EMAIL);
    ApiClient other =
        clientOf("client-2", PROJECT_KEY, "manage_my_profile:p", "create_anonymous_token:p");

    expectError(400, InvalidGrantError.class, () -> server.refresh(other, original.refreshToken()));
  }

  // ---------------------------------------------------------------- introspect

  @Test
  void aClientSeesItsOwnTokenActiveWithScopeExpiryAndClientId() {
    ApiClient client = client("manage_customers:p");
    Grant grant = server.clientCredentials(client, null);

    Introspection introspection = server.introspect(client, grant.accessToken());

    assertThat(introspection)
        .isEqualTo(
            new Introspection(
                true,
                "manage_customers:p",
                START_MILLIS.plusSeconds(DEFAULT_EXPIRES_IN).toEpochMilli(),
                "client-1"));
  }

  @Test
  void introspectionReportsExpiryInEpochMilliseconds() {
    ApiClient client = withLifetimes(client("manage_customers:p"), 10, null);
    Grant grant = server.clientCredentials(client, null);

    Introspection introspection = server.introspect(client, grant.accessToken());

    assertThat(introspection.exp()).isEqualTo(START_MILLIS.toEpochMilli() + 10_000);
  }

  @Test
  void anExpiredTokenIsInactive() {
    ApiClient client = client("manage_customers:p");
    Grant grant = server.clientCredentials(client, null);

    clock.advance(Duration.ofSeconds(DEFAULT_EXPIRES_IN));

    assertThat(server.introspect(client, grant.accessToken()))
        .isEqualTo(new Introspection(false, null, null, null));
  }

  @Test
  void aRefreshTokenIsInactiveThoughItStillRefreshes() {
    ApiClient client = client("manage_project:p");
    Grant grant = server.anonymous(client, PROJECT_KEY, null, "anon-1");

    assertThat(server.introspect(client, grant.refreshToken()))
        .isEqualTo(new Introspection(false, null, null, null));
    assertThat(server.introspect(client, grant.accessToken()).active()).isTrue();
    assertThat(server.refresh(client, grant.refreshToken()).accessToken()).isNotBlank();
  }

  @Test
  void anUnknownTokenIsInactive() {
    assertThat(server.introspect(client("manage_customers:p"), "unknown"))
        .isEqualTo(new Introspection(false, null, null, null));
  }

  @Test
  void introspectionWithoutATokenIsInvalidRequest() {
    expectError(
        400,
        InvalidRequestError.class,
        () -> server.introspect(client("manage_customers:p"), null));
  }

  @Test
  void anotherClientsTokenIsInactiveWithoutIntrospectOAuthTokens() {
    Grant grant =
        server.clientCredentials(clientOf("client-2", PROJECT_KEY, "manage_customers:p"), null);

    Introspection introspection =
        server.introspect(client("manage_customers:p"), grant.accessToken());

    assertThat(introspection.active()).isFalse();
    assertThat(introspection.clientId()).isNull();
  }

  @Test
  void introspectOAuthTokensShowsAnotherClientsTokenOfTheProject() {
    Grant grant =
        server.clientCredentials(clientOf("client-2", PROJECT_KEY, "manage_customers:p"), null);

    Introspection introspection =
        server.introspect(client("introspect_oauth_tokens:p"), grant.accessToken());

    assertThat(introspection.active()).isTrue();
    assertThat(introspection.clientId()).isEqualTo("client-2");
    assertThat(introspection.scope()).isEqualTo("manage_customers:p");
  }

  @Test
  void manageProjectShowsAnotherClientsTokenOfTheProject() {
    Grant grant =
        server.clientCredentials(clientOf("client-2", PROJECT_KEY, "manage_customers:p"), null);

    assertThat(server.introspect(client("manage_project:p"), grant.accessToken()).active())
        .isTrue();
  }

  @Test
  void anotherProjectsTokenIsInactiveEvenWithIntrospectOAuthTokens() {
    Grant grant = server.clientCredentials(clientOf("client-2", "q", "manage_customers:q"), null);

    assertThat(
            server
                .introspect(
                    client("manage_project:p", "introspect_oauth_tokens:p"), grant.accessToken())
                .active())
        .isFalse();
  }

  @Test
  void aRevokedTokenIsInactive() {
    ApiClient client = client("manage_customers:p");
    Grant grant = server.clientCredentials(client, null);
    server.revoke(client, grant.accessToken());

    assertThat(server.introspect(client, grant.accessToken()).active()).isFalse();
  }

  // ---------------------------------------------------------------- revoke

  @Test
  void aRevokedAccessTokenNoLongerAuthenticates() {
    ApiClient client = client("manage_customers:p");
    Grant grant = server.clientCredentials(client, null);

    server.revoke(client, grant.accessToken());

    expectError(401, InvalidTokenError.class, () -> server.authenticate(grant.accessToken()));
  }

  @Test
  void revokingAnAccessTokenLeavesTheClientsOtherTokensAlone() {
    ApiClient client = client("manage_customers:p");
    Grant revoked = server.clientCredentials(client, null);
    Grant kept = server.clientCredentials(client, null);

    server.revoke(client, revoked.accessToken());

    assertThatCode(() -> server.authenticate(kept.accessToken())).doesNotThrowAnyException();
  }

  @Test
  void revokingARefreshTokenEndsItAndTheAccessTokensMintedFromIt() {
    create(EMAIL);
    Grant original = password(storefront, EMAIL);
    Grant refreshed = server.refresh(storefront, original.refreshToken());

    server.revoke(storefront, original.refreshToken());

    expectError(401, InvalidTokenError.class, () -> server.authenticate(refreshed.accessToken()));
    expectError(401, InvalidTokenError.class, () -> server.authenticate(original.accessToken()));
    expectError(
        400, InvalidGrantError.class, () -> server.refresh(storefront, original.refreshToken()));
  }

  @Test
  void revokingARefreshTokenLeavesTheCustomersOtherSessionsAlone() {
    create(EMAIL);
    Grant revoked = password(storefront, EMAIL);
    Grant other = password(storefront, EMAIL);

    server.revoke(storefront, revoked.refreshToken());

    assertThatCode(() -> server.authenticate(other.accessToken())).doesNotThrowAnyException();
    assertThatCode(() -> server.refresh(storefront, other.refreshToken()))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherClientsTokenIsSilentlyNotRevoked() {
    Grant grant =
        server.clientCredentials(clientOf("client-2", PROJECT_KEY, "manage_customers:p"), null);

    assertThatCode(() -> server.revoke(client("manage_project:p"), grant.accessToken()))
        .doesNotThrowAnyException();

    assertThatCode(() -> server.authenticate(grant.accessToken())).doesNotThrowAnyException();
  }

  @Test
  void revokingAnUnknownTokenIsFine() {
    assertThatCode(() -> server.revoke(client("manage_customers:p"), "unknown"))
        .doesNotThrowAnyException();
  }

  @Test
  void revokingWithoutATokenIsInvalidRequest() {
    expectError(
        400, InvalidRequestError.class, () -> server.revoke(client("manage_customers:p"), null));
  }

  // ---------------------------------------------------------------- authenticate

  @Test
  void aMissingBearerTokenIsInvalidToken() {
    InvalidTokenError error =
        expectError(401, InvalidTokenError.class, () -> server.authenticate(null));

    assertThat(error.message()).isEqualTo(MISSING_TOKEN);
  }

  @Test
  void aBlankBearerTokenIsInvalidToken() {
    InvalidTokenError error =
        expectError(401, InvalidTokenError.class, () -> server.authenticate("  "));

    assertThat(error.message()).isEqualTo(MISSING_TOKEN);
  }

  @Test
  void anUnknownBearerTokenIsInvalidToken() {
    expectError(401, InvalidTokenError.class, () -> server.authenticate("unknown"));
  }

  @Test
  void anAccessTokenExpiresExactlyAtItsExpiry() {
    Grant grant = server.clientCredentials(client("manage_customers:p"), null);
    Instant expiresAt = tokens.all().get(0).expiresAt();

    clock.advance(Duration.between(clock.instant(), expiresAt));

    assertThat(clock.instant()).isEqualTo(expiresAt);
    expectError(401, InvalidTokenError.class, () -> server.authenticate(grant.accessToken()));
  }

  @Test
  void anAccessTokenStillWorksOneMillisecondBeforeItsExpiry() {
    Grant grant = server.clientCredentials(client("manage_customers:p"), null);
    Instant expiresAt = tokens.all().get(0).expiresAt();

    clock.advance(Duration.between(clock.instant(), expiresAt.minusMillis(1)));

    assertThatCode(() -> server.authenticate(grant.accessToken())).doesNotThrowAnyException();
  }

  @Test
  void aRefreshTokenIsNotABearerToken() {
    create(EMAIL);
    Grant grant = password(storefront, EMAIL);

    expectError(401, InvalidTokenError.class, () -> server.authenticate(grant.refreshToken()));
  }

  @Test
  void aValidTokenGivesThePrincipalOfItsClientProjectScopesAndSession() {
    Grant grant = server.anonymous(storefront, PROJECT_KEY, "manage_my_profile:p", "anon-1");

    Principal principal = server.authenticate(grant.accessToken());

    assertThat(principal)
        .isEqualTo(
            new Principal(
                "client-1",
                PROJECT_KEY,
                Set.of("manage_my_profile:p", "anonymous_id:anon-1"),
                null,
                "anon-1"));
  }

  // ---------------------------------------------------------------- sessions (Decisions: password
  // reset and sessions)

  @Test
  void aPasswordChangeEndsTheCustomersAccessTokens() {
    Customer jane = create(EMAIL);
    Grant grant = password(storefront, EMAIL);

    changePassword(jane);

    expectError(401, InvalidTokenError.class, () -> server.authenticate(grant.accessToken()));
  }

  @Test
  void aPasswordChangeEndsTheCustomersRefreshTokens() {
    Customer jane = create(EMAIL);
    Grant grant = password(storefront, EMAIL);

    changePassword(jane);

    expectError(
        400, InvalidGrantError.class, () -> server.refresh(storefront, grant.refreshToken()));
  }

  @Test
  void aPasswordChangeEndsAccessTokensMintedByRefresh() {
    Customer jane = create(EMAIL);
    Grant refreshed = server.refresh(storefront, password(storefront, EMAIL).refreshToken());

    changePassword(jane);

    expectError(401, InvalidTokenError.class, () -> server.authenticate(refreshed.accessToken()));
  }

  @Test
  void aPasswordChangeLeavesTheClientsOwnTokenAlone() {
    Customer jane = create(EMAIL);
    password(storefront, EMAIL);
    Grant clientToken = server.clientCredentials(storefront, null);

    changePassword(jane);

    assertThatCode(() -> server.authenticate(clientToken.accessToken())).doesNotThrowAnyException();
  }

  @Test
  void aPasswordChangeLeavesOtherCustomersSessionsAlone() {
    Customer jane = create(EMAIL);
    create("john@example.com");
    Grant johns = password(storefront, "john@example.com");

    changePassword(jane);

    assertThat(server.authenticate(johns.accessToken()).customerId()).isNotEqualTo(jane.id());
  }

  @Test
  void theCustomerCanSignInAgainWithTheNewPassword() {
    Customer jane = create(EMAIL);
    changePassword(jane);

    Grant grant = server.password(storefront, PROJECT, EMAIL, "n3w-Passw0rd", null);

    assertThat(server.authenticate(grant.accessToken()).customerId()).isEqualTo(jane.id());
  }
}
