package ctc.domain.auth;

import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.AttemptLimiter;
import ctc.domain.common.MutableClock;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.TokenDigests;
import ctc.domain.customer.InMemoryTransactions;
import ctc.domain.customer.PlainTestHasher;
import ctc.domain.error.ErrorObject.InvalidClientError;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.error.ErrorObject.OAuthTooManyRequestsError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * API clients (Decisions table: API Clients; operations: the bootstrap client): creation, listing,
 * deletion, the bootstrap client and client authentication, over the in-memory fakes.
 */
class ApiClientsTest {

  private static final String PROJECT = "p";
  private static final String OTHER_PROJECT = "q";
  private static final String INVALID_CLIENT =
      "Please provide valid client credentials using HTTP Basic Authentication.";
  private static final AttemptLimiter.Limit BCRYPT_CHECKS =
      new AttemptLimiter.Limit(3, Duration.ofSeconds(10));

  /**
   * A {@link PasswordHasher} that counts {@link #verify} calls, to see when bcrypt would run, and
   * runs {@link #beforeVerify} first, so that a test can hold a check while others arrive.
   */
  private static final class CountingHasher implements PasswordHasher {
    private final PasswordHasher hasher = new PlainTestHasher();
    private final AtomicInteger verifications = new AtomicInteger();
    private volatile Runnable beforeVerify = () -> {};

    @Override
    public String hash(String plainPassword) {
      return hasher.hash(plainPassword);
    }

    @Override
    public boolean verify(String plainPassword, String hash) {
      verifications.incrementAndGet();
      beforeVerify.run();
      return hasher.verify(plainPassword, hash);
    }

    int verifications() {
      return verifications.get();
    }
  }

  private final MutableClock clock = new MutableClock(NOW.plusNanos(456_789));
  private final InMemoryApiClientRepository clients = new InMemoryApiClientRepository();
  private final InMemoryOAuthTokenRepository tokens = new InMemoryOAuthTokenRepository();
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final CountingHasher hasher = new CountingHasher();
  private final PlainTestSecretHasher secretHasher = new PlainTestSecretHasher();
  private final SequentialTokenIds ids = new SequentialTokenIds();
  private final ApiClients apiClients = newServer();

  /**
   * ApiClients over the same storage, as another server instance (with its own verification cache)
   * would be.
   */
  private ApiClients newServer() {
    return new ApiClients(
        clients, tokens, transactions, hasher, secretHasher, BCRYPT_CHECKS, ids, clock);
  }

  private IssuedApiClient create(String project, String scope) {
    return apiClients.create(project, new ApiClientDraft("storefront", scope, null, null));
  }

  private IssuedApiClient create(String scope) {
    return create(PROJECT, scope);
  }

  private static OAuthToken tokenOf(ApiClient client, String value) {
    return new OAuthToken(
        TokenDigests.sha256(value),
        OAuthToken.Kind.ACCESS,
        client.id(),
        client.projectKey(),
        client.scopes(),
        null,
        null,
        null,
        NOW.plusSeconds(3600),
        NOW);
  }

  // ---------------------------------------------------------------- create

  @Test
  void createReturnsTheSecretAndStoresOnlyItsFastHash() {
    IssuedApiClient issued = create("manage_customers:p");

    ApiClient stored = clients.findById(issued.client().id()).orElseThrow();
    assertThat(issued.secret()).isNotBlank();
    assertThat(stored.secretHash()).isNotEqualTo(issued.secret()).doesNotContain(issued.secret());
    assertThat(stored.secretHash()).isEqualTo(secretHasher.hash(issued.secret()));
  }

