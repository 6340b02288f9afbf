package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.domain.auth.ApiClientDraft;
import ctc.domain.auth.IssuedApiClient;
import ctc.domain.common.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every kind of token: status and error code of each cell. An allowed cell
 * must give the endpoint's own success status, so the check proves the request really ran.
 */
class AuthorizationMatrixTest {

  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private static TestServer server;
  private static final String PROJECT = TestServer.newProject();
  private static final Map<Kind, String> TOKENS = new EnumMap<>(Kind.class);

  /** What a token may do on this project's (non-store) paths. */
  enum Grants {
    NOTHING_401,
    NOTHING_403,
    VIEW,
    MANAGE,
    API_CLIENTS,
    EVERYTHING
  }

  enum Kind {
    NONE(Grants.NOTHING_401),
    GARBAGE(Grants.NOTHING_401),
    EXPIRED(Grants.NOTHING_401),
    REVOKED(Grants.NOTHING_401),
    OTHER_PROJECT(Grants.NOTHING_403),
    VIEW_CUSTOMERS(Grants.VIEW),
    MANAGE_CUSTOMERS(Grants.MANAGE),
    MANAGE_PROJECT(Grants.EVERYTHING),
    STORE_SCOPED_SAME_STORE(Grants.NOTHING_403),
    STORE_SCOPED_OTHER_STORE(Grants.NOTHING_403),
    CUSTOMER(Grants.NOTHING_403),
    ANONYMOUS(Grants.NOTHING_403),
    MANAGE_API_CLIENTS(Grants.API_CLIENTS);

    final Grants grants;

    Kind(Grants grants) {
      this.grants = grants;
    }
  }

