package ctc.app.http;

import static ctc.app.http.Customers.create;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.app.Throttling;
import ctc.domain.auth.IssuedApiClient;
import ctc.domain.common.AttemptLimiter.Limit;
import ctc.domain.common.MutableClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing over real HTTP, with small limits and a clock the tests move: passwords at every sign-in
 * (per account, per API client) and chosen client secrets, answered 429 with Retry-After before any
 * bcrypt work.
 */
class ThrottlingTest {

  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
  private static final String ADMIN_SECRET = "a-chosen-admin-secret";
  private static TestServer server;
  private String project;
  private String email;
  private String customerId;

  @BeforeAll
  static void startServer() {
    server =
        TestServer.start(
            CLOCK,
            new Throttling(
                new Limit(3, Duration.ofMinutes(1)),
                new Limit(5, Duration.ofMinutes(1)),
                new Limit(2, Duration.ofSeconds(10))));
    // Before any other client exists: the bootstrap client with a chosen secret, kept as a bcrypt
    // hash.
    server.wiring().apiClients().bootstrap("default", "admin", ADMIN_SECRET).orElseThrow();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void aCustomer() {
    CLOCK.advance(Duration.ofMinutes(2));
    project = TestServer.newProject();
    email = Customers.uniqueEmail();
    customerId =
        create(
                server,
                project,
                """
        {"email": "%s", "password": "right-password"}"""
                    .formatted(email))
            .get("id")
            .asText();
  }

  private Reply signIn(String path, String mail, String password) {
    return server.post(
        "/" + project + path,
        """
        {"email": "%s", "password": "%s"}"""
            .formatted(mail, password));
  }

  private Reply passwordFlow(IssuedApiClient client, String mail, String password) {
    return server.oauth(
        "/oauth/" + project + "/customers/token",
        client,
        "grant_type=password&username=" + mail + "&password=" + password);
  }

  private static Reply clientCredentials(String id, String secret) {
    String basic =
        Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> response =
        server.raw(
            HttpRequest.newBuilder(URI.create(server.base() + "/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    return new Reply(
        response.statusCode(),
        response.headers(),
        new String(response.body(), StandardCharsets.UTF_8));
  }

  private static void assertThrottled(Reply reply, String code, long retryAfter) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(429);
    assertThat(reply.headers().firstValue("Retry-After")).contains(Long.toString(retryAfter));
    JsonNode body = reply.json();
    assertThat(body.get("statusCode").asInt()).isEqualTo(429);
    assertThat(reply.code()).isEqualTo(code);
    assertThat(body.get("message").asText()).endsWith("Try again in " + retryAfter + " seconds.");
    assertThat(body.get("errors").get(0).get("message").asText())
        .isEqualTo(body.get("message").asText());
  }

  @Test
  void anAccountOutOfAttemptsIs429WithRetryAfterEvenForTheRightPasswordUntilTheWindowEnds() {
    for (int i = 0; i < 3; i++) {
      assertThat(signIn("/login", email, "wrong").code()).isEqualTo("InvalidCredentials");
    }
    CLOCK.advance(Duration.ofSeconds(15));

    Reply refused = signIn("/login", email, "right-password");

    assertThrottled(refused, "TooManyRequests", 45);
    assertThat(refused.json().has("error")).isFalse();
    CLOCK.advance(Duration.ofSeconds(45));
    Reply admitted = signIn("/login", email, "right-password");
    assertThat(admitted.status()).as(admitted.body()).isEqualTo(200);
    assertThat(admitted.json().get("customer").get("id").asText()).isEqualTo(customerId);
  }

  @Test
  void loginMeLoginTheInStoreFormAndThePasswordFlowCountAgainstTheSameAccount() {
    Customers.store(server, project, "berlin");
    IssuedApiClient app = server.newClient(project, "manage_my_profile:" + project);

    assertThat(signIn("/login", email, "wrong").status()).isEqualTo(400);
    assertThat(signIn("/me/login", email.toUpperCase(), "wrong").status()).isEqualTo(400);
    assertThat(signIn("/in-store/key=berlin/login", email, "wrong").status()).isEqualTo(400);

    assertThrottled(signIn("/me/login", email, "right-password"), "TooManyRequests", 60);
    Reply oauth = passwordFlow(app, email, "right-password");
    assertThrottled(oauth, "too_many_requests", 60);
    assertThat(oauth.json().get("error").asText()).isEqualTo("too_many_requests");
    assertThat(oauth.json().get("error_description").asText()).isEqualTo(oauth.message());
  }

  @Test
  void wrongCurrentPasswordsAtBothPasswordChangeEndpointsAreThrottledPerCustomer() {
    IssuedApiClient app = server.newClient(project, "manage_my_profile:" + project);
    String customerToken =
        passwordFlow(app, email, "right-password").json().get("access_token").asText();
    String change =
        """
        {"id": "%s", "version": 1, "currentPassword": "wrong", "newPassword": "new-password"}"""
            .formatted(customerId);

    assertThat(server.post("/" + project + "/customers/password", change).code())
        .isEqualTo("InvalidCurrentPassword");
    assertThat(server.post("/" + project + "/customers/password", change).code())
        .isEqualTo("InvalidCurrentPassword");
    Reply mine =
        server.send(
            "POST",
            "/" + project + "/me/password",
            """
        {"version": 1, "currentPassword": "wrong", "newPassword": "new-password"}""",
            "Authorization",
            "Bearer " + customerToken);
    assertThat(mine.code()).as(mine.body()).isEqualTo("InvalidCurrentPassword");

    assertThrottled(
        server.post(
            "/" + project + "/customers/password",
            change.replace("\"wrong\"", "\"right-password\"")),
        "TooManyRequests",
        60);
    assertThat(server.get("/" + project + "/customers/" + customerId).json().get("version").asInt())
        .isEqualTo(1);
    assertThat(signIn("/login", email, "right-password").status()).isEqualTo(200);
  }

  @Test
  void thePasswordFlowIsThrottledInTheOAuthFormAndAdmitsAgainAfterTheWindow() {
    IssuedApiClient app = server.newClient(project, "manage_my_profile:" + project);
    for (int i = 0; i < 3; i++) {
      assertThat(passwordFlow(app, email, "wrong").code())
          .isEqualTo("invalid_customer_account_credentials");
    }

    assertThrottled(passwordFlow(app, email, "right-password"), "too_many_requests", 60);
    CLOCK.advance(Duration.ofMinutes(1));
    assertThat(passwordFlow(app, email, "right-password").status()).isEqualTo(200);
  }

  @Test
  void aClientGuessingAcrossAccountsIsRefusedWhileAnotherClientSignsInThoseAccounts() {
    IssuedApiClient guesser = server.newClient(project, "manage_my_profile:" + project);
    IssuedApiClient storefront = server.newClient(project, "manage_my_profile:" + project);
    for (int i = 0; i < 5; i++) {
      assertThat(passwordFlow(guesser, "user" + i + "@example.com", "wrong").status())
          .isEqualTo(400);
    }

    assertThrottled(passwordFlow(guesser, email, "right-password"), "too_many_requests", 60);
    assertThat(passwordFlow(storefront, email, "right-password").status()).isEqualTo(200);
  }

  @Test
  void concurrentGuessesAtOneAccountGetExactlyTheAllowedNumberOfPasswordChecks()
      throws InterruptedException {
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 12; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 2; i++) {
                  statuses.merge(signIn("/login", email, "wrong").status(), 1, Integer::sum);
                }
              });
      threads.add(thread);
      thread.start();
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(statuses).isEqualTo(Map.of(400, 3, 429, 21));
  }

  @Test
  void wrongGuessesAtAChosenSecretCauseAtMostTheAllowedBcryptChecksThen429() {
    assertThat(clientCredentials("admin", "guess-1").code()).isEqualTo("invalid_client");
    assertThat(clientCredentials("admin", "guess-2").code()).isEqualTo("invalid_client");

    assertThrottled(clientCredentials("admin", "guess-3"), "too_many_requests", 10);
    assertThrottled(clientCredentials("admin", ADMIN_SECRET), "too_many_requests", 10);
    CLOCK.advance(Duration.ofSeconds(10));
    assertThat(clientCredentials("admin", ADMIN_SECRET).status()).isEqualTo(200);
    assertThat(clientCredentials("admin", "guess-4").code()).isEqualTo("invalid_client");
    assertThat(clientCredentials("admin", "guess-5").code()).isEqualTo("invalid_client");
    assertThat(clientCredentials("admin", "guess-6").status()).isEqualTo(429);
    assertThat(clientCredentials("admin", ADMIN_SECRET).status())
        .as("a secret verified before is not held up by the guessers")
        .isEqualTo(200);
  }

  @Test
  void wrongGuessesAtAGeneratedSecretAreInvalidClientEveryTimeAndDoNotLockTheClientOut() {
    IssuedApiClient generated = server.newClient(project, "view_customers:" + project);
    for (int i = 0; i < 20; i++) {
      assertThat(clientCredentials(generated.client().id(), "guess-" + i).code())
          .isEqualTo("invalid_client");
    }
    assertThat(clientCredentials("nobody", "guess").code()).isEqualTo("invalid_client");

    assertThat(clientCredentials(generated.client().id(), generated.secret()).status())
        .isEqualTo(200);
  }
}