  @Test
  void createStoresTheClientAsReturned() {
    IssuedApiClient issued =
        apiClients.create(
            PROJECT,
            new ApiClientDraft("storefront", "view_customers:p manage_my_profile:p:s1", 600, 7200));

    ApiClient client = issued.client();
    assertThat(clients.findById(client.id())).contains(client);
    assertThat(client.projectKey()).isEqualTo(PROJECT);
    assertThat(client.name()).isEqualTo("storefront");
    assertThat(client.scopes()).containsExactly("view_customers:p", "manage_my_profile:p:s1");
    assertThat(client.accessTokenValiditySeconds()).isEqualTo(600);
    assertThat(client.refreshTokenValiditySeconds()).isEqualTo(7200);
    assertThat(client.createdAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void createWithoutLifetimesKeepsThemUnset() {
    ApiClient client = create("view_customers:p").client();

    assertThat(client.accessTokenValiditySeconds()).isNull();
    assertThat(client.refreshTokenValiditySeconds()).isNull();
  }

  @Test
  void createNormalisesTheScopeList() {
    ApiClient client = create("  view_customers:p   manage_customers:p view_customers:p ").client();

    assertThat(client.scopes()).containsExactly("view_customers:p", "manage_customers:p");
  }

  @Test
  void eachCreatedClientGetsItsOwnIdAndSecret() {
    IssuedApiClient first = create("view_customers:p");
    IssuedApiClient second = create("view_customers:p");

    assertThat(first.client().id()).hasSize(24).isNotEqualTo(second.client().id());
    assertThat(first.secret()).isNotEqualTo(second.secret());
  }

  @Test
  void theSecretIsNotTheClientId() {
    IssuedApiClient issued = create("view_customers:p");

    assertThat(issued.secret())
        .isNotEqualTo(issued.client().id())
        .doesNotStartWith(issued.client().id());
  }

  @Test
  void aScopeOfAnotherProjectIsInvalidInput() {
    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> create("view_customers:q"));

    assertThat(error.message())
        .isEqualTo("The scope 'view_customers:q' is not a scope of the project 'p'.");
    assertThat(clients.any()).isFalse();
  }

  @Test
  void anUnknownScopeIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> create("view_customers:p view_orders:p"));

