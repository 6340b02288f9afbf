package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.domain.auth.ApiClient;
import ctc.domain.auth.IssuedApiClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token endpoints over HTTP: every flow's success and error answers, exactly as contract §H
 * shapes them.
 */
class OAuthEndpointsTest {

  private static TestServer server;
  private String project;
  private IssuedApiClient admin;

  @BeforeAll
  static void startServer() {
    server = TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void newProject() {
    project = TestServer.newProject();
    admin = server.newClient(project, "manage_project:" + project);
  }

  private Reply token(IssuedApiClient client, String form) {
    return server.oauth("/oauth/token", client, form);
  }

  private static void assertOAuthError(Reply reply, int status, String code, String message) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    JsonNode body = reply.json();
    assertThat(body.get("statusCode").asInt()).isEqualTo(status);
    assertThat(body.get("error").asText()).isEqualTo(code);
    assertThat(body.get("errors").get(0).get("code").asText()).isEqualTo(code);
    if (message != null) {
      assertThat(body.get("message").asText()).isEqualTo(message);
      assertThat(body.get("error_description").asText()).isEqualTo(message);
    }
  }

  private String customerWithPassword(String password) {
    String email = Customers.uniqueEmail();
    Customers.create(
        server, project, "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
    return email;
  }

  @Test
  void clientCredentialsGrantsTheClientsScopesForFortyEightHours() {
    Reply reply = token(admin, "grant_type=client_credentials");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("access_token").asText()).matches("[0-9a-f]{11}[A-Za-z0-9_-]{43}");
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asLong()).isEqualTo(172_800);
    assertThat(body.get("scope").asText()).isEqualTo("manage_project:" + project);
    assertThat(body.has("refresh_token")).isFalse();
    assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(
            server
                .send(
                    "GET",
                    "/" + project + "/customers",
                    null,
                    "Authorization",
                    "Bearer " + body.get("access_token").asText())
                .status())
        .isEqualTo(200);
  }

  @Test
  void aRequestedSubsetOfScopesIsGrantedAndNoMore() {
    Reply reply = token(admin, "grant_type=client_credentials&scope=view_customers:" + project);
    String view = reply.json().get("access_token").asText();

    assertThat(reply.json().get("scope").asText()).isEqualTo("view_customers:" + project);
    assertThat(
            server
                .send("GET", "/" + project + "/customers", null, "Authorization", "Bearer " + view)
                .status())
        .isEqualTo(200);
    assertThat(
            server
                .send(
                    "POST",
                    "/" + project + "/customers",
                    Customers.draft(),
                    "Authorization",
                    "Bearer " + view)
                .status())
        .isEqualTo(403);
  }

  @Test
  void requestingMoreThanTheClientHasIsInvalidScope() {
    IssuedApiClient viewer = server.newClient(project, "view_customers:" + project);

    assertOAuthError(
        token(viewer, "grant_type=client_credentials&scope=manage_customers:" + project),
        400,
        "invalid_scope",
        "Malformed parameter: scope: Invalid scope.");
    assertOAuthError(
        token(admin, "grant_type=client_credentials&scope=customer_id:abc"),
        400,
        "invalid_scope",
        null);
    assertOAuthError(
        token(admin, "grant_type=client_credentials&scope=manage_project:elsewhere"),
        400,
        "invalid_scope",
        null);
  }

  @Test
  void badOrMissingClientCredentialsAreInvalidClient() {
    String message = "Please provide valid client credentials using HTTP Basic Authentication.";
    IssuedApiClient wrongSecret = new IssuedApiClient(admin.client(), "wrong");

    assertOAuthError(
        token(wrongSecret, "grant_type=client_credentials"), 401, "invalid_client", message);
    Reply noBasic =
        server.sendWithoutToken("POST", "/oauth/token", "grant_type=client_credentials");
    assertOAuthError(noBasic, 401, "invalid_client", message);
  }

  @Test
  void refusedClientsAreAnsweredOnlyAfterTheDelayAndWaitSideBySide() throws Exception {
    IssuedApiClient wrongSecret = new IssuedApiClient(admin.client(), "wrong");
    long delay = OAuthRoutes.REFUSED_CLIENT_DELAY.toMillis();
    ExecutorService pool = Executors.newFixedThreadPool(40);
    try {
      long start = System.nanoTime();
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        replies.add(pool.submit(() -> token(wrongSecret, "grant_type=client_credentials")));
      }
      for (Future<Reply> reply : replies) {
        assertOAuthError(reply.get(), 401, "invalid_client", null);
      }
      long elapsed = (System.nanoTime() - start) / 1_000_000;

      assertThat(elapsed).isGreaterThanOrEqualTo(delay);
      // Forty waits one after the other would take ten seconds: the waits overlap.
      assertThat(elapsed).isLessThan(40 * delay / 2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void grantTypeIsRequiredAndMustBeKnown() {
    assertOAuthError(
        token(admin, "scope=view_customers:" + project),
        400,
        "invalid_request",
        "Missing required parameter: grant_type.");
    assertOAuthError(
        token(admin, "grant_type=magic"),
        400,
        "unsupported_grant_type",
        "Invalid parameter: grant_type: Invalid grant type: magic");
  }

  @Test
  void parametersMayAlsoComeInTheQueryString() {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (admin.client().id() + ":" + admin.secret()).getBytes(StandardCharsets.UTF_8));

    HttpResponse<byte[]> response =
        server.raw(
            HttpRequest.newBuilder(
                    URI.create(server.base() + "/oauth/token?grant_type=client_credentials"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void passwordFlowGrantsACustomerTokenWithARefreshToken() {
    String email = customerWithPassword("pw-1");
    IssuedApiClient app = server.newClient(project, "manage_my_profile:" + project);

    Reply reply =
        server.oauth(
            "/oauth/" + project + "/customers/token",
            app,
            "grant_type=password&username=" + email.toUpperCase() + "&password=pw-1");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    String customerId =
        server
            .post(
                "/" + project + "/login", "{\"email\": \"" + email + "\", \"password\": \"pw-1\"}")
            .json()
            .get("customer")
            .get("id")
            .asText();
    assertThat(reply.json().get("scope").asText())
        .isEqualTo("manage_my_profile:" + project + " customer_id:" + customerId);
    assertThat(reply.json().get("refresh_token").asText()).startsWith(project + ":");
  }

  @Test
  void passwordFlowWithWrongCredentialsIsInvalidCustomerAccountCredentials() {
    String email = customerWithPassword("pw-1");

    assertOAuthError(
        server.oauth(
            "/oauth/" + project + "/customers/token",
            admin,
            "grant_type=password&username=" + email + "&password=nope"),
        400,
        "invalid_customer_account_credentials",
        "Customer account with the given credentials not found.");
    assertOAuthError(
        server.oauth(
            "/oauth/" + project + "/customers/token",
            admin,
            "grant_type=password&username=" + email + "&password="),
        400,
        "invalid_request",
        "Invalid parameter: password: Must not be empty.");
  }

  @Test
  void passwordFlowIsForGlobalCustomersAndTheInStoreFlowForTheStoresOwn() {
    String storeEmail = Customers.uniqueEmail();
    Customers.store(server, project, "berlin");
    Customers.store(server, project, "paris");
    Customers.create(
        server,
        project,
        "{\"email\": \""
            + storeEmail
            + "\", \"password\": \"pw\", \"stores\": [{\"key\": \"berlin\"}]}");

    assertOAuthError(
        server.oauth(
            "/oauth/" + project + "/customers/token",
            admin,
            "grant_type=password&username=" + storeEmail + "&password=pw"),
        400,
        "invalid_customer_account_credentials",
        null);
    assertThat(
            server
                .oauth(
                    "/oauth/" + project + "/in-store/key=berlin/customers/token",
                    admin,
                    "grant_type=password&username=" + storeEmail + "&password=pw")
                .status())
        .isEqualTo(200);
    assertOAuthError(
        server.oauth(
            "/oauth/" + project + "/in-store/key=paris/customers/token",
            admin,
            "grant_type=password&username=" + storeEmail + "&password=pw"),
        400,
        "invalid_customer_account_credentials",
        null);
  }

  @Test
  void aClientCannotGetTokensForAnotherProject() {
    String email = customerWithPassword("pw");

    assertOAuthError(
        server.oauth(
            "/oauth/" + TestServer.newProject() + "/customers/token",
            admin,
            "grant_type=password&username=" + email + "&password=pw"),
        401,
        "invalid_client",
        null);
  }

  @Test
  void refreshTokenMintsANewAccessTokenWithTheSameScope() {
    String email = customerWithPassword("pw");
    Reply first =
        server.oauth(
            "/oauth/" + project + "/customers/token",
            admin,
            "grant_type=password&username=" + email + "&password=pw");

    Reply refreshed =
        token(
            admin,
            "grant_type=refresh_token&refresh_token=" + first.json().get("refresh_token").asText());

    assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
    assertThat(refreshed.json().get("scope")).isEqualTo(first.json().get("scope"));
    assertThat(refreshed.json().get("access_token")).isNotEqualTo(first.json().get("access_token"));
    assertThat(refreshed.json().has("refresh_token")).isFalse();
    assertOAuthError(
        token(admin, "grant_type=refresh_token&refresh_token=" + project + ":unknown"),
        400,
        "invalid_grant",
        "The refresh token was not found. It may have expired.");
  }

  @Test
  void anonymousSessionsNeedTheScopeAndGetAnAnonymousId() {
    IssuedApiClient shop =
        server.newClient(
            project, "create_anonymous_token:" + project + " manage_my_profile:" + project);
    IssuedApiClient plain = server.newClient(project, "manage_my_profile:" + project);

    Reply given =
        server.oauth(
            "/oauth/" + project + "/anonymous/token",
            shop,
            "grant_type=client_credentials&anonymous_id=visitor-1");
    Reply generated =
        server.oauth(
            "/oauth/" + project + "/anonymous/token", shop, "grant_type=client_credentials");
    Reply reused =
        server.oauth(
            "/oauth/" + project + "/anonymous/token",
            shop,
            "grant_type=client_credentials&anonymous_id=visitor-1");
    Reply withoutScope =
        server.oauth(
            "/oauth/" + project + "/anonymous/token", plain, "grant_type=client_credentials");

    assertThat(given.json().get("scope").asText()).endsWith(" anonymous_id:visitor-1");
    assertThat(given.json().has("refresh_token")).isTrue();
    assertThat(generated.json().get("scope").asText())
        .containsPattern("anonymous_id:[0-9a-f-]{36}$");
    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.code()).isEqualTo("AnonymousIdAlreadyInUse");
    assertOAuthError(withoutScope, 403, "insufficient_scope", null);
  }

  @Test
  void introspectionTellsActiveTokensWithExpiryInMilliseconds() {
    String access =
        token(admin, "grant_type=client_credentials").json().get("access_token").asText();

    JsonNode active = server.oauth("/oauth/introspect", admin, "token=" + access).json();
    JsonNode inactive = server.oauth("/oauth/introspect", admin, "token=nothing").json();

    assertThat(active.get("active").asBoolean()).isTrue();
    assertThat(active.get("scope").asText()).isEqualTo("manage_project:" + project);
    assertThat(active.get("client_id").asText()).isEqualTo(admin.client().id());
    assertThat(active.get("exp").asLong()).isGreaterThan(System.currentTimeMillis() + 170_000_000L);
    assertThat(active.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(inactive.get("active").asBoolean()).isFalse();
    assertThat(inactive.has("scope")).isFalse();
    assertThat(inactive.has("token_type")).isFalse();
  }

  @Test
  void introspectionReportsARefreshTokenAsInactiveSinceItIsNoBearerToken() {
    IssuedApiClient app =
        server.newClient(
            project, "manage_my_profile:" + project + " create_anonymous_token:" + project);
    String refresh =
        server
            .oauth("/oauth/" + project + "/anonymous/token", app, "grant_type=client_credentials")
            .json()
            .get("refresh_token")
            .asText();

    Reply reply = server.oauth("/oauth/introspect", app, "token=" + refresh);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"active\":false}");
    assertThat(token(app, "grant_type=refresh_token&refresh_token=" + refresh).status())
        .isEqualTo(200);
  }

  @Test
  void revocationEndsATokenAndAnswersEmpty() {
    String access =
        token(admin, "grant_type=client_credentials").json().get("access_token").asText();

    Reply revoked =
        server.oauth(
            "/oauth/token/revoke", admin, "token=" + access + "&token_type_hint=access_token");
    Reply unknown = server.oauth("/oauth/token/revoke", admin, "token=never-issued");

    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.body()).isEmpty();
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(
            server
                .send(
                    "GET", "/" + project + "/customers", null, "Authorization", "Bearer " + access)
                .status())
        .isEqualTo(401);
  }

  @Test
  void aPasswordChangeEndsTheCustomersTokens() {
    String email = customerWithPassword("old-pw");
    String id =
        server
            .post(
                "/" + project + "/login",
                "{\"email\": \"" + email + "\", \"password\": \"old-pw\"}")
            .json()
            .get("customer")
            .get("id")
            .asText();
    IssuedApiClient app = server.newClient(project, "manage_project:" + project);
    Reply session =
        server.oauth(
            "/oauth/" + project + "/customers/token",
            app,
            "grant_type=password&username=" + email + "&password=old-pw");
    String access = session.json().get("access_token").asText();
    String refresh = session.json().get("refresh_token").asText();
    assertThat(
            server
                .send(
                    "GET", "/" + project + "/customers", null, "Authorization", "Bearer " + access)
                .status())
        .isEqualTo(200);

    server.post(
        "/" + project + "/customers/password",
        "{\"id\": \""
            + id
            + "\", \"version\": 1, \"currentPassword\": \"old-pw\", \"newPassword\": \"new-pw\"}");

    assertThat(
            server
                .send(
                    "GET", "/" + project + "/customers", null, "Authorization", "Bearer " + access)
                .status())
        .isEqualTo(401);
    assertOAuthError(
        token(app, "grant_type=refresh_token&refresh_token=" + refresh),
        400,
        "invalid_grant",
        null);
  }

  @Test
  void writesRecordTheActingClientAndCustomer() {
    Reply created = server.post("/" + project + "/customers", Customers.draft());
    JsonNode customer = created.json().get("customer");

    assertThat(customer.get("createdBy").get("isPlatformClient").asBoolean()).isFalse();
    assertThat(customer.get("createdBy").get("clientId").asText()).isNotBlank();
    assertThat(customer.get("lastModifiedBy")).isEqualTo(customer.get("createdBy"));

    String email = customerWithPassword("pw");
    IssuedApiClient app = server.newClient(project, "manage_project:" + project);
    String access =
        server
            .oauth(
                "/oauth/" + project + "/customers/token",
                app,
                "grant_type=password&username=" + email + "&password=pw")
            .json()
            .get("access_token")
            .asText();
    Reply updated =
        server.send(
            "POST",
            "/" + project + "/customers/" + customer.get("id").asText(),
            Customers.update(1, "{\"action\": \"setFirstName\", \"firstName\": \"Z\"}"),
            "Authorization",
            "Bearer " + access);
    JsonNode by = updated.json().get("lastModifiedBy");
    assertThat(by.get("clientId").asText()).isEqualTo(app.client().id());
    assertThat(by.get("customer").get("typeId").asText()).isEqualTo("customer");
    assertThat(updated.json().get("createdBy")).isEqualTo(customer.get("createdBy"));
  }

  @Test
  void apiClientsAreCreatedListedAndDeletedAndTheSecretIsShownOnce() {
    Reply created =
        server.post(
            "/" + project + "/api-clients",
            "{\"name\": \"storefront\", \"scope\": "
                + "\"view_customers:"
                + project
                + " manage_my_profile:"
                + project
                + "\", \"accessTokenValiditySeconds\": 60}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    String secret = created.json().get("secret").asText();
    assertThat(secret).isNotBlank();
    assertThat(created.json().get("scope").asText())
        .isEqualTo("view_customers:" + project + " manage_my_profile:" + project);
    JsonNode fetched = server.get("/" + project + "/api-clients/" + id).json();
    assertThat(fetched.has("secret")).isFalse();
    List<String> listed =
        server.get("/" + project + "/api-clients").json().get("results").findValuesAsText("id");
    assertThat(listed).contains(id);

    IssuedApiClient storefront =
        new IssuedApiClient(
            new ApiClient(id, project, "storefront", "", List.of(), null, null, null), secret);
    Reply tokenReply = token(storefront, "grant_type=client_credentials");
    assertThat(tokenReply.json().get("expires_in").asLong()).isEqualTo(60);
    String access = tokenReply.json().get("access_token").asText();

    assertThat(server.delete("/" + project + "/api-clients/" + id).status()).isEqualTo(200);
    assertThat(server.get("/" + project + "/api-clients/" + id).status()).isEqualTo(404);
    assertOAuthError(
        token(storefront, "grant_type=client_credentials"), 401, "invalid_client", null);
    assertThat(
            server
                .send(
                    "GET", "/" + project + "/customers", null, "Authorization", "Bearer " + access)
                .status())
        .isEqualTo(401);
  }

  @Test
  void aClientGetsOnlyScopesOfItsOwnProject() {
    Reply reply =
        server.post(
            "/" + project + "/api-clients",
            "{\"name\": \"x\", \"scope\": \"manage_project:someone-else\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("InvalidInput");
  }
}
