package ctc.app.http;

import static ctc.app.http.Customers.create;
import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.domain.common.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, password change and reset, and email verification over real HTTP, with a clock the tests
 * move.
 */
class CredentialsTest {

  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
  private static TestServer server;
  private String project;
  private String email;
  private JsonNode customer;

  @BeforeAll
  static void startServer() {
    server = TestServer.start(CLOCK);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void aCustomer() {
    project = TestServer.newProject();
    email = Customers.uniqueEmail();
    customer =
        create(
            server,
            project,
            """
        {"email": "%s", "password": "first-password"}"""
                .formatted(email));
  }

  private String path(String suffix) {
    return "/" + project + suffix;
  }

  private Reply signIn(String mail, String password) {
    return server.post(
        path("/login"),
        """
        {"email": "%s", "password": "%s"}"""
            .formatted(mail, password));
  }

  private String passwordToken(String body) {
    Reply reply = server.post(path("/customers/password-token"), body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().get("value").asText();
  }

  private String passwordToken() {
    return passwordToken("{\"email\": \"" + email + "\"}");
  }

  private Reply reset(String token, String newPassword) {
    return server.post(
        path("/customers/password/reset"),
        """
        {"tokenValue": "%s", "newPassword": "%s"}"""
            .formatted(token, newPassword));
  }

  private String emailToken(int ttlMinutes) {
    Reply reply =
        server.post(
            path("/customers/email-token"),
            """
        {"id": "%s", "ttlMinutes": %d}"""
                .formatted(customer.get("id").asText(), ttlMinutes));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().get("value").asText();
  }

  private static void assertError(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.code()).isEqualTo(code);
  }

  @Test
  void signInMatchesTheEmailIgnoringCaseAndAnswersTheSignInResult() {
    Reply reply = signIn(email.toUpperCase(), "first-password");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("customer").get("id")).isEqualTo(customer.get("id"));
  }

  @Test
  void wrongPasswordAndUnknownEmailAreTheSameInvalidCredentials() {
    Reply wrong = signIn(email, "not-the-password");
    Reply unknown = signIn("nobody@example.com", "first-password");

    assertError(wrong, 400, "InvalidCredentials");
    assertError(unknown, 400, "InvalidCredentials");
    assertThat(wrong.body()).isEqualTo(unknown.body());
    assertThat(wrong.message()).isEqualTo("Account with the given credentials not found.");
  }