    assertThat(clients.any()).isFalse();
  }

  @Test
  void aTokenOnlyScopeIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> create("customer_id:p"));
    expectError(400, InvalidInputError.class, () -> create("anonymous_id:p"));
  }

  @Test
  void manageProjectWithAStoreIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> create("manage_project:p:s1"));
  }

  @Test
  void anEmptyScopeIsInvalidInput() {
    InvalidInputError error = expectError(400, InvalidInputError.class, () -> create(""));

    assertThat(error.message()).isEqualTo("An API client needs at least one scope.");
  }

  @Test
  void aBlankScopeIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> create("   "));
  }

  @Test
  void aMissingNameOrScopeIsInvalidJsonInput() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () -> new ApiClientDraft(null, "view_customers:p", null, null));
    expectError(
        400, InvalidJsonInputError.class, () -> new ApiClientDraft("name", null, null, null));
  }

  @Test
  void aZeroAccessTokenLifetimeIsInvalidInput() {
    expectError(
        400,
        InvalidInputError.class,
        () -> apiClients.create(PROJECT, new ApiClientDraft("c", "view_customers:p", 0, null)));
  }

  @Test
  void aNegativeAccessTokenLifetimeIsInvalidInput() {
    expectError(
        400,
        InvalidInputError.class,
        () -> apiClients.create(PROJECT, new ApiClientDraft("c", "view_customers:p", -1, null)));
  }

  @Test
  void aZeroRefreshTokenLifetimeIsInvalidInput() {
    expectError(
        400,
        InvalidInputError.class,
        () -> apiClients.create(PROJECT, new ApiClientDraft("c", "view_customers:p", null, 0)));

    assertThat(clients.any()).isFalse();
  }

  @Test
  void aLifetimeOfOneSecondIsAccepted() {
    ApiClient client =
        apiClients.create(PROJECT, new ApiClientDraft("c", "view_customers:p", 1, 1)).client();

    assertThat(client.accessTokenValiditySeconds()).isEqualTo(1);
    assertThat(client.refreshTokenValiditySeconds()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- list and get

  @Test
  void listReturnsTheProjectsClientsOldestFirst() {
    ApiClient first = create("view_customers:p").client();
    clock.advance(Duration.ofSeconds(1));
    ApiClient second = create("manage_customers:p").client();
    create(OTHER_PROJECT, "view_customers:q");

    assertThat(apiClients.list(PROJECT)).containsExactly(first, second);
  }

  @Test
  void listOfAProjectWithoutClientsIsEmpty() {
    create("view_customers:p");

    assertThat(apiClients.list(OTHER_PROJECT)).isEmpty();
  }

  @Test
  void getReturnsTheClient() {
    ApiClient client = create("view_customers:p").client();

    assertThat(apiClients.get(PROJECT, client.id())).isEqualTo(client);
  }

  @Test
  void getOfAnUnknownIdIsNotFound() {
    ResourceNotFoundError error =
        expectError(404, ResourceNotFoundError.class, () -> apiClients.get(PROJECT, "x"));

    assertThat(error.message()).isEqualTo("The Resource with ID 'x' was not found.");
  }

  @Test
  void getOfAnotherProjectsClientIsNotFound() {
    ApiClient client = create(OTHER_PROJECT, "view_customers:q").client();

    ResourceNotFoundError error =
        expectError(404, ResourceNotFoundError.class, () -> apiClients.get(PROJECT, client.id()));

    assertThat(error.message())
        .isEqualTo("The Resource with ID '" + client.id() + "' was not found.");
  }

  // ---------------------------------------------------------------- delete

  @Test
  void deleteReturnsAndRemovesTheClient() {
    ApiClient client = create("view_customers:p").client();

    ApiClient deleted = apiClients.delete(PROJECT, client.id());

    assertThat(deleted).isEqualTo(client);
    assertThat(clients.findById(client.id())).isEmpty();
    expectError(404, ResourceNotFoundError.class, () -> apiClients.get(PROJECT, client.id()));
  }

  @Test
  void deleteOfAnUnknownIdIsNotFound() {
    ResourceNotFoundError error =
        expectError(404, ResourceNotFoundError.class, () -> apiClients.delete(PROJECT, "x"));

    assertThat(error.message()).isEqualTo("The Resource with ID 'x' was not found.");
  }

  @Test
  void deleteOfAnotherProjectsClientIsNotFoundAndKeepsIt() {
    ApiClient client = create(OTHER_PROJECT, "view_customers:q").client();

    expectError(404, ResourceNotFoundError.class, () -> apiClients.delete(PROJECT, client.id()));

    assertThat(clients.findById(client.id())).contains(client);
  }

  @Test
  void deleteRemovesTheClientsTokens() {
    ApiClient client = create("view_customers:p").client();
    tokens.insert(tokenOf(client, "one"));
    tokens.insert(tokenOf(client, "two"));

    apiClients.delete(PROJECT, client.id());

    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void deleteLeavesOtherClientsTokensAlone() {
    ApiClient deleted = create("view_customers:p").client();
    ApiClient kept = create("view_customers:p").client();
    OAuthToken keptToken = tokenOf(kept, "kept");
    tokens.insert(tokenOf(deleted, "deleted"));
    tokens.insert(keptToken);

    apiClients.delete(PROJECT, deleted.id());

    assertThat(tokens.all()).containsExactly(keptToken);
  }

  @Test
  void deleteRemovesTheTokensAndTheClientInOneTransaction() {
    List<Boolean> inTransaction = new ArrayList<>();
    OAuthTokenRepository recordingTokens =
        new ForwardingOAuthTokenRepository(tokens) {
          @Override
          public void deleteByClient(String clientId) {
            inTransaction.add(transactions.active());
            super.deleteByClient(clientId);
          }
        };
    ApiClients withRecording =
        new ApiClients(
            clients,
            recordingTokens,
            transactions,
            hasher,
            secretHasher,
            BCRYPT_CHECKS,
            ids,
            clock);
    ApiClient client = create("view_customers:p").client();

    withRecording.delete(PROJECT, client.id());

    assertThat(inTransaction).containsExactly(true);
  }

  // ---------------------------------------------------------------- bootstrap

  @Test
  void bootstrapCreatesAManageProjectClientWithTheGivenIdAndSecret() {
    IssuedApiClient issued = apiClients.bootstrap("default", "admin", "admin-secret").orElseThrow();

    assertThat(issued.client().id()).isEqualTo("admin");
    assertThat(issued.secret()).isEqualTo("admin-secret");
    assertThat(issued.client().projectKey()).isEqualTo("default");
    assertThat(issued.client().scopes()).containsExactly("manage_project:default");
    assertThat(clients.findById("admin")).contains(issued.client());
    assertThat(apiClients.authenticate("admin", "admin-secret")).isEqualTo(issued.client());
  }

  @Test
  void bootstrapWithoutIdAndSecretGeneratesThem() {
    IssuedApiClient issued = apiClients.bootstrap("default", null, null).orElseThrow();

    assertThat(issued.client().id()).hasSize(24);
    assertThat(issued.secret()).isNotBlank().isNotEqualTo(issued.client().id());
    assertThat(issued.client().scopes()).containsExactly("manage_project:default");
    assertThat(apiClients.authenticate(issued.client().id(), issued.secret()))
        .isEqualTo(issued.client());
  }

  @Test
  void aSecondBootstrapCreatesNothing() {
    apiClients.bootstrap("default", "admin", "admin-secret");

    assertThat(apiClients.bootstrap("default", "admin2", "other-secret")).isEmpty();
    assertThat(clients.findById("admin2")).isEmpty();
  }

  @Test
  void bootstrapCreatesNothingWhenAnyClientExistsInAnyProject() {
    create(OTHER_PROJECT, "view_customers:q");

    assertThat(apiClients.bootstrap("default", "admin", "admin-secret")).isEmpty();
    assertThat(apiClients.list("default")).isEmpty();
  }

  // ---------------------------------------------------------------- authenticate

  @Test
  void authenticateWithTheRightSecretReturnsTheClient() {
    IssuedApiClient issued = create("view_customers:p");

    assertThat(apiClients.authenticate(issued.client().id(), issued.secret()))
        .isEqualTo(issued.client());
  }

  @Test
  void authenticateWithAWrongSecretIsInvalidClient() {
    IssuedApiClient issued = create("view_customers:p");

    InvalidClientError error =
        expectError(
            401,
            InvalidClientError.class,
            () -> apiClients.authenticate(issued.client().id(), issued.secret() + "x"));

    assertThat(error.message()).isEqualTo(INVALID_CLIENT);
  }

  @Test
  void authenticateWithAnUnknownIdIsInvalidClient() {
    IssuedApiClient issued = create("view_customers:p");

    InvalidClientError error =
        expectError(
            401,
            InvalidClientError.class,
            () -> apiClients.authenticate("unknown", issued.secret()));

    assertThat(error.message()).isEqualTo(INVALID_CLIENT);
  }

  @Test
  void anUnknownClientIdCostsOneFastVerificationLikeAGeneratedSecretAndNoBcrypt() {
    create("view_customers:p");

    expectError(401, InvalidClientError.class, () -> apiClients.authenticate("unknown", "guess"));

    assertThat(secretHasher.verifications()).isEqualTo(1);
    assertThat(hasher.verifications()).isZero();
  }

  @Test
  void wrongGuessesAtAGeneratedSecretNeverRunBcryptAndAreNotThrottled() {
    IssuedApiClient issued = create("view_customers:p");

    for (int i = 0; i < 20; i++) {
      int guess = i;
      expectError(
          401,
          InvalidClientError.class,
          () -> apiClients.authenticate(issued.client().id(), "guess-" + guess));
    }

    assertThat(apiClients.authenticate(issued.client().id(), issued.secret()))
        .isEqualTo(issued.client());
    assertThat(hasher.verifications()).isZero();
  }

  @Test
  void aChosenBootstrapSecretIsKeptAsABcryptHash() {
    apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();

    assertThat(clients.findById("admin").orElseThrow().secretHash())
        .isEqualTo(hasher.hash("chosen-secret"));
  }

  @Test
  void aGeneratedBootstrapSecretGetsTheFastHash() {
    IssuedApiClient issued = apiClients.bootstrap(PROJECT, null, null).orElseThrow();

    assertThat(clients.findById(issued.client().id()).orElseThrow().secretHash())
        .isEqualTo(secretHasher.hash(issued.secret()));
  }

  @Test
  void aClientStoredWithABcryptHashBeforeFastHashesStillAuthenticates() {
    ApiClient older =
        new ApiClient(
            "older",
            PROJECT,
            "older client",
            hasher.hash("older-secret"),
            List.of("view_customers:p"),
            null,
            null,
            NOW);
    clients.insert(older);

    assertThat(apiClients.authenticate("older", "older-secret")).isEqualTo(older);
    assertThat(hasher.verifications()).isEqualTo(1);
  }

  @Test
  void wrongGuessesAtABcryptSecretRunBcryptOnlyAsOftenAsTheLimitAllowsThenAre429() {
    apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();
    for (int i = 0; i < 3; i++) {
      expectError(401, InvalidClientError.class, () -> apiClients.authenticate("admin", "guess"));
    }
    clock.advance(Duration.ofSeconds(4));

    OAuthTooManyRequestsError refused =
        expectError(
            429, OAuthTooManyRequestsError.class, () -> apiClients.authenticate("admin", "guess"));
    expectError(
        429,
        OAuthTooManyRequestsError.class,
        () -> apiClients.authenticate("admin", "chosen-secret"));

    assertThat(hasher.verifications()).isEqualTo(3);
    assertThat(refused.retryAfterSeconds()).isEqualTo(6);
    assertThat(refused.message())
        .isEqualTo("Too many failed authentication attempts. Try again in 6 seconds.");
  }

  @Test
  void aBcryptClientIsAdmittedAgainOnceItsWindowHasPassed() {
    apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();
    for (int i = 0; i < 3; i++) {
      expectError(401, InvalidClientError.class, () -> apiClients.authenticate("admin", "guess"));
    }

    clock.advance(Duration.ofSeconds(10));

    assertThat(apiClients.authenticate("admin", "chosen-secret").id()).isEqualTo("admin");
  }

  @Test
  void aSecretVerifiedBeforeStillAuthenticatesWhileGuessersAreRefused() {
    apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();
    apiClients.authenticate("admin", "chosen-secret");
    for (int i = 0; i < 3; i++) {
      expectError(401, InvalidClientError.class, () -> apiClients.authenticate("admin", "guess"));
    }
    expectError(
        429, OAuthTooManyRequestsError.class, () -> apiClients.authenticate("admin", "guess"));

    assertThat(apiClients.authenticate("admin", "chosen-secret").id()).isEqualTo("admin");
  }

  @Test
  void rightSecretsDoNotUseUpTheBcryptChecksOfAClient() {
    apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();
    for (int i = 0; i < 5; i++) {
      newServer().authenticate("admin", "chosen-secret");
    }
    ApiClients server = newServer();
    for (int i = 0; i < 3; i++) {
      server.authenticate("admin", "chosen-secret");
      expectError(401, InvalidClientError.class, () -> server.authenticate("admin", "guess"));
    }

    expectError(429, OAuthTooManyRequestsError.class, () -> server.authenticate("admin", "guess"));
  }

  /**
   * A pool of connections asking for tokens at once, with the right chosen secret: one bcrypt
   * check, whose answer the others wait for, instead of one each and 429 beyond the window's three.
   */
  @Test
  void concurrentRequestsWithTheRightSecretShareOneBcryptCheck() throws Exception {
    apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    hasher.beforeVerify =
        () -> {
          entered.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    int requests = 8;
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    try {
      List<Future<String>> answers = new ArrayList<>();
      answers.add(pool.submit(() -> apiClients.authenticate("admin", "chosen-secret").id()));
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 1; i < requests; i++) {
        answers.add(pool.submit(() -> apiClients.authenticate("admin", "chosen-secret").id()));
      }
      // The others are parked on the first check (or, without sharing, some are in the hasher
      // and the rest already refused).
      Thread.sleep(200);
      release.countDown();

      for (Future<String> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("admin");
      }
      assertThat(hasher.verifications()).isEqualTo(1);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void guessesAtOneBcryptClientDoNotHoldUpAnother() {
    apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();
    ApiClient older =
        new ApiClient(
            "older",
            PROJECT,
            "older client",
            hasher.hash("older-secret"),
            List.of("view_customers:p"),
            null,
            null,
            NOW);
    clients.insert(older);
    for (int i = 0; i < 3; i++) {
      expectError(401, InvalidClientError.class, () -> apiClients.authenticate("admin", "guess"));
    }
    expectError(
        429, OAuthTooManyRequestsError.class, () -> apiClients.authenticate("admin", "guess"));

    assertThat(apiClients.authenticate("older", "older-secret")).isEqualTo(older);
  }

  @Test
  void authenticateWithoutIdOrSecretIsInvalidClient() {
    IssuedApiClient issued = create("view_customers:p");

    expectError(
        401, InvalidClientError.class, () -> apiClients.authenticate(null, issued.secret()));
    expectError(
        401, InvalidClientError.class, () -> apiClients.authenticate(issued.client().id(), null));
    expectError(401, InvalidClientError.class, () -> apiClients.authenticate(null, null));
  }

  @Test
  void anotherClientsSecretDoesNotAuthenticate() {
    IssuedApiClient first = create("view_customers:p");
    IssuedApiClient second = create("view_customers:p");
    apiClients.authenticate(second.client().id(), second.secret());

    expectError(
        401,
        InvalidClientError.class,
        () -> apiClients.authenticate(first.client().id(), second.secret()));
  }

  @Test
  void aDeletedClientNoLongerAuthenticatesThoughItWasVerifiedBefore() {
    IssuedApiClient issued = create("view_customers:p");
    apiClients.authenticate(issued.client().id(), issued.secret());

    apiClients.delete(PROJECT, issued.client().id());

    expectError(
        401,
        InvalidClientError.class,
        () -> apiClients.authenticate(issued.client().id(), issued.secret()));
  }

  @Test
  void aClientDeletedByAnotherServerNoLongerAuthenticatesHere() {
    IssuedApiClient issued = create("view_customers:p");
    apiClients.authenticate(issued.client().id(), issued.secret());

    newServer().delete(PROJECT, issued.client().id());

    expectError(
        401,
        InvalidClientError.class,
        () -> apiClients.authenticate(issued.client().id(), issued.secret()));
  }

  @Test
  void aClientRecreatedWithTheSameIdDoesNotAcceptTheOldSecretVerifiedBefore() {
    apiClients.bootstrap(PROJECT, "admin", "old-secret").orElseThrow();
    apiClients.authenticate("admin", "old-secret");
    ApiClients otherServer = newServer();
    otherServer.delete(PROJECT, "admin");
    otherServer.bootstrap(PROJECT, "admin", "new-secret").orElseThrow();

    expectError(
        401, InvalidClientError.class, () -> apiClients.authenticate("admin", "old-secret"));
    assertThat(apiClients.authenticate("admin", "new-secret").id()).isEqualTo("admin");
  }

  @Test
  void repeatedAuthenticationWithTheSameSecretVerifiesTheHashOnlyOnce() {
    IssuedApiClient issued = apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();

    apiClients.authenticate(issued.client().id(), issued.secret());
    apiClients.authenticate(issued.client().id(), issued.secret());
    apiClients.authenticate(issued.client().id(), issued.secret());

    assertThat(hasher.verifications()).isEqualTo(1);
  }

  @Test
  void aDifferentSecretIsVerifiedAgainstTheHash() {
    IssuedApiClient issued = apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();
    apiClients.authenticate(issued.client().id(), issued.secret());

    expectError(
        401,
        InvalidClientError.class,
        () -> apiClients.authenticate(issued.client().id(), "wrong-secret"));

    assertThat(hasher.verifications()).isEqualTo(2);
  }

  @Test
  void aWrongSecretIsVerifiedAgainOnEveryAttemptWithinTheLimit() {
    IssuedApiClient issued = apiClients.bootstrap(PROJECT, "admin", "chosen-secret").orElseThrow();

    expectError(
        401,
        InvalidClientError.class,
        () -> apiClients.authenticate(issued.client().id(), "wrong"));
    expectError(
        401,
        InvalidClientError.class,
        () -> apiClients.authenticate(issued.client().id(), "wrong"));

    assertThat(hasher.verifications()).isEqualTo(2);
  }

  @Test
  void authenticationReturnsTheClientAsStoredNow() {
    IssuedApiClient issued = create("view_customers:p");
    Instant createdAt = issued.client().createdAt();

    ApiClient authenticated = apiClients.authenticate(issued.client().id(), issued.secret());

    assertThat(authenticated.createdAt()).isEqualTo(createdAt);
    assertThat(authenticated.scopes()).isEqualTo(List.of("view_customers:p"));
  }
}
