package ctc.app.http;

import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.domain.auth.IssuedApiClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * My Customer Profile over HTTP with real tokens: journeys, isolation between customers, and
 * refusals.
 */
class MeTest {

  private static TestServer server;
  private String project;
  private IssuedApiClient app;

  @BeforeAll
  static void startServer() {
    server = TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void aMobileApp() {
    project = TestServer.newProject();
    app =
        server.newClient(
            project, "manage_my_profile:" + project + " create_anonymous_token:" + project);
  }

  private Reply as(String token, String method, String path, String body) {
    return server.send(method, "/" + project + path, body, "Authorization", "Bearer " + token);
  }

  private String clientToken() {
    return server
        .oauth("/oauth/token", app, "grant_type=client_credentials")
        .json()
        .get("access_token")
        .asText();
  }

  private JsonNode passwordFlow(String email, String password) {
    return server
        .oauth(
            "/oauth/" + project + "/customers/token",
            app,
            "grant_type=password&username=" + email + "&password=" + password)
        .json();
  }

  /** Signs a new customer up and returns a password-flow token for them. */
  private String signedUpCustomer(String email) {
    Reply signup =
        as(
            clientToken(),
            "POST",
            "/me/signup",
            "{\"email\": \"" + email + "\", \"password\": \"pw\"}");
    assertThat(signup.status()).as(signup.body()).isEqualTo(201);
    return passwordFlow(email, "pw").get("access_token").asText();
  }

  @Test
  void fullJourneyFromAnonymousSessionToDeletion() {
    JsonNode anonymous =
        server
            .oauth(
                "/oauth/" + project + "/anonymous/token",
                app,
                "grant_type=client_credentials&anonymous_id=visitor-42")
            .json();
    String email = Customers.uniqueEmail();

    Reply signup =
        as(
            anonymous.get("access_token").asText(),
            "POST",
            "/me/signup",
            """
        {"email": "%s", "password": "first-pw", "firstName": "Mia"}"""
                .formatted(email));
    assertThat(signup.status()).as(signup.body()).isEqualTo(201);
    assertThat(signup.json().get("customer").get("createdBy").get("anonymousId").asText())
        .isEqualTo("visitor-42");

    JsonNode session = passwordFlow(email, "first-pw");
    String token = session.get("access_token").asText();
    JsonNode me = as(token, "GET", "/me", null).json();
    assertThat(me.get("email").asText()).isEqualTo(email);

    Reply updated =
        as(
            token,
            "POST",
            "/me",
            update(
                1,
                "{\"action\": \"addAddress\", \"address\": {\"country\": \"DE\", \"city\": \"Köln\", \"key\": \"home\"}}",
                "{\"action\": \"setDefaultShippingAddress\", \"addressKey\": \"home\"}"));
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().get("defaultShippingAddressId").asText())
        .isEqualTo(updated.json().get("addresses").get(0).get("id").asText());
    assertThat(updated.json().get("lastModifiedBy").get("customer").get("id"))
        .isEqualTo(me.get("id"));

    Reply changed =
        as(
            token,
            "POST",
            "/me/password",
            "{\"version\": 2, \"currentPassword\": \"first-pw\", \"newPassword\": \"second-pw\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(as(token, "GET", "/me", null).status()).isEqualTo(401);
    assertThat(
            server
                .oauth(
                    "/oauth/token",
                    app,
                    "grant_type=refresh_token&refresh_token="
                        + session.get("refresh_token").asText())
                .json()
                .get("error")
                .asText())
        .isEqualTo("invalid_grant");
    assertThat(passwordFlow(email, "first-pw").get("error").asText())
        .isEqualTo("invalid_customer_account_credentials");

    String newToken = passwordFlow(email, "second-pw").get("access_token").asText();
    Reply deleted = as(newToken, "DELETE", "/me?version=3", null);
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(server.get("/" + project + "/customers/" + me.get("id").asText()).status())
        .isEqualTo(404);
  }

  @Test
  void loginAnswersTheSignInResult() {
    String email = Customers.uniqueEmail();
    signedUpCustomer(email);

    Reply login =
        as(
            clientToken(),
            "POST",
            "/me/login",
            "{\"email\": \"" + email + "\", \"password\": \"pw\"}");
    Reply wrong =
        as(
            clientToken(),
            "POST",
            "/me/login",
            "{\"email\": \"" + email + "\", \"password\": \"no\"}");

    assertThat(login.json().get("customer").get("email").asText()).isEqualTo(email);
    assertThat(wrong.code()).isEqualTo("InvalidCredentials");
  }

  @Test
  void twoCustomersNeverSeeOrChangeEachOther() {
    String annEmail = Customers.uniqueEmail();
    String bobEmail = Customers.uniqueEmail();
    String ann = signedUpCustomer(annEmail);
    String bob = signedUpCustomer(bobEmail);
    String annId = as(ann, "GET", "/me", null).json().get("id").asText();
    String bobId = as(bob, "GET", "/me", null).json().get("id").asText();
    String bobResetToken =
        server
            .post("/" + project + "/customers/password-token", "{\"email\": \"" + bobEmail + "\"}")
            .json()
            .get("value")
            .asText();
    String bobEmailToken =
        server
            .post(
                "/" + project + "/customers/email-token",
                "{\"id\": \"" + bobId + "\", \"ttlMinutes\": 60}")
            .json()
            .get("value")
            .asText();

    assertThat(annId).isNotEqualTo(bobId);
    assertThat(
            as(
                    ann,
                    "POST",
                    "/me",
                    update(1, "{\"action\": \"setFirstName\", \"firstName\": \"Ann\"}"))
                .json()
                .get("id")
                .asText())
        .isEqualTo(annId);
    assertThat(
            as(
                    ann,
                    "POST",
                    "/me/password/reset",
                    "{\"tokenValue\": \"" + bobResetToken + "\", \"newPassword\": \"hijack\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            as(ann, "POST", "/me/email/confirm", "{\"tokenValue\": \"" + bobEmailToken + "\"}")
                .status())
        .isEqualTo(404);
    assertThat(as(ann, "GET", "/customers/" + bobId, null).code()).isEqualTo("insufficient_scope");
    // Ann's password change ends Ann's sessions only.
    assertThat(
            as(
                    ann,
                    "POST",
                    "/me/password",
                    "{\"version\": 2, \"currentPassword\": \"pw\", \"newPassword\": " + "\"x\"}")
                .json()
                .get("id")
                .asText())
        .isEqualTo(annId);
    assertThat(as(ann, "DELETE", "/me?version=3", null).code()).isEqualTo("invalid_token");
    assertThat(as(bob, "GET", "/me", null).status()).isEqualTo(200);

    JsonNode bobNow = server.get("/" + project + "/customers/" + bobId).json();
    assertThat(bobNow.get("version").asLong()).isEqualTo(1);
    assertThat(passwordFlow(bobEmail, "pw").has("access_token")).isTrue();
    assertThat(
            as(
                    bob,
                    "POST",
                    "/me/password/reset",
                    "{\"tokenValue\": \"" + bobResetToken + "\", \"newPassword\": \"mine\"}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void confirmingTheirOwnEmailTokenVerifiesTheCustomer() {
    String email = Customers.uniqueEmail();
    String token = signedUpCustomer(email);
    String id = as(token, "GET", "/me", null).json().get("id").asText();
    String value =
        server
            .post(
                "/" + project + "/customers/email-token",
                "{\"id\": \"" + id + "\", \"ttlMinutes\": 60}")
            .json()
            .get("value")
            .asText();

    Reply confirmed = as(token, "POST", "/me/email/confirm", "{\"tokenValue\": \"" + value + "\"}");

    assertThat(confirmed.json().get("isEmailVerified").asBoolean()).isTrue();
  }

  @Test
  void tokensWithoutACustomerAreRefusedWhereACustomerIsNeeded() {
    String client = clientToken();
    String anonymous =
        server
            .oauth("/oauth/" + project + "/anonymous/token", app, "grant_type=client_credentials")
            .json()
            .get("access_token")
            .asText();

    for (String token : List.of(client, anonymous)) {
      for (Reply reply :
          List.of(
              as(token, "GET", "/me", null),
              as(token, "POST", "/me", update(1)),
              as(token, "DELETE", "/me?version=1", null),
              as(token, "POST", "/me/password", "{}"),
              as(token, "POST", "/me/password/reset", "{}"),
              as(token, "POST", "/me/email/confirm", "{}"))) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("insufficient_scope");
        assertThat(reply.message()).contains("customer");
      }
    }
  }

  @Test
  void tokensWithoutManageMyProfileAreRefused() {
    String manageCustomers = server.token(project, "manage_customers:" + project);

    assertThat(
            as(
                    manageCustomers,
                    "POST",
                    "/me/signup",
                    "{\"email\": \"x@y.z\", \"password\": \"pw\"}")
                .code())
        .isEqualTo("insufficient_scope");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "setKey",
        "setCustomerNumber",
        "setExternalId",
        "setCustomerGroup",
        "setCustomerGroupAssignments",
        "addCustomerGroupAssignment",
        "removeCustomerGroupAssignment",
        "setStores",
        "addStore",
        "removeStore",
        "setAuthenticationMode",
        "setAddressCustomType",
        "setAddressCustomField"
      })
  void nonMyActionsAreRejectedByName(String action) {
    String token = signedUpCustomer(Customers.uniqueEmail());

    Reply reply = as(token, "POST", "/me", update(1, "{\"action\": \"" + action + "\"}"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("InvalidJsonInput");
    assertThat(reply.json().get("errors").get(0).get("detailedErrorMessage").asText())
        .contains(action);
    assertThat(as(token, "GET", "/me", null).json().get("version").asLong()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"key\": \"k1\"",
        "\"customerNumber\": \"n1\"",
        "\"externalId\": \"e1\"",
        "\"customerGroup\": {\"key\": \"vip\"}",
        "\"isEmailVerified\": true",
        "\"authenticationMode\": \"Password\"",
        "\"shippingAddresses\": [0]",
        "\"anonymousId\": \"someone\""
      })
  void signupRefusesFieldsAMyCustomerDraftDoesNotHave(String field) {
    Reply reply =
        as(
            clientToken(),
            "POST",
            "/me/signup",
            "{\"email\": \""
                + Customers.uniqueEmail()
                + "\", \"password\": \"pw\", "
                + field
                + "}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("InvalidJsonInput");
    assertThat(server.get("/" + project + "/customers").json().get("total").asInt()).isZero();
  }

  @Test
  void signupNeedsAPassword() {
    assertThat(as(clientToken(), "POST", "/me/signup", "{\"email\": \"a@b.c\"}").code())
        .isEqualTo("InvalidJsonInput");
  }

  @Test
  void getMeChecksAWherePredicateAgainstTheCustomer() {
    String email = Customers.uniqueEmail();
    String token = signedUpCustomer(email);

    assertThat(
            as(
                    token,
                    "GET",
                    "/me?where=" + CustomerEndpointsTest.encode("email = \"" + email + "\""),
                    null)
                .status())
        .isEqualTo(200);
    assertThat(
            as(
                    token,
                    "GET",
                    "/me?where=" + CustomerEndpointsTest.encode("email = \"other@example.com\""),
                    null)
                .status())
        .isEqualTo(404);
  }

  @Test
  void inStoreProfileFollowsTheStoreRules() {
    Customers.store(server, project, "berlin");
    Customers.store(server, project, "paris");
    String client = clientToken();
    String berlinEmail = Customers.uniqueEmail();
    Reply signup =
        as(
            client,
            "POST",
            "/in-store/key=berlin/me/signup",
            "{\"email\": \"" + berlinEmail + "\", \"password\": \"pw\"}");
    assertThat(signup.json().get("customer").get("stores").get(0).get("key").asText())
        .isEqualTo("berlin");
    String berlinToken =
        server
            .oauth(
                "/oauth/" + project + "/in-store/key=berlin/customers/token",
                app,
                "grant_type=password&username=" + berlinEmail + "&password=pw")
            .json()
            .get("access_token")
            .asText();

    assertThat(as(berlinToken, "GET", "/in-store/key=berlin/me", null).status()).isEqualTo(200);
    assertThat(as(berlinToken, "GET", "/in-store/key=paris/me", null).status()).isEqualTo(404);
    assertThat(as(berlinToken, "GET", "/me", null).status()).isEqualTo(200);
    assertThat(
            as(
                    client,
                    "POST",
                    "/in-store/key=paris/me/login",
                    "{\"email\": \"" + berlinEmail + "\", \"password\": \"pw\"}")
                .code())
        .isEqualTo("InvalidCredentials");
    assertThat(
            as(
                    client,
                    "POST",
                    "/in-store/key=berlin/me/login",
                    "{\"email\": \"" + berlinEmail + "\", \"password\": \"pw\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            as(
                    client,
                    "POST",
                    "/me/login",
                    "{\"email\": \"" + berlinEmail + "\", \"password\": \"pw\"}")
                .code())
        .isEqualTo("InvalidCredentials");
  }

  @Test
  void storeScopedMyProfileTokensWorkOnlyInTheirStore() {
    Customers.store(server, project, "berlin");
    IssuedApiClient storeApp =
        server.newClient(project, "manage_my_profile:" + project + ":berlin");
    String email = Customers.uniqueEmail();
    Customers.create(server, project, Customers.draft(email));
    String token =
        server
            .oauth(
                "/oauth/" + project + "/in-store/key=berlin/customers/token",
                storeApp,
                "grant_type=password&username=" + email + "&password=secret123")
            .json()
            .get("access_token")
            .asText();

    assertThat(as(token, "GET", "/in-store/key=berlin/me", null).status()).isEqualTo(200);
    assertThat(as(token, "GET", "/me", null).code()).isEqualTo("insufficient_scope");
  }
}
