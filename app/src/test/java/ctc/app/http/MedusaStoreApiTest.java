package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import ctc.app.TestServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Medusa store API facade over HTTP against the real server and database (contract
 * medusa-store-api.md). Requests carry what {@code @medusajs/medusa-js} sends: JSON bodies with
 * {@code Content-Type: application/json}, {@code Accept: application/json}, an {@code
 * Idempotency-Key} on POSTs, the {@code connect.sid} cookie of a session or {@code Authorization:
 * Bearer} for a token from {@code /auth/token}.
 */
class MedusaStoreApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIENTS = 40;
  private static final String ORIGIN = "http://localhost:8000";
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final List<String> EVENTS = new CopyOnWriteArrayList<>();
  private static HttpServer receiver;
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/events",
        exchange -> {
          EVENTS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      ids.add("medusa-" + i);
    }
    server =
        TestServer.startMedusa(
            ids,
            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/events",
            List.of(ORIGIN));
  }

  @AfterAll
  static void stop() {
    server.close();
    receiver.stop(0);
  }

  /** A project with the facade on, its client holding manage_my_profile. */
  private record Shop(String project, String clientId) {
    String store() {
      return "/" + project + "/store";
    }
  }

  private static Shop shop() {
    String project = TestServer.newProject();
    String clientId = "medusa-" + NEXT.getAndIncrement();
    server.storeClient(clientId, project, "manage_my_profile:" + project);
    return new Shop(project, clientId);
  }

  private record Answer(int status, HttpResponse<byte[]> response, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }

    JsonNode customer() {
      return json().get("customer");
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    /** The session token of a Set-Cookie: connect.sid=…. */
    String session() {
      String cookie = header("Set-Cookie");
      return cookie.substring("connect.sid=".length(), cookie.indexOf(';'));
    }
  }

  /** A request as medusa-js sends it; {@code credential} is "cookie:…", "bearer:…" or null. */
  private static Answer call(
      String method, String path, String body, String credential, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    if (method.equals("POST")) {
      builder.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    if (credential != null && credential.startsWith("cookie:")) {
      builder.header("Cookie", "connect.sid=" + credential.substring("cookie:".length()));
    } else if (credential != null && credential.startsWith("bearer:")) {
      builder.header("Authorization", "Bearer " + credential.substring("bearer:".length()));
    }
    if (headers.length > 0) {
      builder.headers(headers);
    }
    HttpResponse<byte[]> response = server.raw(builder);
    return new Answer(
        response.statusCode(), response, new String(response.body(), StandardCharsets.UTF_8));
  }

  private static Answer register(Shop shop, String email) {
    Answer answer =
        call(
            "POST",
            shop.store() + "/customers",
            """
            {"email": "%s", "password": "s3cret!", "first_name": "Jane", "last_name": "Doe",
             "phone": "+4930123"}"""
                .formatted(email),
            null);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer;
  }

  private static String email() {
    return "jane-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static JsonNode ct(Shop shop, String customerId) {
    TestServer.Reply reply = server.get("/" + shop.project() + "/customers/" + customerId);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static void assertUnauthorized(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(401);
    assertThat(answer.body()).isEqualTo("Unauthorized");
    assertThat(answer.header("Content-Type")).startsWith("text/plain");
  }

  private static void assertError(Answer answer, int status, String type, String piece) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json().get("type").asText()).isEqualTo(type);
    assertThat(answer.json().get("message").asText()).contains(piece);
    assertThat(answer.json().has("statusCode")).isFalse();
  }

  // ------------------------------------------------------------------ switching on

  @Test
  void withoutTheFacadeTheStorePathsAnswerAsBefore() {
    String project = TestServer.newProject();
    Answer answer = call("POST", "/" + project + "/store/auth", "{}", null);
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().path("errors").path(0).path("code").asText())
        .isEqualTo("ResourceNotFound");
    Answer options =
        call("OPTIONS", "/" + project + "/store/customers", null, null, "Origin", ORIGIN);
    assertThat(options.status()).isEqualTo(404);
    assertThat(options.header("Access-Control-Allow-Origin")).isNull();
    assertThat(call("HEAD", "/" + project + "/store/customers/me", null, null).status())
        .isEqualTo(404);
    assertThat(call("GET", "/" + project + "/store", null, null).status()).isEqualTo(404);
  }

  @Test
  void signInAttemptsAreThrottledPerAccount() {
    Shop shop = shop();
    String email = email();
    register(shop, email);
    String wrong = "{\"email\": \"%s\", \"password\": \"wrong\"}".formatted(email);
    for (int i = 0; i < 5; i++) {
      assertUnauthorized(call("POST", shop.store() + "/auth", wrong, null));
    }
    Answer refused = call("POST", shop.store() + "/auth/token", wrong, null);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json().get("type").asText()).isEqualTo("not_allowed");
    // Another account of the same storefront is not affected.
    String other = email();
    register(shop, other);
    assertThat(
            call(
                    "POST",
                    shop.store() + "/auth",
                    "{\"email\": \"%s\", \"password\": \"s3cret!\"}".formatted(other),
                    null)
                .status())
        .isEqualTo(200);
    assertThat(call("HEAD", shop.store() + "/customers/me", null, null).status()).isEqualTo(404);
  }

  @Test
  void aClientWithoutTheScopeLeavesTheFacadeOff() {
    String project = TestServer.newProject();
    String clientId = "medusa-" + NEXT.getAndIncrement();
    server.storeClient(clientId, project, "view_customers:" + project);
    Answer answer = call("GET", "/" + project + "/store/auth/x@example.com", null, null);
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().has("errors")).isTrue();
  }

  @Test
  void deletingTheFacadeClientEndsItsSessionsAndTheFacade() {
    Shop shop = shop();
    String session = register(shop, email()).session();
    assertThat(call("GET", shop.store() + "/customers/me", null, "cookie:" + session).status())
        .isEqualTo(200);
    TestServer.Reply deleted =
        server.delete("/" + shop.project() + "/api-clients/" + shop.clientId());
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    Answer after = call("GET", shop.store() + "/customers/me", null, "cookie:" + session);
    assertThat(after.status()).isEqualTo(404);
    assertThat(after.json().has("errors")).isTrue();
  }

  // ------------------------------------------------------------------ register and sign-in

  @Test
  void registerCreatesAGlobalCustomerSignsInAndShowsEveryField() {
    Shop shop = shop();
    String email = email();
    Answer answer = register(shop, email.toUpperCase());
    // Jetty writes the parameter without the optional space; the media type is the same.
    assertThat(answer.header("Content-Type").replace(" ", ""))
        .isEqualTo("application/json;charset=utf-8");
    assertThat(answer.header("Set-Cookie"))
        .matches(
            "connect\\.sid=[A-Za-z0-9_-]+; Path=/"
                + shop.project()
                + "/store; Max-Age=36000; HttpOnly; SameSite=Lax");
    JsonNode customer = answer.customer();
    assertThat(customer.get("email").asText()).isEqualTo(email);
    assertThat(customer.get("first_name").asText()).isEqualTo("Jane");
    assertThat(customer.get("phone").asText()).isEqualTo("+4930123");
    assertThat(customer.get("has_account").asBoolean()).isTrue();
    assertThat(customer.get("billing_address_id").isNull()).isTrue();
    assertThat(customer.get("billing_address").isNull()).isTrue();
    assertThat(customer.get("metadata").isNull()).isTrue();
    assertThat(customer.get("deleted_at").isNull()).isTrue();
    assertThat(customer.get("shipping_addresses").isArray()).isTrue();
    assertThat(customer.get("created_at").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(customer.has("password")).isFalse();
    assertThat(customer.has("password_hash")).isFalse();

    JsonNode ct = ct(shop, customer.get("id").asText());
    assertThat(ct.get("version").asLong()).isEqualTo(1);
    assertThat(ct.get("email").asText()).isEqualTo(email);
    assertThat(ct.get("isEmailVerified").asBoolean()).isFalse();
    assertThat(ct.get("authenticationMode").asText()).isEqualTo("Password");
    assertThat(ct.get("stores")).isEmpty();
    assertThat(ct.has("phone")).isFalse();
    assertThat(ct.has("metadata")).isFalse();
    assertThat(ct.get("createdBy").get("clientId").asText()).isEqualTo(shop.clientId());
    assertThat(ct.get("createdBy").get("isPlatformClient").asBoolean()).isFalse();
    TestServer.Reply query =
        server.get("/" + shop.project() + "/customers?where=" + enc("phone = \"+4930123\""));
    assertThat(query.status()).isEqualTo(400);
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void registerValidatesAsMedusaDoes() {
    Shop shop = shop();
    String path = shop.store() + "/customers";
    assertError(call("POST", path, "{}", null), 400, "invalid_data", "email must be an email");
    assertError(
        call("POST", path, "{\"email\": \"a@b.co\", \"password\": \"x\"}", null),
        400,
        "invalid_data",
        "first_name must be a string");
    assertError(
        call(
            "POST",
            path,
            "{\"email\": \"a@b.co\", \"password\": \"\", \"first_name\": \"A\","
                + " \"last_name\": \"B\"}",
            null),
        400,
        "invalid_data",
        "password should not be empty");
    assertError(
        call(
            "POST",
            path,
            "{\"email\": \"a@b.co\", \"password\": \"x\", \"first_name\": \"A\","
                + " \"last_name\": \"B\", \"phone\": 123}",
            null),
        400,
        "invalid_data",
        "phone must be a string");
    assertError(
        call(
            "POST",
            path,
            "{\"email\": \"a@b.co\", \"password\": \"x\", \"first_name\": \"A\","
                + " \"last_name\": \"B\", \"key\": \"k\"}",
            null),
        400,
        "invalid_data",
        "property key should not exist");
    assertError(
        call(
            "POST",
            path,
            "{\"email\": \"a@b.co\", \"password\": \""
                + "x".repeat(1025)
                + "\","
                + " \"first_name\": \"A\", \"last_name\": \"B\"}",
            null),
        400,
        "invalid_data",
        "password must be shorter than or equal to 1024 characters");
    assertError(
        call("POST", path, "[1]", null), 400, "invalid_data", "Request body must be a JSON object");
    assertError(
        call("POST", path, "{\"email\": ", null),
        400,
        "invalid_data",
        "Request body must be a JSON object");
    String email = email();
    register(shop, email);
    Answer duplicate =
        call(
            "POST",
            path,
            "{\"email\": \"%s\", \"password\": \"x\", \"first_name\": \"A\", \"last_name\": \"B\"}"
                .formatted(email.toUpperCase()),
            null);
    assertError(duplicate, 422, "duplicate_error", "already has an account");
    assertThat(duplicate.json().get("code").asText()).isEqualTo("invalid_request_error");
  }

  @Test
  void signInWithSessionOrTokenAndTheCredentialRules() {
    Shop shop = shop();
    String email = email();
    register(shop, email);
    Answer wrong =
        call(
            "POST",
            shop.store() + "/auth",
            "{\"email\": \"%s\", \"password\": \"nope\"}".formatted(email),
            null);
    assertUnauthorized(wrong);
    assertUnauthorized(
        call(
            "POST",
            shop.store() + "/auth",
            "{\"email\": \"nobody@example.com\", \"password\": \"nope\"}",
            null));
    assertError(
        call("POST", shop.store() + "/auth", "{\"email\": \"x\"}", null),
        400,
        "invalid_data",
        "email must be an email");

    Answer session =
        call(
            "POST",
            shop.store() + "/auth",
            "{\"email\": \"%s\", \"password\": \"s3cret!\"}".formatted(email.toUpperCase()),
            null);
    assertThat(session.status()).as(session.body()).isEqualTo(200);
    assertThat(session.customer().get("orders")).isEmpty();
    String cookie = session.session();
    Answer me = call("GET", shop.store() + "/auth", null, "cookie:" + cookie);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.customer().get("email").asText()).isEqualTo(email);
    assertThat(me.customer().get("orders")).isEmpty();

    Answer token =
        call(
            "POST",
            shop.store() + "/auth/token",
            "{\"email\": \"%s\", \"password\": \"s3cret!\"}".formatted(email),
            null);
    assertThat(token.status()).as(token.body()).isEqualTo(200);
    assertThat(token.header("Set-Cookie")).isNull();
    String bearer = token.json().get("access_token").asText();
    assertThat(call("GET", shop.store() + "/customers/me", null, "bearer:" + bearer).status())
        .isEqualTo(200);
    // Ordinary tokens of the token store: they work on the commercetools /me endpoints too.
    TestServer.Reply ctMe =
        server.send("GET", "/" + shop.project() + "/me", null, "Authorization", "Bearer " + bearer);
    assertThat(ctMe.status()).as(ctMe.body()).isEqualTo(200);
    assertThat(ctMe.json().get("email").asText()).isEqualTo(email);

    assertUnauthorized(call("GET", shop.store() + "/customers/me", null, null));
    assertUnauthorized(call("GET", shop.store() + "/customers/me", null, "bearer:bogus"));
    assertUnauthorized(call("GET", shop.store() + "/auth", null, "cookie:bogus"));
    // An invalid cookie counts as absent: the bearer token still signs in.
    assertThat(
            call(
                    "GET",
                    shop.store() + "/customers/me",
                    null,
                    "bearer:" + bearer,
                    "Cookie",
                    "connect.sid=bogus")
                .status())
        .isEqualTo(200);
    // A token of another project's facade is not valid here.
    Shop other = shop();
    String otherSession = register(other, email()).session();
    assertUnauthorized(call("GET", shop.store() + "/customers/me", null, "cookie:" + otherSession));
  }

  @Test
  void aCommercetoolsPasswordFlowTokenIsAcceptedAsBearer() {
    Shop shop = shop();
    String email = email();
    register(shop, email);
    var app = server.newClient(shop.project(), "manage_my_profile:" + shop.project());
    TestServer.Reply grant =
        server.oauth(
            "/oauth/" + shop.project() + "/customers/token",
            app,
            "grant_type=password&username=" + enc(email) + "&password=" + enc("s3cret!"));
    assertThat(grant.status()).as(grant.body()).isEqualTo(200);
    Answer me =
        call(
            "GET",
            shop.store() + "/customers/me",
            null,
            "bearer:" + grant.json().get("access_token").asText());
    assertThat(me.status()).isEqualTo(200);
    // A client-credentials token has no customer.
    String clientToken = server.token(shop.project(), "manage_project:" + shop.project());
    assertUnauthorized(call("GET", shop.store() + "/customers/me", null, "bearer:" + clientToken));
  }

  @Test
  void emailExistsIgnoresCaseAndNeverFails() {
    Shop shop = shop();
    String email = email();
    register(shop, email);
    assertThat(
            call("GET", shop.store() + "/auth/" + enc(email.toUpperCase()), null, null)
                .json()
                .get("exists")
                .asBoolean())
        .isTrue();
    assertThat(
            call("GET", shop.store() + "/auth/nobody%40example.com", null, null)
                .json()
                .get("exists")
                .asBoolean())
        .isFalse();
    assertThat(
            call("GET", shop.store() + "/auth/not-an-email", null, null)
                .json()
                .get("exists")
                .asBoolean())
        .isFalse();
  }

  @Test
  void signOutEndsTheSessionAndTheTokenAndClearsTheCookie() {
    Shop shop = shop();
    String email = email();
    String session = register(shop, email).session();
    String bearer =
        call(
                "POST",
                shop.store() + "/auth/token",
                "{\"email\": \"%s\", \"password\": \"s3cret!\"}".formatted(email),
                null)
            .json()
            .get("access_token")
            .asText();
    Answer out =
        call(
            "DELETE",
            shop.store() + "/auth",
            null,
            "bearer:" + bearer,
            "Cookie",
            "connect.sid=" + session);
    assertThat(out.status()).isEqualTo(200);
    assertThat(out.body()).isEqualTo("OK");
    assertThat(out.header("Set-Cookie"))
        .isEqualTo("connect.sid=; Path=/" + shop.project() + "/store; Max-Age=0; HttpOnly");
    assertUnauthorized(call("GET", shop.store() + "/auth", null, "cookie:" + session));
    assertUnauthorized(call("GET", shop.store() + "/auth", null, "bearer:" + bearer));
    assertThat(call("DELETE", shop.store() + "/auth", null, null).status()).isEqualTo(200);
  }

  @Test
  void aNewSessionEndsTheOneInTheCookie() {
    Shop shop = shop();
    String email = email();
    String first = register(shop, email).session();
    Answer again =
        call(
            "POST",
            shop.store() + "/auth",
            "{\"email\": \"%s\", \"password\": \"s3cret!\"}".formatted(email),
            "cookie:" + first);
    assertThat(again.status()).isEqualTo(200);
    assertUnauthorized(call("GET", shop.store() + "/auth", null, "cookie:" + first));
    assertThat(call("GET", shop.store() + "/auth", null, "cookie:" + again.session()).status())
        .isEqualTo(200);
  }

  @Test
  void theCookieIsSecureBehindHttps() {
    Shop shop = shop();
    Answer answer =
        call(
            "POST",
            shop.store() + "/customers",
            "{\"email\": \"%s\", \"password\": \"x\", \"first_name\": \"A\", \"last_name\": \"B\"}"
                .formatted(email()),
            null,
            "X-Forwarded-Proto",
            "https");
    assertThat(answer.header("Set-Cookie")).endsWith("; HttpOnly; SameSite=None; Secure");
  }

  // ------------------------------------------------------------------ profile

  @Test
  void profileUpdatesAreOneCommercetoolsUpdateAndNoOpsChangeNothing() {
    Shop shop = shop();
    Answer registered = register(shop, email());
    String id = registered.customer().get("id").asText();
    String session = "cookie:" + registered.session();
    String me = shop.store() + "/customers/me";

    Answer renamed =
        call(
            "POST",
            me,
            "{\"first_name\": \"Janet\", \"last_name\": null, \"metadata\": {\"a\": 1, \"b\": \"x\"}}",
            session);
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(renamed.customer().get("first_name").asText()).isEqualTo("Janet");
    assertThat(renamed.customer().get("last_name").isNull()).isTrue();
    assertThat(renamed.customer().get("metadata").toString()).isEqualTo("{\"a\":1,\"b\":\"x\"}");
    JsonNode ct = ct(shop, id);
    assertThat(ct.get("version").asLong()).isEqualTo(2);
    assertThat(ct.get("firstName").asText()).isEqualTo("Janet");
    assertThat(ct.has("lastName")).isFalse();
    assertThat(ct.get("lastModifiedBy").get("customer").get("id").asText()).isEqualTo(id);
    assertThat(renamed.customer().get("updated_at").asText())
        .isEqualTo(ct.get("lastModifiedAt").asText());

    // The same values again, and an empty body: nothing changes.
    assertThat(call("POST", me, "{\"first_name\": \"Janet\"}", session).status()).isEqualTo(200);
    assertThat(call("POST", me, "", session).status()).isEqualTo(200);
    assertThat(call("POST", me, "{\"metadata\": {\"a\": 1}}", session).status()).isEqualTo(200);
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(2);

    // Extension-only changes raise the version by one too.
    Answer merged =
        call("POST", me, "{\"phone\": null, \"metadata\": {\"b\": \"\", \"c\": true}}", session);
    assertThat(merged.customer().get("phone").isNull()).isTrue();
    assertThat(merged.customer().get("metadata").toString()).isEqualTo("{\"a\":1,\"c\":true}");
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(3);

    Answer email = call("POST", me, "{\"email\": \"NEW-" + id + "@Example.com\"}", session);
    assertThat(email.customer().get("email").asText()).isEqualTo("new-" + id + "@example.com");
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(4);

    assertError(
        call("POST", me, "{\"email\": null}", session),
        400,
        "invalid_data",
        "email must be an email");
    assertError(
        call("POST", me, "{\"metadata\": []}", session),
        400,
        "invalid_data",
        "metadata must be an object");
    assertError(
        call("POST", me, "{\"billing_address\": 5}", session),
        400,
        "invalid_data",
        "billing_address must be an address object or an address id");
    assertError(
        call("POST", me, "{\"first_name\": 5}", session),
        400,
        "invalid_data",
        "first_name must be a string");
    String taken = email();
    register(shop, taken);
    Answer duplicate = call("POST", me, "{\"email\": \"" + taken.toUpperCase() + "\"}", session);
    assertError(
        duplicate, 422, "duplicate_error", "Customer with email " + taken + " already exists.");
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(4);
  }

  @Test
  void metadataValuesSurviveStorageAsSent() {
    Shop shop = shop();
    Answer registered = register(shop, email());
    String id = registered.customer().get("id").asText();
    String session = "cookie:" + registered.session();
    String me = shop.store() + "/customers/me";
    String metadata = "{\"metadata\": {\"none\": null, \"price\": 1.50, \"tags\": [\"a\", 2]}}";
    assertThat(call("POST", me, metadata, session).status()).isEqualTo(200);
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(2);
    assertThat(call("POST", me, metadata, session).status()).isEqualTo(200);
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(2);
    assertThat(call("GET", me, null, session).body())
        .contains("\"metadata\":{\"none\":null,\"price\":1.50,\"tags\":[\"a\",2]}");
  }

  @Test
  void aPasswordChangeKeepsTheRequestingSessionAndEndsTheOthers() {
    Shop shop = shop();
    String email = email();
    Answer registered = register(shop, email);
    String id = registered.customer().get("id").asText();
    String session = "cookie:" + registered.session();
    String bearer =
        call(
                "POST",
                shop.store() + "/auth/token",
                "{\"email\": \"%s\", \"password\": \"s3cret!\"}".formatted(email),
                null)
            .json()
            .get("access_token")
            .asText();
    Answer changed =
        call(
            "POST",
            shop.store() + "/customers/me",
            "{\"password\": \"n3w-pass\", \"first_name\": \"J\"}",
            session);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(call("GET", shop.store() + "/auth", null, session).status()).isEqualTo(200);
    assertUnauthorized(call("GET", shop.store() + "/auth", null, "bearer:" + bearer));
    assertThat(
            call(
                    "POST",
                    shop.store() + "/auth/token",
                    "{\"email\": \"%s\", \"password\": \"n3w-pass\"}".formatted(email),
                    null)
                .status())
        .isEqualTo(200);
    // One version (#25): setFirstName, then the password, recorded in that order.
    JsonNode customer = ct(shop, id);
    assertThat(customer.get("version").asLong()).isEqualTo(2);
    assertThat(customer.get("firstName").asText()).isEqualTo("J");
    assertThat(customer.get("lastMessageSequenceNumber").asLong()).isEqualTo(3);
    // "" changes nothing.
    assertThat(
            call("POST", shop.store() + "/customers/me", "{\"password\": \"\"}", session).status())
        .isEqualTo(200);
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(2);
  }

  // ------------------------------------------------------------------ addresses

  private static final String ADDRESS =
      """
      {"address": {"first_name": "Jane", "last_name": "Doe", "address_1": "Main St 1",
       "city": "Berlin", "country_code": "de", "postal_code": "10115", "metadata": {"door": "red"}}}""";

  @Test
  void addressesAreAddedDeduplicatedChangedAndRemoved() {
    Shop shop = shop();
    Answer registered = register(shop, email());
    String id = registered.customer().get("id").asText();
    String session = "cookie:" + registered.session();
    String path = shop.store() + "/customers/me/addresses";

    Answer added = call("POST", path, ADDRESS, session);
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    JsonNode address = added.customer().get("shipping_addresses").get(0);
    String addressId = address.get("id").asText();
    assertThat(addressId).hasSize(8);
    assertThat(address.get("customer_id").asText()).isEqualTo(id);
    assertThat(address.get("country_code").asText()).isEqualTo("de");
    assertThat(address.get("address_1").asText()).isEqualTo("Main St 1");
    assertThat(address.get("province").isNull()).isTrue();
    assertThat(address.get("metadata").get("door").asText()).isEqualTo("red");
    JsonNode ct = ct(shop, id);
    assertThat(ct.get("version").asLong()).isEqualTo(2);
    assertThat(ct.get("addresses").get(0).get("country").asText()).isEqualTo("DE");
    assertThat(ct.get("addresses").get(0).get("streetName").asText()).isEqualTo("Main St 1");
    assertThat(ct.get("shippingAddressIds").get(0).asText()).isEqualTo(addressId);
    assertThat(ct.get("addresses").get(0).has("metadata")).isFalse();

    // The same address again: Medusa's de-duplication, nothing changes.
    assertThat(
            call("POST", path, ADDRESS.replace("\"de\"", "\"DE\""), session)
                .customer()
                .get("shipping_addresses"))
        .hasSize(1);
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(2);

    // A commercetools-only field survives a facade change.
    TestServer.Reply keyed =
        server.post(
            "/" + shop.project() + "/customers/" + id,
            """
            {"version": 2, "actions": [{"action": "changeAddress", "addressId": "%s",
              "address": {"country": "DE", "streetName": "Main St", "streetNumber": "1", "key": "home",
                "firstName": "Jane", "lastName": "Doe", "city": "Berlin", "postalCode": "10115"}}]}"""
                .formatted(addressId));
    assertThat(keyed.status()).as(keyed.body()).isEqualTo(200);
    Answer changed =
        call(
            "POST",
            path + "/" + addressId,
            "{\"city\": \"Potsdam\", \"province\": \"BB\"}",
            session);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode shown = changed.customer().get("shipping_addresses").get(0);
    assertThat(shown.get("address_1").asText()).isEqualTo("Main St 1");
    assertThat(shown.get("city").asText()).isEqualTo("Potsdam");
    assertThat(shown.get("metadata").get("door").asText()).isEqualTo("red");
    ct = ct(shop, id);
    assertThat(ct.get("version").asLong()).isEqualTo(4);
    assertThat(ct.get("addresses").get(0).get("key").asText()).isEqualTo("home");
    assertThat(ct.get("addresses").get(0).get("state").asText()).isEqualTo("BB");

    // The [S3] form {"address": {...}} and a metadata replacement.
    Answer wrapped =
        call(
            "POST",
            path + "/" + addressId,
            "{\"address\": {\"address_1\": \"Other St\", \"metadata\": {\"door\": \"blue\"}}}",
            session);
    JsonNode after = wrapped.customer().get("shipping_addresses").get(0);
    assertThat(after.get("address_1").asText()).isEqualTo("Other St");
    assertThat(after.get("metadata").get("door").asText()).isEqualTo("blue");
    assertThat(ct(shop, id).get("addresses").get(0).has("streetNumber")).isFalse();

    assertError(
        call("POST", path + "/unknown1", "{\"city\": \"X\"}", session),
        400,
        "invalid_data",
        "Could not find address for customer");
    assertError(
        call("POST", path + "/" + addressId, "{\"country_code\": null}", session),
        400,
        "invalid_data",
        "country_code");
    assertError(
        call("POST", path, "{\"address\": {\"first_name\": \"J\"}}", session),
        400,
        "invalid_data",
        "last_name must be a string");
    assertError(
        call("POST", path, "{}", session), 400, "invalid_data", "address should not be empty");
    assertError(
        call("POST", path, ADDRESS.replace("\"de\"", "\"xx\""), session),
        400,
        "invalid_data",
        "country_code must be a valid ISO 3166-1 alpha-2 country code");

    long version = ct(shop, id).get("version").asLong();
    Answer removedUnknown = call("DELETE", path + "/unknown1", null, session);
    assertThat(removedUnknown.status()).isEqualTo(200);
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(version);
    Answer removed = call("DELETE", path + "/" + addressId, null, session);
    assertThat(removed.customer().get("shipping_addresses")).isEmpty();
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(version + 1);
    assertThat(ct(shop, id).get("addresses")).isEmpty();
    assertThat(extension(id)).doesNotContain(addressId);
  }

  @Test
  void theBillingAddressAsObjectIdOrNull() {
    Shop shop = shop();
    Answer registered = register(shop, email());
    String id = registered.customer().get("id").asText();
    String session = "cookie:" + registered.session();
    String me = shop.store() + "/customers/me";

    assertError(
        call("POST", me, "{\"billing_address\": {\"city\": \"Berlin\"}}", session),
        400,
        "invalid_data",
        "country_code");
    Answer billing =
        call(
            "POST",
            me,
            "{\"billing_address\": {\"first_name\": \"Jane\", \"address_1\": \"Bill St 2\","
                + " \"city\": \"Hamburg\", \"country_code\": \"DE\"}}",
            session);
    assertThat(billing.status()).as(billing.body()).isEqualTo(200);
    JsonNode customer = billing.customer();
    String billingId = customer.get("billing_address_id").asText();
    assertThat(customer.get("billing_address").get("id").asText()).isEqualTo(billingId);
    assertThat(customer.get("billing_address").get("customer_id").isNull()).isTrue();
    assertThat(customer.get("shipping_addresses")).isEmpty();
    JsonNode ct = ct(shop, id);
    assertThat(ct.get("version").asLong()).isEqualTo(2);
    assertThat(ct.get("defaultBillingAddressId").asText()).isEqualTo(billingId);
    assertThat(ct.get("billingAddressIds").get(0).asText()).isEqualTo(billingId);

    // An object again merges into it.
    Answer merged = call("POST", me, "{\"billing_address\": {\"city\": \"Bremen\"}}", session);
    assertThat(merged.customer().get("billing_address").get("city").asText()).isEqualTo("Bremen");
    assertThat(merged.customer().get("billing_address").get("address_1").asText())
        .isEqualTo("Bill St 2");
    assertThat(ct(shop, id).get("addresses")).hasSize(1);

    // An id of a shipping address makes it the billing address.
    String shippingId =
        call("POST", me + "/addresses", ADDRESS, session)
            .customer()
            .get("shipping_addresses")
            .get(0)
            .get("id")
            .asText();
    Answer byId = call("POST", me, "{\"billing_address\": \"" + shippingId + "\"}", session);
    assertThat(byId.customer().get("billing_address_id").asText()).isEqualTo(shippingId);
    assertThat(byId.customer().get("billing_address").get("customer_id").asText()).isEqualTo(id);
    assertError(
        call("POST", me, "{\"billing_address\": \"nope1234\"}", session),
        404,
        "not_found",
        "Address with id nope1234 was not found");

    // Another customer's address id is unknown here.
    Answer other = register(shop, email());
    String othersAddress =
        call("POST", me + "/addresses", ADDRESS, "cookie:" + other.session())
            .customer()
            .get("shipping_addresses")
            .get(0)
            .get("id")
            .asText();
    assertThat(
            call("POST", me, "{\"billing_address\": \"" + othersAddress + "\"}", session).status())
        .isEqualTo(404);
    assertThat(
            call("POST", me + "/addresses/" + othersAddress, "{\"city\": \"X\"}", session).status())
        .isEqualTo(400);
    call("DELETE", me + "/addresses/" + othersAddress, null, session);
    assertThat(ct(shop, other.customer().get("id").asText()).get("addresses")).hasSize(1);

    Answer unset = call("POST", me, "{\"billing_address\": null}", session);
    assertThat(unset.customer().get("billing_address").isNull()).isTrue();
    assertThat(ct(shop, id).get("addresses")).hasSize(2);
  }

  // ------------------------------------------------------------------ legacy aliases, lists, 404

  @Test
  void legacyAliasesServeOnlyTheSignedInCustomer() {
    Shop shop = shop();
    Answer jane = register(shop, email());
    Answer john = register(shop, email());
    String janeId = jane.customer().get("id").asText();
    String johnId = john.customer().get("id").asText();
    String session = "cookie:" + jane.session();
    String customers = shop.store() + "/customers/";

    assertThat(call("GET", customers + janeId, null, session).customer().get("id").asText())
        .isEqualTo(janeId);
    assertError(
        call("GET", customers + johnId, null, session),
        400,
        "not_allowed",
        "You must be logged in to update");
    assertError(
        call("POST", customers + johnId, "{\"first_name\": \"X\"}", session),
        400,
        "not_allowed",
        "You must be logged in to update");
    assertError(
        call("POST", customers + johnId + "/addresses", ADDRESS, session),
        400,
        "not_allowed",
        "You must be logged in to update");
    assertThat(ct(shop, johnId).get("version").asLong()).isEqualTo(1);
    assertUnauthorized(call("GET", customers + janeId, null, null));
    Answer renamed = call("POST", customers + janeId, "{\"first_name\": \"Jo\"}", session);
    assertThat(renamed.customer().get("first_name").asText()).isEqualTo("Jo");
    Answer added = call("POST", customers + janeId + "/addresses", ADDRESS, session);
    String addressId = added.customer().get("shipping_addresses").get(0).get("id").asText();
    assertThat(
            call(
                    "POST",
                    customers + janeId + "/addresses/" + addressId,
                    "{\"city\": \"Köln\"}",
                    session)
                .customer()
                .get("shipping_addresses")
                .get(0)
                .get("city")
                .asText())
        .isEqualTo("Köln");
    assertThat(call("GET", customers + janeId + "/payment-methods", null, session).body())
        .isEqualTo("{\"payment_methods\":[]}");
  }

  @Test
  void ordersPaymentMethodsAndUnknownRoutes() {
    Shop shop = shop();
    String session = "cookie:" + register(shop, email()).session();
    Answer orders =
        call("GET", shop.store() + "/customers/me/orders?limit=5&offset=2", null, session);
    assertThat(orders.body()).isEqualTo("{\"orders\":[],\"count\":0,\"offset\":2,\"limit\":5}");
    assertThat(call("GET", shop.store() + "/customers/me/orders", null, session).body())
        .isEqualTo("{\"orders\":[],\"count\":0,\"offset\":0,\"limit\":10}");
    assertError(
        call("GET", shop.store() + "/customers/me/orders?limit=-1", null, session),
        400,
        "invalid_data",
        "limit must be a number conforming to the specified constraints");
    assertThat(call("GET", shop.store() + "/customers/me/payment-methods", null, session).body())
        .isEqualTo("{\"payment_methods\":[]}");
    assertUnauthorized(call("GET", shop.store() + "/customers/me/orders", null, null));

    Answer unknown = call("GET", shop.store() + "/products", null, null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body())
        .isEqualTo(
            "{\"type\":\"not_found\",\"message\":\"Cannot GET /"
                + shop.project()
                + "/store/products\"}");
    assertError(
        call("GET", shop.store() + "/customers/password-token", null, null),
        404,
        "not_found",
        "Cannot GET");
    assertError(call("PUT", shop.store() + "/auth", "{}", null), 404, "not_found", "Cannot PUT");
    assertError(
        call("POST", shop.store() + "/customers/x/reset-password", "{}", null),
        404,
        "not_found",
        "Cannot POST");
    Answer tooLarge =
        call(
            "POST", shop.store() + "/auth", "{\"email\": \"" + "x".repeat(1_100_000) + "\"}", null);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().get("type").asText()).isEqualTo("invalid_data");
    assertThat(tooLarge.json().get("message").asText()).isEqualTo("Request body too large");
  }

  @Test
  void corsForListedOriginsOnly() {
    Shop shop = shop();
    Answer preflight =
        call(
            "OPTIONS",
            shop.store() + "/customers/me",
            null,
            null,
            "Origin",
            ORIGIN,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "content-type,idempotency-key");
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(preflight.header("Access-Control-Allow-Methods"))
        .isEqualTo("GET,POST,DELETE,OPTIONS");
    assertThat(preflight.header("Access-Control-Allow-Headers"))
        .isEqualTo("content-type,idempotency-key");
    Answer unauthorized = call("GET", shop.store() + "/customers/me", null, null, "Origin", ORIGIN);
    assertThat(unauthorized.status()).isEqualTo(401);
    assertThat(unauthorized.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
    Answer foreign =
        call("GET", shop.store() + "/customers/me", null, null, "Origin", "http://evil.example");
    assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    Answer foreignPreflight =
        call(
            "OPTIONS", shop.store() + "/customers/me", null, null, "Origin", "http://evil.example");
    assertThat(foreignPreflight.status()).isEqualTo(404);
    assertThat(foreignPreflight.header("Access-Control-Allow-Origin")).isNull();
  }

  // ------------------------------------------------------------------ password reset

  @Test
  void theResetFlowEndToEnd() throws InterruptedException {
    Shop shop = shop();
    String email = email();
    Answer registered = register(shop, email);
    String id = registered.customer().get("id").asText();
    String session = "cookie:" + registered.session();
    EVENTS.clear();

    Answer unknown =
        call(
            "POST",
            shop.store() + "/customers/password-token",
            "{\"email\": \"nobody@example.com\"}",
            null);
    assertThat(unknown.status()).isEqualTo(204);
    assertThat(EVENTS).isEmpty();
    assertError(
        call("POST", shop.store() + "/customers/password-token", "{\"email\": 1}", null),
        400,
        "invalid_data",
        "email must be an email");

    Answer requested =
        call(
            "POST",
            shop.store() + "/customers/password-token",
            "{\"email\": \"" + email.toUpperCase() + "\"}",
            null);
    assertThat(requested.status()).isEqualTo(204);
    assertThat(requested.body()).isEmpty();
    assertThat(EVENTS).hasSize(1);
    JsonNode event;
    try {
      event = JSON.readTree(EVENTS.get(0));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertThat(event.get("event").asText()).isEqualTo("customer.password_reset");
    assertThat(event.get("project_key").asText()).isEqualTo(shop.project());
    assertThat(event.get("data").get("id").asText()).isEqualTo(id);
    assertThat(event.get("data").get("email").asText()).isEqualTo(email);
    assertThat(event.get("data").get("first_name").asText()).isEqualTo("Jane");
    String token = event.get("data").get("token").asText();
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(1);

    String reset = shop.store() + "/customers/password-reset";
    assertError(
        call(
            "POST",
            reset,
            "{\"email\": \"%s\", \"token\": \"bogus\", \"password\": \"n3w\"}".formatted(email),
            null),
        401,
        "unauthorized",
        "Invalid or expired password reset token");
    assertError(
        call("POST", reset, "{\"email\": \"%s\", \"token\": \"%s\"}".formatted(email, token), null),
        400,
        "invalid_data",
        "password should not be empty");
    String other = email();
    register(shop, other);
    assertError(
        call(
            "POST",
            reset,
            "{\"email\": \"%s\", \"token\": \"%s\", \"password\": \"n3w\"}".formatted(other, token),
            null),
        401,
        "unauthorized",
        "Invalid or expired password reset token");

    Answer done =
        call(
            "POST",
            reset,
            "{\"email\": \"%s\", \"token\": \"%s\", \"password\": \"n3w\"}".formatted(email, token),
            null);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.customer().get("id").asText()).isEqualTo(id);
    assertThat(done.header("Set-Cookie")).isNull();
    assertThat(ct(shop, id).get("version").asLong()).isEqualTo(2);
    assertThat(messageTypes(id)).containsExactly("CustomerCreated", "CustomerPasswordUpdated");
    // The token's message is about the token (resource customer-password-token), as from the ct
    // API.
    long tokenMessages =
        server
            .database()
            .jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT COUNT(*) FROM message WHERE project_key = :p"
                                + " AND type = 'CustomerPasswordTokenCreated'")
                        .bind("p", shop.project())
                        .mapTo(Long.class)
                        .one());
    assertThat(tokenMessages).isEqualTo(1L);
    assertUnauthorized(call("GET", shop.store() + "/auth", null, session));
    assertError(
        call(
            "POST",
            reset,
            "{\"email\": \"%s\", \"token\": \"%s\", \"password\": \"again\"}"
                .formatted(email, token),
            null),
        401,
        "unauthorized",
        "Invalid or expired password reset token");
    assertThat(
            call(
                    "POST",
                    shop.store() + "/auth",
                    "{\"email\": \"%s\", \"password\": \"n3w\"}".formatted(email),
                    null)
                .status())
        .isEqualTo(200);

    // A token made through the Customers API works too.
    TestServer.Reply ctToken =
        server.post(
            "/" + shop.project() + "/customers/password-token", "{\"email\": \"" + email + "\"}");
    assertThat(ctToken.status()).as(ctToken.body()).isEqualTo(200);
    Answer viaCt =
        call(
            "POST",
            reset,
            "{\"email\": \"%s\", \"token\": \"%s\", \"password\": \"n3w-2\"}"
                .formatted(email, ctToken.json().get("value").asText()),
            null);
    assertThat(viaCt.status()).as(viaCt.body()).isEqualTo(200);
  }

  // ------------------------------------------------------------------ messages, concurrency

  private static List<String> messageTypes(String customerId) {
    return server
        .database()
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT type FROM message WHERE resource_id = :id ORDER BY sequence_number")
                    .bind("id", customerId)
                    .mapTo(String.class)
                    .list());
  }

  @Test
  void facadeWritesProduceTheMessagesOfTheirActions() {
    Shop shop = shop();
    String email = email();
    Answer registered = register(shop, email);
    String id = registered.customer().get("id").asText();
    String session = "cookie:" + registered.session();
    call("POST", shop.store() + "/customers/me", "{\"first_name\": \"Janet\"}", session);
    call("POST", shop.store() + "/customers/me", "{\"phone\": \"+1\"}", session);
    call("POST", shop.store() + "/customers/me/addresses", ADDRESS, session);
    call("POST", shop.store() + "/customers/me", "{\"password\": \"n3w\"}", session);
    JsonNode ct = ct(shop, id);
    List<String> types = messageTypes(id);
    assertThat(types.get(0)).isEqualTo("CustomerCreated");
    assertThat(types.get(1)).isEqualTo("CustomerFirstNameSet");
    assertThat(types.get(2)).isEqualTo("CustomerAddressAdded");
    assertThat(types.get(types.size() - 1)).isEqualTo("CustomerPasswordUpdated");
    assertThat(ct.get("lastMessageSequenceNumber").asLong()).isEqualTo(types.size());
    // register 1, name 2, phone 3 (no message), address 4, password 5
    assertThat(ct.get("version").asLong()).isEqualTo(5);
  }

  @Test
  void concurrentWritesAreRetriedOrAnswer409() throws Exception {
    Shop shop = shop();
    Answer registered = register(shop, email());
    String id = registered.customer().get("id").asText();
    String session = "cookie:" + registered.session();
    int writers = 8;
    List<Thread> threads = new ArrayList<>();
    List<Answer> answers = new CopyOnWriteArrayList<>();
    for (int i = 0; i < writers; i++) {
      String city = "City " + i;
      Thread thread =
          new Thread(
              () ->
                  answers.add(
                      call(
                          "POST",
                          shop.store() + "/customers/me/addresses",
                          ADDRESS.replace("Berlin", city),
                          session)));
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long succeeded = answers.stream().filter(a -> a.status() == 200).count();
    for (Answer answer : answers) {
      if (answer.status() != 200) {
        assertError(answer, 409, "conflict", "conflicted with another request");
        assertThat(answer.json().get("code").asText()).isEqualTo("invalid_state_error");
      }
    }
    assertThat(succeeded).isGreaterThan(0);
    JsonNode ct = ct(shop, id);
    assertThat(ct.get("addresses")).hasSize((int) succeeded);
    assertThat(ct.get("version").asLong()).isEqualTo(1 + succeeded);
  }

  @Test
  void storeAndExternalAuthCustomersCannotSignIn() {
    Shop shop = shop();
    TestServer.Reply store =
        server.post(
            "/" + shop.project() + "/stores",
            "{\"key\": \"berlin\", \"name\": {\"en\": \"Berlin\"}}");
    assertThat(store.status()).isEqualTo(201);
    String inStore = email();
    TestServer.Reply created =
        server.post(
            "/" + shop.project() + "/customers",
            "{\"email\": \"%s\", \"password\": \"pw\", \"stores\": [{\"key\": \"berlin\"}]}"
                .formatted(inStore));
    assertThat(created.status()).isEqualTo(201);
    String external = email();
    assertThat(
            server
                .post(
                    "/" + shop.project() + "/customers",
                    "{\"email\": \"%s\", \"authenticationMode\": \"ExternalAuth\"}"
                        .formatted(external))
                .status())
        .isEqualTo(201);
    assertUnauthorized(
        call(
            "POST",
            shop.store() + "/auth",
            "{\"email\": \"%s\", \"password\": \"pw\"}".formatted(inStore),
            null));
    assertThat(
            call("GET", shop.store() + "/auth/" + inStore, null, null)
                .json()
                .get("exists")
                .asBoolean())
        .isFalse();
    assertThat(
            call("GET", shop.store() + "/auth/" + external, null, null)
                .json()
                .get("exists")
                .asBoolean())
        .isFalse();
    // Their emails are still taken (contract #7).
    assertThat(
            call(
                    "POST",
                    shop.store() + "/customers",
                    "{\"email\": \"%s\", \"password\": \"x\", \"first_name\": \"A\", \"last_name\": \"B\"}"
                        .formatted(inStore),
                    null)
                .status())
        .isEqualTo(422);
    EVENTS.clear();
    assertThat(
            call(
                    "POST",
                    shop.store() + "/customers/password-token",
                    "{\"email\": \"" + external + "\"}",
                    null)
                .status())
        .isEqualTo(204);
    assertThat(EVENTS).isEmpty();
  }

  // ------------------------------------------------------------------ the extension

  private static String extension(String customerId) {
    return server
        .database()
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT document FROM medusa_customer_extension WHERE customer_id = :id")
                    .bind("id", customerId)
                    .mapTo(String.class)
                    .findOne()
                    .orElse(""));
  }

  @Test
  void theExtensionGoesWithTheCustomerAndItsAddresses() {
    Shop shop = shop();
    Answer registered = register(shop, email());
    String id = registered.customer().get("id").asText();
    String session = "cookie:" + registered.session();
    String addressId =
        call("POST", shop.store() + "/customers/me/addresses", ADDRESS, session)
            .customer()
            .get("shipping_addresses")
            .get(0)
            .get("id")
            .asText();
    assertThat(extension(id)).contains(addressId).contains("+4930123");

    // Removed through the Customers API: its metadata goes too.
    TestServer.Reply removed =
        server.post(
            "/" + shop.project() + "/customers/" + id,
            "{\"version\": 2, \"actions\": [{\"action\": \"removeAddress\", \"addressId\": \""
                + addressId
                + "\"}]}");
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(extension(id)).doesNotContain(addressId).contains("+4930123");

    TestServer.Reply deleted =
        server.delete("/" + shop.project() + "/customers/" + id + "?version=3");
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(extension(id)).isEmpty();
  }
}
