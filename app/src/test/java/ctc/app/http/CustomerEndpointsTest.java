package ctc.app.http;

import static ctc.app.http.Customers.create;
import static ctc.app.http.Customers.draft;
import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The project-scoped Customers API over real HTTP against a real database: the successful paths.
 */
class CustomerEndpointsTest {

  private static TestServer server;
  private String project;

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
  }

  private String customers() {
    return "/" + project + "/customers";
  }

  @Test
  void createAnswers201WithTheSignInResultAndAFullCustomer() {
    Reply reply =
        server.post(
            customers(),
            """
        {"email": "Jane.Doe@Example.com", "password": "s3cret!", "key": "jane-doe", "firstName": "Jane",
         "lastName": "Doe", "dateOfBirth": "1990-02-03", "customerNumber": "C-1", "externalId": "ext-1",
         "locale": "de-DE", "isEmailVerified": true, "title": "Dr", "salutation": "Ms", "middleName": "M",
         "companyName": "ACME", "vatId": "DE123"}""");

    assertThat(reply.status()).isEqualTo(201);
    JsonNode customer = reply.json().get("customer");
    assertThat(reply.json().has("cart")).isFalse();
    assertThat(customer.get("id").asText()).matches("[0-9a-f-]{36}");
    assertThat(customer.get("version").asLong()).isEqualTo(1);
    assertThat(customer.get("email").asText()).isEqualTo("Jane.Doe@Example.com");
    assertThat(customer.get("key").asText()).isEqualTo("jane-doe");
    assertThat(customer.get("dateOfBirth").asText()).isEqualTo("1990-02-03");
    assertThat(customer.get("isEmailVerified").asBoolean()).isTrue();
    assertThat(customer.get("authenticationMode").asText()).isEqualTo("Password");
    assertThat(customer.get("addresses")).isEmpty();
    assertThat(customer.get("shippingAddressIds")).isEmpty();
    assertThat(customer.get("billingAddressIds")).isEmpty();
    assertThat(customer.get("stores")).isEmpty();
    assertThat(customer.get("lastMessageSequenceNumber").asLong()).isEqualTo(1);
    assertThat(customer.get("createdAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(customer.get("lastModifiedAt").asText())
        .isEqualTo(customer.get("createdAt").asText());
    assertThat(customer.get("versionModifiedAt").asText())
        .isEqualTo(customer.get("createdAt").asText());
  }

  @Test
  void passwordIsShownOnlyInItsMaskedForm() {
    JsonNode customer = create(server, project, draft());

    assertThat(customer.get("password").asText())
        .matches("\\*\\*\\*\\*.{4}")
        .doesNotContain("secret123");
    assertThat(Customers.get(server, project, customer.get("id").asText()).get("password").asText())
        .isEqualTo(customer.get("password").asText());
  }

  @Test
  void unsetOptionalFieldsAreOmittedNotNull() {
    JsonNode customer = create(server, project, draft());

    assertThat(customer.has("key")).isFalse();
    assertThat(customer.has("lastName")).isFalse();
    assertThat(customer.has("defaultShippingAddressId")).isFalse();
    assertThat(customer.toString()).doesNotContain("null");
  }

  @Test
  void addressesGetServerIdsAndIndexFieldsResolveToThoseIds() {
    JsonNode customer =
        create(
            server,
            project,
            """
        {"email": "%s", "password": "pw", "addresses": [
           {"id": "client-chosen", "country": "DE", "city": "Berlin", "key": "home"},
           {"country": "US", "city": "Boston"}],
         "defaultShippingAddress": 0, "shippingAddresses": [1], "defaultBillingAddress": 1}"""
                .formatted(Customers.uniqueEmail()));

    JsonNode addresses = customer.get("addresses");
    String home = addresses.get(0).get("id").asText();
    String boston = addresses.get(1).get("id").asText();
    assertThat(home).matches("[A-Za-z0-9_-]{8}").isNotEqualTo("client-chosen");
    assertThat(boston).matches("[A-Za-z0-9_-]{8}").isNotEqualTo(home);
    assertThat(customer.get("defaultShippingAddressId").asText()).isEqualTo(home);
    assertThat(customer.get("shippingAddressIds"))
        .extracting(JsonNode::asText)
        .containsExactly(boston, home);
    assertThat(customer.get("defaultBillingAddressId").asText()).isEqualTo(boston);
    assertThat(customer.get("billingAddressIds"))
        .extracting(JsonNode::asText)
        .containsExactly(boston);
  }

  @Test
  void getByIdAndByKeyReturnTheSameCustomer() {
    JsonNode created =
        create(
            server,
            project,
            """
        {"email": "%s", "password": "pw", "key": "by-key"}"""
                .formatted(Customers.uniqueEmail()));

    Reply byId = server.get(customers() + "/" + created.get("id").asText());
    Reply byKey = server.get(customers() + "/key=by-key");

    assertThat(byId.status()).isEqualTo(200);
    assertThat(byKey.status()).isEqualTo(200);
    assertThat(byId.json()).isEqualTo(created);
    assertThat(byKey.json()).isEqualTo(created);
  }

  @Test
  void percentEncodedKeyInThePathIsDecoded() {
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "key": "with_under-score"}"""
            .formatted(Customers.uniqueEmail()));

    assertThat(server.get(customers() + "/key=with%5Funder%2Dscore").status()).isEqualTo(200);
  }

  @Test
  void headAnswers200ForAnExistingCustomerAnd404OtherwiseWithoutBody() {
    JsonNode created =
        create(
            server,
            project,
            """
        {"email": "%s", "password": "pw", "key": "heady"}"""
                .formatted(Customers.uniqueEmail()));

    assertThat(server.head(customers() + "/" + created.get("id").asText()).status()).isEqualTo(200);
    assertThat(server.head(customers() + "/key=heady").status()).isEqualTo(200);
    Reply missing = server.head(customers() + "/key=nobody");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).isEmpty();
  }

  @Test
  void projectsNeverSeeEachOthersCustomers() {
    JsonNode created = create(server, project);
    String other = TestServer.newProject();

    assertThat(server.get("/" + other + "/customers/" + created.get("id").asText()).status())
        .isEqualTo(404);
    assertThat(server.get("/" + other + "/customers").json().get("total").asLong()).isZero();
    // The same email is free in another project.
    assertThat(
            server.post("/" + other + "/customers", draft(created.get("email").asText())).status())
        .isEqualTo(201);
  }

  @Test
  void updateAppliesAllActionsAndRaisesTheVersionByOne() {
    JsonNode created = create(server, project);
    String id = created.get("id").asText();

    Reply reply =
        server.post(
            customers() + "/" + id,
            update(
                1,
                """
        {"action": "setFirstName", "firstName": "Grace"}""",
                """
        {"action": "setLastName", "lastName": "Hopper"}""",
                """
        {"action": "addAddress", "address": {"country": "GB", "key": "work"}}""",
                """
        {"action": "setDefaultBillingAddress", "addressKey": "work"}"""));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode customer = reply.json();
    assertThat(customer.get("version").asLong()).isEqualTo(2);
    assertThat(customer.get("firstName").asText()).isEqualTo("Grace");
    assertThat(customer.get("lastName").asText()).isEqualTo("Hopper");
    String work = customer.get("addresses").get(0).get("id").asText();
    assertThat(customer.get("defaultBillingAddressId").asText()).isEqualTo(work);
    assertThat(customer.get("billingAddressIds"))
        .extracting(JsonNode::asText)
        .containsExactly(work);
    assertThat(Customers.get(server, project, id)).isEqualTo(customer);
  }

  @Test
  void updateByKeyWorksLikeUpdateById() {
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "key": "upd"}"""
            .formatted(Customers.uniqueEmail()));

    Reply reply =
        server.post(
            customers() + "/key=upd",
            update(
                1,
                """
        {"action": "setKey", "key": "renamed"}"""));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(server.get(customers() + "/key=renamed").status()).isEqualTo(200);
    assertThat(server.get(customers() + "/key=upd").status()).isEqualTo(404);
  }

  @Test
  void anUpdateThatChangesNothingKeepsTheVersion() {
    JsonNode created = create(server, project);
    String id = created.get("id").asText();

    Reply empty = server.post(customers() + "/" + id, update(1));
    Reply same =
        server.post(
            customers() + "/" + id,
            update(
                1,
                """
        {"action": "setFirstName", "firstName": "Ada"}"""));

    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.json().get("version").asLong()).isEqualTo(1);
    assertThat(same.json().get("version").asLong()).isEqualTo(1);
    assertThat(same.json().get("lastModifiedAt")).isEqualTo(created.get("lastModifiedAt"));
  }

  @Test
  void changeEmailClearsVerificationAndMakesTheOldEmailFree() {
    JsonNode created =
        create(
            server,
            project,
            """
        {"email": "%s", "password": "pw", "isEmailVerified": true}"""
                .formatted(Customers.uniqueEmail()));
    String oldEmail = created.get("email").asText();

    Reply reply =
        server.post(
            customers() + "/" + created.get("id").asText(),
            update(
                1,
                """
        {"action": "changeEmail", "email": "%s"}"""
                    .formatted(Customers.uniqueEmail())));

    assertThat(reply.json().get("isEmailVerified").asBoolean()).isFalse();
    assertThat(server.post(customers(), draft(oldEmail)).status()).isEqualTo(201);
  }

  @Test
  void deleteAnswersWithTheDeletedCustomerAndRemovesIt() {
    JsonNode created =
        create(
            server,
            project,
            """
        {"email": "%s", "password": "pw", "key": "gone"}"""
                .formatted(Customers.uniqueEmail()));

    Reply reply = server.delete(customers() + "/key=gone?version=1&dataErasure=true");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("id")).isEqualTo(created.get("id"));
    assertThat(server.get(customers() + "/" + created.get("id").asText()).status()).isEqualTo(404);
    assertThat(server.post(customers(), draft(created.get("email").asText())).status())
        .isEqualTo(201);
  }

  @Test
  void deleteByIdChecksTheVersion() {
    JsonNode created = create(server, project);
    String path = customers() + "/" + created.get("id").asText();

    assertThat(server.delete(path + "?version=2").status()).isEqualTo(409);
    assertThat(server.delete(path + "?version=1").status()).isEqualTo(200);
  }

  @Test
  void queryPagesWithLimitOffsetAndTotal() {
    for (int i = 0; i < 5; i++) {
      create(server, project);
    }

    JsonNode page = server.get(customers() + "?limit=2&offset=1").json();

    assertThat(page.get("limit").asInt()).isEqualTo(2);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(page.get("count").asInt()).isEqualTo(2);
    assertThat(page.get("total").asInt()).isEqualTo(5);
    assertThat(page.get("results")).hasSize(2);
    assertThat(server.get(customers() + "?withTotal=false").json().has("total")).isFalse();
  }

  @Test
  void queryDefaultsToCreationOrderAndLimit20() {
    JsonNode first = create(server, project);
    JsonNode second = create(server, project);

    JsonNode page = server.get(customers()).json();

    assertThat(page.get("limit").asInt()).isEqualTo(20);
    assertThat(page.get("results"))
        .extracting(c -> c.get("id"))
        .containsExactly(first.get("id"), second.get("id"));
  }

  @Test
  void queryFiltersByEqualityJoinedWithAnd() {
    create(
        server,
        project,
        """
        {"email": "Match@Example.com", "password": "pw", "firstName": "Ann", "lastName": "Lee"}""");
    create(
        server,
        project,
        """
        {"email": "other@example.com", "password": "pw", "firstName": "Ann", "lastName": "Kim"}""");

    JsonNode both = server.get(customers() + "?where=" + encode("firstName = \"Ann\"")).json();
    JsonNode one =
        server
            .get(customers() + "?where=" + encode("firstName = \"Ann\" and lastName = \"Lee\""))
            .json();
    JsonNode lower =
        server
            .get(customers() + "?where=" + encode("lowercaseEmail = \"match@example.com\""))
            .json();
    JsonNode caseSensitive =
        server.get(customers() + "?where=" + encode("email = \"match@example.com\"")).json();
    JsonNode twoParams =
        server
            .get(
                customers()
                    + "?where="
                    + encode("firstName = \"Ann\"")
                    + "&where="
                    + encode("lastName = \"Kim\""))
            .json();

    assertThat(both.get("total").asInt()).isEqualTo(2);
    assertThat(one.get("results"))
        .extracting(c -> c.get("lastName").asText())
        .containsExactly("Lee");
    assertThat(lower.get("total").asInt()).isEqualTo(1);
    assertThat(caseSensitive.get("total").asInt()).isZero();
    assertThat(twoParams.get("results"))
        .extracting(c -> c.get("lastName").asText())
        .containsExactly("Kim");
  }

  @Test
  void queryUnderstandsInputVariablesAndBooleans() {
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "isEmailVerified": true, "firstName": "V"}"""
            .formatted(Customers.uniqueEmail()));
    create(server, project);

    JsonNode verified =
        server.get(customers() + "?where=" + encode("isEmailVerified = true")).json();
    JsonNode byVariable =
        server.get(customers() + "?where=" + encode("firstName = :name") + "&var.name=V").json();

    assertThat(verified.get("total").asInt()).isEqualTo(1);
    assertThat(byVariable.get("total").asInt()).isEqualTo(1);
  }

  @Test
  void sortAcceptsFormEncodedSpacesAndRepeats() {
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "firstName": "B", "lastName": "X"}"""
            .formatted(Customers.uniqueEmail()));
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "firstName": "A", "lastName": "X"}"""
            .formatted(Customers.uniqueEmail()));
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "firstName": "C", "lastName": "A"}"""
            .formatted(Customers.uniqueEmail()));

    JsonNode page = server.get(customers() + "?sort=lastName+desc&sort=firstName%20asc").json();

    assertThat(page.get("results"))
        .extracting(c -> c.get("firstName").asText())
        .containsExactly("A", "B", "C");
  }

  @Test
  void headOnTheQueryAnswersWhetherAnyCustomerMatches() {
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "firstName": "Here"}"""
            .formatted(Customers.uniqueEmail()));

    assertThat(server.head(customers() + "?where=" + encode("firstName = \"Here\"")).status())
        .isEqualTo(200);
    assertThat(server.head(customers() + "?where=" + encode("firstName = \"Absent\"")).status())
        .isEqualTo(404);
  }

  @Test
  void correlationIdIsEchoedOrGenerated() {
    Reply given = server.send("GET", customers(), null, "X-Correlation-ID", "my-trace-1");
    Reply generated = server.get(customers());

    assertThat(given.headers().firstValue("X-Correlation-ID")).hasValue("my-trace-1");
    assertThat(generated.headers().firstValue("X-Correlation-ID")).get().asString().isNotBlank();
  }

  @Test
  void responsesAreGzippedWhenTheClientAsks() throws IOException {
    for (int i = 0; i < 5; i++) {
      create(server, project);
    }

    HttpResponse<byte[]> response =
        server.raw(server.request(customers()).header("Accept-Encoding", "gzip"));

    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (GZIPInputStream unzipped =
        new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"results\"");
    }
  }

  @Test
  void healthAnswersWithoutAProject() {
    assertThat(server.get("/health").status()).isEqualTo(200);
  }

  static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
