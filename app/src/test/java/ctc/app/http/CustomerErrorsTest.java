package ctc.app.http;

import static ctc.app.http.Customers.create;
import static ctc.app.http.Customers.draft;
import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input over HTTP: each case answers the commercetools error JSON with the right status and
 * code, and the stored customer stays exactly as it was.
 */
class CustomerErrorsTest {

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

  /**
   * Sends a bad update to a fresh customer and checks that the customer is unchanged afterwards.
   */
  private Reply badUpdate(String body) {
    JsonNode created =
        create(
            server,
            project,
            """
        {"email": "%s", "password": "pw", "key": "k-%s", "addresses": [{"country": "DE", "key": "home"}]}"""
                .formatted(Customers.uniqueEmail(), project));
    String path = customers() + "/" + created.get("id").asText();
    Reply reply = server.post(path, body);
    assertThat(server.get(path).json())
        .as("stored customer after %s", reply.body())
        .isEqualTo(created);
    return reply;
  }

  private static void assertError(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    JsonNode body = reply.json();
    assertThat(body.get("statusCode").asInt()).isEqualTo(status);
    assertThat(body.get("errors").get(0).get("code").asText()).isEqualTo(code);
    assertThat(body.get("message").asText())
        .isEqualTo(body.get("errors").get(0).get("message").asText());
    assertThat(reply.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
  }

  static Stream<Arguments> malformedUpdates() {
    return Stream.of(
        Arguments.of("not json", "{\"version\": 1, \"actions\": ["),
        Arguments.of("empty body", ""),
        Arguments.of("array body", "[]"),
        Arguments.of("trailing data", "{\"version\": 1, \"actions\": []} {}"),
        Arguments.of("missing version", "{\"actions\": []}"),
        Arguments.of("version as string", "{\"version\": \"1\", \"actions\": []}"),
        Arguments.of("version as decimal", "{\"version\": 1.0, \"actions\": []}"),
        Arguments.of("missing actions", "{\"version\": 1}"),
        Arguments.of("actions not an array", "{\"version\": 1, \"actions\": {}}"),
        Arguments.of("action without name", update(1, "{\"firstName\": \"x\"}")),
        Arguments.of("unknown action", update(1, "{\"action\": \"setShoeSize\", \"size\": 42}")),
        Arguments.of(
            "number for a string", update(1, "{\"action\": \"setFirstName\", \"firstName\": 5}")),
        Arguments.of(
            "string for an object", update(1, "{\"action\": \"addAddress\", \"address\": \"DE\"}")),
        Arguments.of("missing required field", update(1, "{\"action\": \"changeEmail\"}")),
        Arguments.of(
            "reference with id and key",
            update(
                1,
                "{\"action\": \"setCustomerGroup\", \"customerGroup\": {\"id\": \"a\", \"key\": \"b\"}}")),
        Arguments.of(
            "invalid key pattern", update(1, "{\"action\": \"setKey\", \"key\": \"not valid!\"}")),
        Arguments.of(
            "invalid country",
            update(1, "{\"action\": \"addAddress\", \"address\": {\"country\": \"XX\"}}")),
        Arguments.of(
            "lower-case country",
            update(1, "{\"action\": \"addAddress\", \"address\": {\"country\": \"de\"}}")),
        Arguments.of(
            "address without country", update(1, "{\"action\": \"addAddress\", \"address\": {}}")),
        Arguments.of(
            "bad date",
            update(1, "{\"action\": \"setDateOfBirth\", \"dateOfBirth\": \"1990-13-45\"}")),
        Arguments.of(
            "valid action after a malformed one",
            update(
                1,
                "{\"action\": \"setFirstName\", \"firstName\": \"ok\"}",
                "{\"action\": \"nope\"}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedUpdates")
  void malformedUpdateIsInvalidJsonInputAndChangesNothing(String name, String body) {
    assertError(badUpdate(body), 400, "InvalidJsonInput");
  }

  @Test
  void invalidJsonInputCarriesADetailedMessage() {
    Reply reply = badUpdate(update(1, "{\"action\": \"setShoeSize\"}"));

    assertThat(reply.message()).isEqualTo("Request body does not contain valid JSON.");
    assertThat(reply.json().get("errors").get(0).get("detailedErrorMessage").asText())
        .contains("setShoeSize");
  }

  @Test
  void invalidEnumValueIsInvalidFieldWithTheAllowedValues() {
    Reply reply =
        badUpdate(update(1, "{\"action\": \"setAuthenticationMode\", \"authMode\": \"Magic\"}"));

    assertError(reply, 400, "InvalidField");
    JsonNode error = reply.json().get("errors").get(0);
    assertThat(error.get("invalidValue").asText()).isEqualTo("Magic");
    assertThat(error.get("allowedValues"))
        .extracting(JsonNode::asText)
        .containsExactly("Password", "ExternalAuth");
  }

  @Test
  void staleVersionIs409WithTheCurrentVersion() {
    Reply reply = badUpdate(update(7, "{\"action\": \"setFirstName\", \"firstName\": \"x\"}"));

    assertError(reply, 409, "ConcurrentModification");
    assertThat(reply.json().get("errors").get(0).get("currentVersion").asLong()).isEqualTo(1);
    assertThat(reply.message())
        .endsWith("has a different version than expected. Expected: 7 - Actual: 1.");
  }

  @Test
  void staleVersionIsReportedBeforeInvalidActions() {
    assertError(
        badUpdate(update(2, "{\"action\": \"removeAddress\", \"addressKey\": \"nope\"}")),
        409,
        "ConcurrentModification");
  }

  @Test
  void aFailingActionRollsBackTheWholeBatch() {
    Reply reply =
        badUpdate(
            update(
                1,
                "{\"action\": \"setFirstName\", \"firstName\": \"changed\"}",
                "{\"action\": \"setLastName\", \"lastName\": \"changed\"}",
                "{\"action\": \"removeAddress\", \"addressKey\": \"missing\"}"));

    assertError(reply, 400, "InvalidOperation");
  }

  @Test
  void duplicateAddressKeyIsInvalidOperation() {
    assertError(
        badUpdate(
            update(
                1,
                "{\"action\": \"addAddress\", \"address\": {\"country\": \"FR\", \"key\": \"home\"}}")),
        400,
        "InvalidOperation");
  }

  @Test
  void unknownAddressIdIsInvalidOperation() {
    assertError(
        badUpdate(
            update(1, "{\"action\": \"setDefaultShippingAddress\", \"addressId\": \"nope\"}")),
        400,
        "InvalidOperation");
  }

  @Test
  void invalidLocaleIsInvalidInput() {
    assertError(
        badUpdate(update(1, "{\"action\": \"setLocale\", \"locale\": \"not a locale\"}")),
        400,
        "InvalidInput");
  }

  @Test
  void moreThan500ActionsIsInvalidInput() {
    String action = "{\"action\": \"setFirstName\", \"firstName\": \"x\"}";
    assertError(
        badUpdate(update(1, Collections.nCopies(501, action).toArray(String[]::new))),
        400,
        "InvalidInput");
  }

  @Test
  void exactly500ActionsAreAccepted() {
    JsonNode created = create(server, project);
    String action = "{\"action\": \"setFirstName\", \"firstName\": \"x\"}";

    Reply reply =
        server.post(
            customers() + "/" + created.get("id").asText(),
            update(1, Collections.nCopies(500, action).toArray(String[]::new)));

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void duplicateKeyViaSetKeyIsDuplicateField() {
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "key": "taken"}"""
            .formatted(Customers.uniqueEmail()));

    Reply reply = badUpdate(update(1, "{\"action\": \"setKey\", \"key\": \"taken\"}"));

    assertError(reply, 400, "DuplicateField");
    assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("key");
    assertThat(reply.json().get("errors").get(0).get("duplicateValue").asText()).isEqualTo("taken");
  }

  @Test
  void duplicateEmailViaChangeEmailIsDuplicateFieldCaseInsensitively() {
    create(server, project, draft("Taken@Example.com"));

    Reply reply =
        badUpdate(update(1, "{\"action\": \"changeEmail\", \"email\": \"taken@EXAMPLE.com\"}"));

    assertError(reply, 400, "DuplicateField");
    assertThat(reply.message())
        .isEqualTo("There is already an existing customer with the provided email.");
    assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
  }

  @Test
  void duplicateCustomerNumberViaActionIsDuplicateField() {
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "customerNumber": "N-1"}"""
            .formatted(Customers.uniqueEmail()));

    Reply reply =
        badUpdate(update(1, "{\"action\": \"setCustomerNumber\", \"customerNumber\": \"N-1\"}"));

    assertError(reply, 400, "DuplicateField");
    assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("customerNumber");
  }

  @Test
  void unknownIdAndKeyAre404WithTheContractMessages() {
    Reply byId = server.get(customers() + "/no-such-id");
    Reply byKey = server.get(customers() + "/key=no-such-key");
    Reply updateUnknown = server.post(customers() + "/no-such-id", "not even json");
    Reply deleteUnknown = server.delete(customers() + "/key=no-such-key?version=1");

    assertError(byId, 404, "ResourceNotFound");
    assertThat(byId.message()).isEqualTo("The Resource with ID 'no-such-id' was not found.");
    assertThat(byKey.message()).isEqualTo("The Resource with key 'no-such-key' was not found.");
    assertError(updateUnknown, 404, "ResourceNotFound");
    assertError(deleteUnknown, 404, "ResourceNotFound");
  }

  @Test
  void deleteWithoutOrWithAMalformedVersionIsInvalidInputAndKeepsTheCustomer() {
    JsonNode created = create(server, project);
    String path = customers() + "/" + created.get("id").asText();

    Reply missing = server.delete(path);
    Reply malformed = server.delete(path + "?version=one");

    assertError(missing, 400, "InvalidInput");
    assertThat(missing.message()).startsWith("Malformed parameter: version: ");
    assertError(malformed, 400, "InvalidInput");
    assertThat(server.get(path).status()).isEqualTo(200);
  }

  @Test
  void staleDeleteIs409AndKeepsTheCustomer() {
    JsonNode created = create(server, project);
    String path = customers() + "/" + created.get("id").asText();

    assertError(server.delete(path + "?version=3"), 409, "ConcurrentModification");
    assertThat(server.get(path).status()).isEqualTo(200);
  }

  static Stream<Arguments> badDrafts() {
    return Stream.of(
        Arguments.of("no email", "{\"password\": \"pw\"}", "InvalidJsonInput"),
        Arguments.of(
            "email of the wrong type", "{\"email\": 42, \"password\": \"pw\"}", "InvalidJsonInput"),
        Arguments.of(
            "boolean as string",
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"isEmailVerified\": \"true\"}",
            "InvalidJsonInput"),
        Arguments.of(
            "index as string",
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"addresses\": [{\"country\":"
                + " \"DE\"}], \"defaultShippingAddress\": \"0\"}",
            "InvalidJsonInput"),
        Arguments.of(
            "invalid key",
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"key\": \"x\"}",
            "InvalidJsonInput"),
        Arguments.of(
            "store with id and key",
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"stores\": [{\"id\": \"1\", \"key\": \"s\"}]}",
            "InvalidJsonInput"),
        Arguments.of(
            "index out of range",
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"addresses\": [{\"country\":"
                + " \"DE\"}], \"defaultShippingAddress\": 1}",
            "InvalidInput"),
        Arguments.of(
            "negative index",
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"addresses\": [{\"country\":"
                + " \"DE\"}], \"shippingAddresses\": [-1]}",
            "InvalidInput"),
        Arguments.of(
            "index without addresses",
            "{\"email\": \"a@b.c\", \"password\": \"pw\"," + " \"billingAddresses\": [0]}",
            "InvalidInput"),
        Arguments.of(
            "duplicate address keys",
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"addresses\":"
                + " [{\"country\": \"DE\", \"key\": \"a1\"}, {\"country\": \"FR\", \"key\": \"a1\"}]}",
            "InvalidOperation"),
        Arguments.of("no password", "{\"email\": \"a@b.c\"}", "InvalidOperation"),
        Arguments.of(
            "empty password", "{\"email\": \"a@b.c\", \"password\": \"\"}", "InvalidInput"),
        Arguments.of(
            "invalid locale",
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"locale\": \"??\"}",
            "InvalidInput"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDrafts")
  void badDraftIsRejectedAndCreatesNothing(String name, String body, String code) {
    assertError(server.post(customers(), body), 400, code);
    assertThat(server.get(customers()).json().get("total").asInt()).isZero();
  }

  @Test
  void indexOutOfRangeNamesTheFieldAndIndex() {
    Reply reply =
        server.post(
            customers(),
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"addresses\": [{\"country\":"
                + " \"DE\"}], \"defaultBillingAddress\": 4}");

    assertThat(reply.message()).contains("defaultBillingAddress").contains("4");
  }

  @Test
  void duplicateEmailOnCreateIsDuplicateFieldCaseInsensitively() {
    create(server, project, draft("Same@Example.com"));

    Reply reply = server.post(customers(), draft("same@example.COM"));

    assertError(reply, 400, "DuplicateField");
    assertThat(server.get(customers()).json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void duplicateKeyAndCustomerNumberOnCreateAreDuplicateField() {
    create(
        server,
        project,
        """
        {"email": "%s", "password": "pw", "key": "dup", "customerNumber": "CN"}"""
            .formatted(Customers.uniqueEmail()));

    Reply key =
        server.post(
            customers(),
            """
        {"email": "%s", "password": "pw", "key": "dup"}"""
                .formatted(Customers.uniqueEmail()));
    Reply number =
        server.post(
            customers(),
            """
        {"email": "%s", "password": "pw", "customerNumber": "CN"}"""
                .formatted(Customers.uniqueEmail()));

    assertError(key, 400, "DuplicateField");
    assertThat(key.json().get("errors").get(0).get("field").asText()).isEqualTo("key");
    assertError(number, 400, "DuplicateField");
    assertThat(number.json().get("errors").get(0).get("field").asText())
        .isEqualTo("customerNumber");
    assertThat(server.get(customers()).json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void invalidUtf8IsInvalidJsonInput() {
    byte[] body =
        "{\"email\": \"a@b.c\", \"password\": \"pw\", \"firstName\": \"\u00ff\"}"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertError(server.post(customers(), body), 400, "InvalidJsonInput");
  }

  @Test
  void bodyOverOneMebibyteIs413() {
    String big =
        "{\"email\": \"a@b.c\", \"password\": \"pw\", \"firstName\": \""
            + "x".repeat(1024 * 1024)
            + "\"}";

    Reply reply = server.post(customers(), big);

    assertError(reply, 413, "InvalidInput");
    assertThat(reply.headers().firstValue("Connection")).hasValue("close");
    assertThat(server.get(customers()).json().get("total").asInt()).isZero();
  }

  static Stream<Arguments> badQueryParameters() {
    return Stream.of(
        Arguments.of("limit=501", "Malformed parameter: limit: "),
        Arguments.of("limit=-1", "Malformed parameter: limit: "),
        Arguments.of("limit=ten", "Malformed parameter: limit: "),
        Arguments.of("offset=10001", "Malformed parameter: offset: "),
        Arguments.of("offset=x", "Malformed parameter: offset: "),
        Arguments.of("withTotal=maybe", "Malformed parameter: withTotal: "),
        Arguments.of("sort=firstName+sideways", "Malformed parameter: sort: "),
        Arguments.of(
            "sort=password+asc", "Malformed parameter: sort: The field 'password' does not exist."),
        Arguments.of(
            "where=" + CustomerEndpointsTest.encode("password = \"x\""),
            "Malformed parameter: where: The field 'password' does not exist."),
        Arguments.of(
            "where=" + CustomerEndpointsTest.encode("firstName = "),
            "Malformed parameter: where: Syntax error while parsing 'where'."),
        Arguments.of(
            "where=" + CustomerEndpointsTest.encode("firstName = \"unterminated"),
            "Malformed parameter: where: Syntax error while parsing 'where'."),
        Arguments.of(
            "where=" + CustomerEndpointsTest.encode("isEmailVerified = \"yes\""),
            "Malformed parameter: where: "),
        Arguments.of(
            "where=" + CustomerEndpointsTest.encode("firstName = :missing"),
            "Malformed parameter: where: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueryParameters")
  void badQueryParameterIsInvalidInput(String query, String messagePrefix) {
    Reply reply = server.get(customers() + "?" + query);

    assertError(reply, 400, "InvalidInput");
    assertThat(reply.message()).startsWith(messagePrefix);
  }

  @Test
  void unknownRouteIs404Json() {
    assertError(server.get("/" + project + "/nothing-here"), 404, "ResourceNotFound");
  }

  @Test
  void wrongMethodIs405Json() {
    assertError(server.send("PUT", customers(), "{}"), 405, "InvalidInput");
  }

  @Test
  void oversizedUriIs414Json() {
    assertError(server.get(customers() + "?where=" + "x".repeat(20_000)), 414, "InvalidInput");
  }

  @Test
  void oversizedHeadersAre431Json() {
    assertError(
        server.send("GET", customers(), null, "X-Big", "y".repeat(20_000)), 431, "InvalidInput");
  }
}