  /**
   * One endpoint: what it needs, and how to call it so that an allowed call succeeds with {@code
   * success}.
   */
  record Endpoint(String name, Grants needs, int success, Function<String, Reply> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void startServerAndGetTokens() {
    server = TestServer.start(CLOCK);
    TOKENS.put(Kind.GARBAGE, "not-a-token");
    TOKENS.put(Kind.OTHER_PROJECT, otherProjectToken());
    TOKENS.put(Kind.VIEW_CUSTOMERS, server.token(PROJECT, "view_customers:" + PROJECT));
    TOKENS.put(Kind.MANAGE_CUSTOMERS, server.token(PROJECT, "manage_customers:" + PROJECT));
    TOKENS.put(Kind.MANAGE_PROJECT, server.token(PROJECT, "manage_project:" + PROJECT));
    TOKENS.put(
        Kind.STORE_SCOPED_SAME_STORE,
        server.token(PROJECT, "manage_customers:" + PROJECT + ":berlin"));
    TOKENS.put(
        Kind.STORE_SCOPED_OTHER_STORE,
        server.token(PROJECT, "manage_customers:" + PROJECT + ":paris"));
    TOKENS.put(Kind.MANAGE_API_CLIENTS, server.token(PROJECT, "manage_api_clients:" + PROJECT));
    TOKENS.put(Kind.CUSTOMER, customerToken());
    TOKENS.put(Kind.ANONYMOUS, anonymousToken());
    TOKENS.put(Kind.REVOKED, revokedToken());
    TOKENS.put(Kind.EXPIRED, expiredToken());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static String otherProjectToken() {
    String other = TestServer.newProject();
    return server.token(other, "manage_project:" + other);
  }

  private static String customerToken() {
    IssuedApiClient client = server.newClient(PROJECT, "manage_my_profile:" + PROJECT);
    String email = Customers.uniqueEmail();
    Customers.create(server, PROJECT, Customers.draft(email));
    return server
        .oauth(
            "/oauth/" + PROJECT + "/customers/token",
            client,
            "grant_type=password&username=" + email + "&password=secret123")
        .json()
        .get("access_token")
        .asText();
  }

  private static String anonymousToken() {
    IssuedApiClient client =
        server.newClient(
            PROJECT, "create_anonymous_token:" + PROJECT + " manage_my_profile:" + PROJECT);
    return server
        .oauth("/oauth/" + PROJECT + "/anonymous/token", client, "grant_type=client_credentials")
        .json()
        .get("access_token")
        .asText();
  }

  private static String revokedToken() {
    IssuedApiClient client = server.newClient(PROJECT, "manage_project:" + PROJECT);
    String token =
        server
            .oauth("/oauth/token", client, "grant_type=client_credentials")
            .json()
            .get("access_token")
            .asText();
    assertThat(server.oauth("/oauth/token/revoke", client, "token=" + token).status())
        .isEqualTo(200);
    return token;
  }

  /** Taken last: moving the clock past its one-second life leaves the 48-hour tokens valid. */
  private static String expiredToken() {
    IssuedApiClient client =
        server
            .wiring()
            .apiClients()
            .create(
                PROJECT, new ApiClientDraft("short-lived", "manage_project:" + PROJECT, 1, null));
    String token =
        server
            .oauth("/oauth/token", client, "grant_type=client_credentials")
            .json()
            .get("access_token")
            .asText();
    CLOCK.advance(Duration.ofSeconds(2));
    return token;
  }

  static List<Endpoint> endpoints() {
    String c = "/" + PROJECT + "/customers";
    return List.of(
        new Endpoint("GET /customers", Grants.VIEW, 200, auth -> send("GET", c, null, auth)),
        new Endpoint("HEAD /customers", Grants.VIEW, 200, auth -> send("HEAD", c, null, auth)),
        new Endpoint(
            "POST /customers",
            Grants.MANAGE,
            201,
            auth -> send("POST", c, Customers.draft(), auth)),
        new Endpoint(
            "GET /customers/{id}",
            Grants.VIEW,
            200,
            auth -> send("GET", c + "/" + id(), null, auth)),
        new Endpoint(
            "HEAD /customers/{id}",
            Grants.VIEW,
            200,
            auth -> send("HEAD", c + "/" + id(), null, auth)),
        new Endpoint(
            "POST /customers/{id}",
            Grants.MANAGE,
            200,
            auth -> send("POST", c + "/" + id(), Customers.update(1), auth)),
        new Endpoint(
            "DELETE /customers/{id}",
            Grants.MANAGE,
            200,
            auth -> send("DELETE", c + "/" + id() + "?version=1", null, auth)),
        new Endpoint(
            "GET /customers/key={key}",
            Grants.VIEW,
            200,
            auth -> send("GET", c + "/key=" + key(), null, auth)),
        new Endpoint(
            "HEAD /customers/key={key}",
            Grants.VIEW,
            200,
            auth -> send("HEAD", c + "/key=" + key(), null, auth)),
        new Endpoint(
            "POST /customers/key={key}",
            Grants.MANAGE,
            200,
            auth -> send("POST", c + "/key=" + key(), Customers.update(1), auth)),
        new Endpoint(
            "DELETE /customers/key={key}",
            Grants.MANAGE,
            200,
            auth -> send("DELETE", c + "/key=" + key() + "?version=1", null, auth)),
        new Endpoint(
            "POST /login",
            Grants.MANAGE,
            200,
            auth ->
                send(
                    "POST",
                    "/" + PROJECT + "/login",
                    "{\"email\": \"" + email() + "\", \"password\": \"secret123\"}",
                    auth)),
        new Endpoint(
            "POST /customers/password",
            Grants.MANAGE,
            200,
            auth ->
                send(
                    "POST",
                    c + "/password",
                    "{\"id\": \""
                        + id()
                        + "\", \"version\": 1, \"currentPassword\": \"secret123\", \"newPassword\": \"x\"}",
                    auth)),
        new Endpoint(
            "POST /customers/password-token",
            Grants.MANAGE,
            200,
            auth -> send("POST", c + "/password-token", "{\"email\": \"" + email() + "\"}", auth)),
        new Endpoint(
            "GET /customers/password-token={token}",
            Grants.VIEW,
            200,
            auth -> send("GET", c + "/password-token=" + passwordToken(), null, auth)),
        new Endpoint(
            "POST /customers/password/reset",
            Grants.MANAGE,
            200,
            auth ->
                send(
                    "POST",
                    c + "/password/reset",
                    "{\"tokenValue\": \"" + passwordToken() + "\", \"newPassword\": \"y\"}",
                    auth)),
        new Endpoint(
            "POST /customers/email-token",
            Grants.MANAGE,
            200,
            auth ->
                send(
                    "POST",
                    c + "/email-token",
                    "{\"id\": \"" + id() + "\", \"ttlMinutes\": 10}",
                    auth)),
        new Endpoint(
            "GET /customers/email-token={token}",
            Grants.VIEW,
            200,
            auth -> send("GET", c + "/email-token=" + emailToken(), null, auth)),
        new Endpoint(
            "POST /customers/email/confirm",
            Grants.MANAGE,
            200,
            auth ->
                send(
                    "POST",
                    c + "/email/confirm",
                    "{\"tokenValue\": \"" + emailToken() + "\"}",
                    auth)),
        new Endpoint(
            "GET /api-clients",
            Grants.API_CLIENTS,
            200,
            auth -> send("GET", "/" + PROJECT + "/api-clients", null, auth)),
        new Endpoint(
            "POST /api-clients",
            Grants.API_CLIENTS,
            201,
            auth ->
                send(
                    "POST",
                    "/" + PROJECT + "/api-clients",
                    "{\"name\": \"matrix\", \"scope\": \"view_customers:" + PROJECT + "\"}",
                    auth)),
        new Endpoint(
            "GET /api-clients/{id}",
            Grants.API_CLIENTS,
            200,
            auth -> send("GET", "/" + PROJECT + "/api-clients/" + apiClientId(), null, auth)),
        new Endpoint(
            "DELETE /api-clients/{id}",
            Grants.API_CLIENTS,
            200,
            auth -> send("DELETE", "/" + PROJECT + "/api-clients/" + apiClientId(), null, auth)));
  }

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Kind kind : Kind.values()) {
        cells.add(Arguments.of(endpoint, kind));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("cells")
  void eachEndpointAnswersEachKindOfToken(Endpoint endpoint, Kind kind) {
    Reply reply = endpoint.call().apply(TOKENS.get(kind));

    switch (expected(endpoint, kind)) {
      case 401 -> {
        assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        assertAuthError(endpoint, reply, "invalid_token");
      }
      case 403 -> {
        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        assertAuthError(endpoint, reply, "insufficient_scope");
      }
      default -> assertThat(reply.status()).as(reply.body()).isEqualTo(endpoint.success());
    }
  }

  private static int expected(Endpoint endpoint, Kind kind) {
    return switch (kind.grants) {
      case NOTHING_401 -> 401;
      case NOTHING_403 -> 403;
      case EVERYTHING -> endpoint.success();
      case VIEW -> endpoint.needs() == Grants.VIEW ? endpoint.success() : 403;
      case MANAGE ->
          endpoint.needs() == Grants.VIEW || endpoint.needs() == Grants.MANAGE
              ? endpoint.success()
              : 403;
      case API_CLIENTS -> endpoint.needs() == Grants.API_CLIENTS ? endpoint.success() : 403;
    };
  }

  /** HEAD answers carry no body; every other error names its OAuth code twice. */
  private static void assertAuthError(Endpoint endpoint, Reply reply, String code) {
    if (!endpoint.name().startsWith("HEAD")) {
      assertThat(reply.code()).isEqualTo(code);
      assertThat(reply.json().get("error").asText()).isEqualTo(code);
      assertThat(reply.json().get("error_description").asText()).isEqualTo(reply.message());
    }
  }

  private static Reply send(String method, String path, String body, String token) {
    return token == null
        ? server.sendWithoutToken(method, path, body)
        : server.send(method, path, body, "Authorization", "Bearer " + token);
  }

  // Fresh fixtures per call, made with the server's own manage_project token.

  private static String email() {
    String email = Customers.uniqueEmail();
    Customers.create(server, PROJECT, Customers.draft(email));
    return email;
  }

  private static String id() {
    return Customers.create(server, PROJECT).get("id").asText();
  }

  private static String key() {
    String key = "k" + Customers.uniqueEmail().replaceAll("[^A-Za-z0-9]", "");
    Customers.create(
        server,
        PROJECT,
        "{\"email\": \""
            + Customers.uniqueEmail()
            + "\", \"password\": \"secret123\", \"key\": \""
            + key
            + "\"}");
    return key;
  }

  private static String passwordToken() {
    return server
        .post("/" + PROJECT + "/customers/password-token", "{\"email\": \"" + email() + "\"}")
        .json()
        .get("value")
        .asText();
  }

  private static String emailToken() {
    return server
        .post(
            "/" + PROJECT + "/customers/email-token",
            "{\"id\": \"" + id() + "\", \"ttlMinutes\": 10}")
        .json()
        .get("value")
        .asText();
  }

  private static String apiClientId() {
    return server.newClient(PROJECT, "view_customers:" + PROJECT).client().id();
  }
}