  @Test
  void aStoreCustomerCannotSignInProjectWide() {
    String storeEmail = Customers.uniqueEmail();
    Customers.store(server, project, "berlin");
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "stores": [{"typeId": "store", "key": "berlin"}]}"""
            .formatted(storeEmail));

    assertError(signIn(storeEmail, "pw"), 400, "InvalidCredentials");
  }

  @Test
  void signInRequiresEmailAndPassword() {
    assertError(
        server.post(path("/login"), "{\"email\": \"" + email + "\"}"), 400, "InvalidJsonInput");
  }

  @Test
  void externalAuthRemovesThePasswordAndSwitchingBackRequiresANewOne() {
    String id = customer.get("id").asText();
    Reply external =
        server.post(
            path("/customers/" + id),
            update(
                1,
                """
        {"action": "setAuthenticationMode", "authMode": "ExternalAuth"}"""));

    assertThat(external.json().get("authenticationMode").asText()).isEqualTo("ExternalAuth");
    assertThat(external.json().has("password")).isFalse();
    assertError(signIn(email, "first-password"), 400, "InvalidCredentials");

    Reply withoutPassword =
        server.post(
            path("/customers/" + id),
            update(
                2,
                """
        {"action": "setAuthenticationMode", "authMode": "Password"}"""));
    assertError(withoutPassword, 400, "InvalidOperation");

    Reply back =
        server.post(
            path("/customers/" + id),
            update(
                2,
                """
        {"action": "setAuthenticationMode", "authMode": "Password", "password": "second-password"}"""));
    assertThat(back.status()).isEqualTo(200);
    assertThat(signIn(email, "second-password").status()).isEqualTo(200);
    assertError(signIn(email, "first-password"), 400, "InvalidCredentials");
  }

  @Test
  void changePasswordChecksTheCurrentOneAndRaisesTheVersion() {
    String body =
        """
        {"id": "%s", "version": 1, "currentPassword": "%s", "newPassword": "second-password"}""";
    String id = customer.get("id").asText();

    assertError(
        server.post(path("/customers/password"), body.formatted(id, "wrong")),
        400,
        "InvalidCurrentPassword");
    Reply changed = server.post(path("/customers/password"), body.formatted(id, "first-password"));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("version").asLong()).isEqualTo(2);
    assertThat(signIn(email, "second-password").status()).isEqualTo(200);
    assertError(signIn(email, "first-password"), 400, "InvalidCredentials");
  }

  @Test
  void changePasswordWithAStaleVersionIs409AndChangesNothing() {
    Reply reply =
        server.post(
            path("/customers/password"),
            """
        {"id": "%s", "version": 5, "currentPassword": "first-password", "newPassword": "x2"}"""
                .formatted(customer.get("id").asText()));

    assertError(reply, 409, "ConcurrentModification");
    assertThat(signIn(email, "first-password").status()).isEqualTo(200);
  }

  @Test
  void changePasswordOfAnUnknownCustomerIs404() {
    assertError(
        server.post(
            path("/customers/password"),
            """
        {"id": "nobody", "version": 1, "currentPassword": "a", "newPassword": "b"}"""),
        404,
        "ResourceNotFound");
  }

  @Test
  void passwordResetJourneyEndsWithTheNewPasswordAndAUsedToken() {
    String token = passwordToken();

    Reply byToken = server.get(path("/customers/password-token=" + token));
    assertThat(byToken.status()).isEqualTo(200);
    assertThat(byToken.json().get("id")).isEqualTo(customer.get("id"));

    Reply reset = reset(token, "after-reset");
    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.json().get("version").asLong()).isEqualTo(2);

    assertThat(signIn(email, "after-reset").status()).isEqualTo(200);
    assertError(signIn(email, "first-password"), 400, "InvalidCredentials");
    assertError(server.get(path("/customers/password-token=" + token)), 404, "ResourceNotFound");
    assertError(reset(token, "again"), 404, "ResourceNotFound");
  }

  @Test
  void passwordTokenResponseHasTheCustomerTokenShape() {
    Reply reply =
        server.post(
            path("/customers/password-token"),
            """
        {"email": "%s", "ttlMinutes": 60}"""
                .formatted(email.toUpperCase()));

    JsonNode token = reply.json();
    assertThat(token.get("customerId")).isEqualTo(customer.get("id"));
    assertThat(token.get("value").asText()).matches("[A-Za-z0-9_-]{43,}");
    assertThat(Instant.parse(token.get("expiresAt").asText()))
        .isEqualTo(Instant.parse(token.get("createdAt").asText()).plus(Duration.ofMinutes(60)));
    assertThat(token.get("invalidateOlderTokens").asBoolean()).isFalse();
    assertThat(token.get("lastModifiedAt")).isEqualTo(token.get("createdAt"));
  }

  @Test
  void passwordTokensLastThe34560MinutesOfTheSeedByDefault() {
    JsonNode token =
        server.post(path("/customers/password-token"), "{\"email\": \"" + email + "\"}").json();

    assertThat(
            Duration.between(
                Instant.parse(token.get("createdAt").asText()),
                Instant.parse(token.get("expiresAt").asText())))
        .isEqualTo(Duration.ofMinutes(34_560));
  }

  @Test
  void aResetEndsEveryOtherPasswordTokenToo() {
    String older = passwordToken();
    String used = passwordToken();

    assertThat(reset(used, "after-reset").status()).isEqualTo(200);

    assertError(reset(older, "other"), 404, "ResourceNotFound");
  }

  @Test
  void olderTokensStayValidUnlessTheNewOneInvalidatesThem() {
    String first = passwordToken();
    String second = passwordToken();
    assertThat(server.get(path("/customers/password-token=" + first)).status()).isEqualTo(200);

    String third = passwordToken("{\"email\": \"" + email + "\", \"invalidateOlderTokens\": true}");

    assertError(server.get(path("/customers/password-token=" + first)), 404, "ResourceNotFound");
    assertError(server.get(path("/customers/password-token=" + second)), 404, "ResourceNotFound");
    assertThat(server.get(path("/customers/password-token=" + third)).status()).isEqualTo(200);
  }

  @Test
  void anExpiredPasswordTokenIs400AndCannotReset() {
    String token = passwordToken("{\"email\": \"" + email + "\", \"ttlMinutes\": 1}");

    CLOCK.advance(Duration.ofMinutes(2));

    assertError(
        server.get(path("/customers/password-token=" + token)),
        400,
        "ExpiredCustomerPasswordToken");
    assertError(reset(token, "too-late"), 400, "ExpiredCustomerPasswordToken");
    assertThat(signIn(email, "first-password").status()).isEqualTo(200);
  }

  @Test
  void passwordTokenForAnUnknownEmailIs404() {
    assertError(
        server.post(path("/customers/password-token"), "{\"email\": \"nobody@example.com\"}"),
        404,
        "ResourceNotFound");
  }

  @Test
  void passwordTokenTtlOutsideTheAllowedRangeIsInvalidInput() {
    assertError(
        server.post(
            path("/customers/password-token"),
            """
        {"email": "%s", "ttlMinutes": 43201}"""
                .formatted(email)),
        400,
        "InvalidInput");
    assertError(
        server.post(
            path("/customers/password-token"),
            """
        {"email": "%s", "ttlMinutes": 0}"""
                .formatted(email)),
        400,
        "InvalidInput");
  }

  @Test
  void resetWithAStaleVersionIs409AndKeepsTheToken() {
    String token = passwordToken();

    Reply stale =
        server.post(
            path("/customers/password/reset"),
            """
        {"tokenValue": "%s", "newPassword": "x", "version": 9}"""
                .formatted(token));

    assertError(stale, 409, "ConcurrentModification");
    assertThat(reset(token, "now-it-works").status()).isEqualTo(200);
  }

  @Test
  void resetWithAnEmptyPasswordIsInvalidInputAndKeepsTheToken() {
    String token = passwordToken();

    assertError(reset(token, ""), 400, "InvalidInput");
    assertThat(server.get(path("/customers/password-token=" + token)).status()).isEqualTo(200);
  }

  @Test
  void tokensDoNotCrossProjects() {
    String token = passwordToken();

    assertError(
        server.get("/" + TestServer.newProject() + "/customers/password-token=" + token),
        404,
        "ResourceNotFound");
  }

  @Test
  void emailVerificationJourney() {
    String token = emailToken(60);

    assertThat(server.get(path("/customers/email-token=" + token)).json().get("id"))
        .isEqualTo(customer.get("id"));
    Reply confirmed =
        server.post(path("/customers/email/confirm"), "{\"tokenValue\": \"" + token + "\"}");

    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().get("isEmailVerified").asBoolean()).isTrue();
    assertThat(confirmed.json().get("version").asLong()).isEqualTo(2);
    assertError(
        server.post(path("/customers/email/confirm"), "{\"tokenValue\": \"" + token + "\"}"),
        404,
        "ResourceNotFound");
    assertError(server.get(path("/customers/email-token=" + token)), 404, "ResourceNotFound");
  }

  @Test
  void confirmingOneEmailTokenEndsTheOthers() {
    String first = emailToken(60);
    String second = emailToken(60);

    server.post(path("/customers/email/confirm"), "{\"tokenValue\": \"" + second + "\"}");

    assertError(server.get(path("/customers/email-token=" + first)), 404, "ResourceNotFound");
  }

  @Test
  void anExpiredEmailTokenIs400() {
    String token = emailToken(5);

    CLOCK.advance(Duration.ofMinutes(5));

    assertError(
        server.get(path("/customers/email-token=" + token)), 400, "ExpiredCustomerEmailToken");
    assertError(
        server.post(path("/customers/email/confirm"), "{\"tokenValue\": \"" + token + "\"}"),
        400,
        "ExpiredCustomerEmailToken");
  }

  @Test
  void emailTokenRequiresTtlMinutesAndChecksAGivenVersion() {
    String id = customer.get("id").asText();

    assertError(
        server.post(path("/customers/email-token"), "{\"id\": \"" + id + "\"}"),
        400,
        "InvalidJsonInput");
    assertError(
        server.post(
            path("/customers/email-token"),
            """
        {"id": "%s", "ttlMinutes": 10, "version": 3}"""
                .formatted(id)),
        409,
        "ConcurrentModification");
    assertError(
        server.post(
            path("/customers/email-token"),
            """
        {"id": "nobody", "ttlMinutes": 10}"""),
        404,
        "ResourceNotFound");
  }

  @Test
  void confirmWithAStaleVersionIs409() {
    String token = emailToken(60);

    assertError(
        server.post(
            path("/customers/email/confirm"),
            """
        {"tokenValue": "%s", "version": 4}"""
                .formatted(token)),
        409,
        "ConcurrentModification");
  }

  @Test
  void postToCustomersPasswordIsThePasswordChangeNotAnUpdateOfACustomerCalledPassword() {
    Reply reply = server.post(path("/customers/password"), update(1));

    assertError(reply, 400, "InvalidJsonInput");
    assertThat(reply.json().get("errors").get(0).get("detailedErrorMessage").asText())
        .startsWith("id:");
  }
}
