package ctc.app.http;

import static ctc.app.http.CustomerEndpointsTest.encode;
import static ctc.app.http.Customers.create;
import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every input bound over HTTP: a value at the bound is accepted, one past it answers the
 * commercetools error and stores nothing.
 */
class InputLimitsTest {

  private static final String TYPE =
      """
      {"key": "limits", "name": {"en": "Limits"}, "resourceTypeIds": ["customer", "address"], "fieldDefinitions": [
        {"name": "n", "label": {"en": "n"}, "required": false, "type": {"name": "Number"}},
        {"name": "s", "label": {"en": "s"}, "required": false, "type": {"name": "String"}},
        {"name": "tags", "label": {"en": "tags"}, "required": false,
         "type": {"name": "Set", "elementType": {"name": "String"}}}]}""";

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
    assertThat(server.post("/" + project + "/types", TYPE).status()).isEqualTo(201);
  }

  private String customers() {
    return "/" + project + "/customers";
  }

  private int total() {
    return server.get(customers()).json().get("total").asInt();
  }

  private static void assertError(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.json().get("statusCode").asInt()).isEqualTo(status);
    assertThat(reply.code()).isEqualTo(code);
  }

  private static String draft(String fields) {
    return "{\"email\": \""
        + Customers.uniqueEmail()
        + "\", \"password\": \"pw\""
        + (fields.isEmpty() ? "" : ", ")
        + fields
        + "}";
  }

  private static String custom(String fields) {
    return "\"custom\": {\"type\": {\"key\": \"limits\"}, \"fields\": {" + fields + "}}";
  }

  /** Creating this draft is refused with 400 {@code code} and stores no customer. */
  private void assertCreateRefused(String draft, String code) {
    assertError(server.post(customers(), draft), 400, code);
    assertThat(total()).isZero();
  }

  /**
   * Sends an update to a fresh customer; the stored customer must be unchanged afterwards when it
   * is refused.
   */
  private Reply updateOfFreshCustomer(String... actions) {
    JsonNode created =
        create(
            server,
            project,
            draft(custom("\"n\": 1") + ", \"addresses\": [{\"country\": \"DE\"}]"));
    String path = customers() + "/" + created.get("id").asText();
    Reply reply = server.post(path, update(1, actions));
    if (reply.status() != 200) {
      assertThat(server.get(path).json()).isEqualTo(created);
    }
    return reply;
  }

  private static String repeat(String element, int times) {
    return String.join(", ", Collections.nCopies(times, element));
  }

  // ----------------------------------------------------------------------------------------------
  // numbers

  @Test
  void aNumberWithAHugeExponentIsRefusedAtOnce() {
    long start = System.nanoTime();

    assertCreateRefused(draft(custom("\"n\": 1e-32000000")), "InvalidInput");

    // Before the bound this request took seconds of CPU rounding the number for the query table.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-1000", "1e1000", "-9.5e999"})
  void numbersWithinTheExponentBoundAreStored(String number) {
    Reply reply = server.post(customers(), draft(custom("\"n\": " + number)));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-1001", "1e1001", "1e-16000000"})
  void numbersBeyondTheExponentBoundAreRefused(String number) {
    assertCreateRefused(draft(custom("\"n\": " + number)), "InvalidInput");
  }

  @Test
  void aHugeExponentIsRefusedOnEveryPathThatTakesCustomFields() {
    String huge = "1e-32000000";
    assertError(
        updateOfFreshCustomer(
            "{\"action\": \"setCustomField\", \"name\": \"n\", \"value\": " + huge + "}"),
        400,
        "InvalidInput");
    assertError(
        updateOfFreshCustomer(
            "{\"action\": \"setCustomType\", \"type\": {\"key\": \"limits\"}, \"fields\":"
                + " {\"n\": "
                + huge
                + "}}"),
        400,
        "InvalidInput");
    assertError(
        updateOfFreshCustomer(
            "{\"action\": \"addAddress\", \"address\": {\"country\": \"DE\", "
                + custom("\"n\": " + huge)
                + "}}"),
        400,
        "InvalidInput");
    int before = total();
    String token = server.token(project, "manage_my_profile:" + project);
    Reply signup =
        server.send(
            "POST",
            "/" + project + "/me/signup",
            draft(custom("\"n\": " + huge)),
            "Authorization",
            "Bearer " + token,
            "Content-Type",
            "application/json");
    assertError(signup, 400, "InvalidInput");
    assertThat(total()).isEqualTo(before);
  }

  // ----------------------------------------------------------------------------------------------
  // texts

  @Test
  void textsUpToTheirBoundAreStored() {
    Reply reply =
        server.post(
            customers(),
            draft(
                "\"firstName\": \""
                    + "x".repeat(4096)
                    + "\", \"customerNumber\": \""
                    + "n".repeat(256)
                    + "\", \"addresses\": [{\"country\": \"DE\", \"city\": \""
                    + "c".repeat(256)
                    + "\", \"phone\": \""
                    + "1".repeat(256)
                    + "\", \"streetName\": \""
                    + "s".repeat(4096)
                    + "\"}], "
                    + custom("\"s\": \"" + "v".repeat(65_536) + "\"")));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"firstName:4097", "companyName:4097", "customerNumber:257", "externalId:257"})
  void aTextOverItsBoundIsRefused(String fieldAndLength) {
    String field = fieldAndLength.split(":")[0];
    int length = Integer.parseInt(fieldAndLength.split(":")[1]);

    Reply reply =
        server.post(customers(), draft("\"" + field + "\": \"" + "x".repeat(length) + "\""));

    assertError(reply, 400, "InvalidInput");
    assertThat(reply.message()).contains(field).doesNotContain("xxxx");
    assertThat(total()).isZero();
  }

  @Test
  void anEmailOverItsBoundIsRefused() {
    String local = "x".repeat(256 - "@example.com".length());
    assertThat(
            server
                .post(
                    customers(), "{\"email\": \"" + local + "@example.com\", \"password\": \"pw\"}")
                .status())
        .isEqualTo(201);

    assertCreateRefusedBeside(
        1, "{\"email\": \"" + local + "x@example.com\", \"password\": \"pw\"}");
  }

  private void assertCreateRefusedBeside(int existing, String draft) {
    assertError(server.post(customers(), draft), 400, "InvalidInput");
    assertThat(total()).isEqualTo(existing);
  }

  @Test
  void addressAndCustomTextsOverTheirBoundAreRefused() {
    assertCreateRefused(
        draft("\"addresses\": [{\"country\": \"DE\", \"city\": \"" + "c".repeat(257) + "\"}]"),
        "InvalidInput");
    assertCreateRefused(
        draft("\"addresses\": [{\"country\": \"DE\", \"phone\": \"" + "1".repeat(257) + "\"}]"),
        "InvalidInput");
    assertCreateRefused(
        draft("\"addresses\": [{\"country\": \"DE\", \"fax\": \"" + "1".repeat(4097) + "\"}]"),
        "InvalidInput");
    assertCreateRefused(draft(custom("\"s\": \"" + "v".repeat(65_537) + "\"")), "InvalidInput");
    assertCreateRefused(
        draft(custom("\"tags\": [\"ok\", \"" + "v".repeat(65_537) + "\"]")), "InvalidInput");
  }

  @Test
  void anUpdateSettingAnOverlongTextChangesNothing() {
    assertThat(
            updateOfFreshCustomer(
                    "{\"action\": \"setLastName\", \"lastName\": \"" + "x".repeat(4096) + "\"}")
                .status())
        .isEqualTo(200);
    assertError(
        updateOfFreshCustomer(
            "{\"action\": \"setLastName\", \"lastName\": \"" + "x".repeat(4097) + "\"}"),
        400,
        "InvalidInput");
    assertError(
        updateOfFreshCustomer(
            "{\"action\": \"setCustomField\", \"name\": \"s\", \"value\": \""
                + "x".repeat(65_537)
                + "\"}"),
        400,
        "InvalidInput");
  }

  // ----------------------------------------------------------------------------------------------
  // counts

  @Test
  void fiveHundredAddressesAreStoredAndOneMoreIsRefused() {
    String address = "{\"country\": \"DE\"}";
    JsonNode created =
        create(server, project, draft("\"addresses\": [" + repeat(address, 500) + "]"));
    assertThat(created.get("addresses")).hasSize(500);

    Reply more =
        server.post(
            customers() + "/" + created.get("id").asText(),
            update(1, "{\"action\": \"addAddress\", \"address\": " + address + "}"));

    assertError(more, 400, "InvalidInput");
    assertThat(server.get(customers() + "/" + created.get("id").asText()).json())
        .isEqualTo(created);
    assertCreateRefusedBeside(1, draft("\"addresses\": [" + repeat(address, 501) + "]"));
  }

  @Test
  void aThousandCustomValuesAreStoredAndOneMoreIsRefused() {
    String tags =
        IntStream.range(0, 999).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(", "));
    assertThat(
            server.post(customers(), draft(custom("\"tags\": [" + tags + "], \"n\": 1"))).status())
        .isEqualTo(201);

    // The address's value is the thousand-and-first of the customer.
    assertCreateRefusedBeside(
        1,
        draft(
            custom("\"tags\": [" + tags + "], \"n\": 1")
                + ", \"addresses\": [{\"country\":"
                + " \"DE\", "
                + custom("\"n\": 2")
                + "}]"));
  }

  @Test
  void moreThanFiveHundredStoresAreRefusedBeforeAnyIsLookedUp() {
    String unknown = "{\"key\": \"nowhere\"}";
    assertCreateRefused(
        draft("\"stores\": [" + repeat(unknown, 500) + "]"), "ReferencedResourceNotFound");
    assertCreateRefused(draft("\"stores\": [" + repeat(unknown, 501) + "]"), "InvalidInput");
  }

  @Test
  void aDocumentOverTwoMebibytesIsResourceSizeLimitExceeded() {
    String big = "y".repeat(4096);
    String address = "{\"country\": \"DE\", " + textFields(big) + "}";
    JsonNode created =
        create(server, project, draft("\"addresses\": [" + repeat(address, 12) + "]"));
    String path = customers() + "/" + created.get("id").asText();
    String addTwelve =
        String.join(
            ",",
            Collections.nCopies(12, "{\"action\": \"addAddress\", \"address\": " + address + "}"));

    assertThat(server.post(path, update(1, addTwelve)).status()).isEqualTo(200);
    Reply under =
        server.post(
            path,
            update(
                2,
                String.join(
                    ",",
                    Collections.nCopies(
                        6, "{\"action\": \"addAddress\", \"address\": " + address + "}"))));
    assertThat(under.status()).as(under.body()).isEqualTo(200);
    assertThat(under.body().length()).isBetween(1_900_000, 2 * 1024 * 1024);
    Reply over =
        server.post(
            path,
            update(
                3,
                String.join(
                    ",",
                    Collections.nCopies(
                        3, "{\"action\": \"addAddress\", \"address\": " + address + "}"))));

    assertError(over, 400, "ResourceSizeLimitExceeded");
    assertThat(server.get(path).json().get("version").asInt()).isEqualTo(3);
  }

  /** The 16 address fields bounded by the general text limit, each set to {@code value}. */
  private static String textFields(String value) {
    return Stream.of(
            "title",
            "salutation",
            "firstName",
            "streetName",
            "streetNumber",
            "additionalStreetInfo",
            "region",
            "state",
            "company",
            "department",
            "building",
            "apartment",
            "pOBox",
            "fax",
            "additionalAddressInfo",
            "externalId")
        .map(name -> "\"" + name + "\": \"" + value + "\"")
        .collect(Collectors.joining(", "));
  }

  // ----------------------------------------------------------------------------------------------
  // UTF-8

  @Test
  void anOverlongUtf8SequenceIsInvalidJsonInputAndStoresNothing() {
    byte[] body =
        concat(
            "{\"email\": \"a@b.c\", \"password\": \"pw\", \"firstName\": \"a",
            new byte[] {(byte) 0xc0, (byte) 0xaf},
            "\"}");

    assertError(server.post(customers(), body), 400, "InvalidJsonInput");
    assertThat(total()).isZero();
  }

  @Test
  void anOverlongUtf8SequenceInAnUpdateChangesNothing() {
    JsonNode created = create(server, project, draft(""));
    String path = customers() + "/" + created.get("id").asText();

    Reply reply =
        server.post(
            path,
            concat(
                "{\"version\": 1, \"actions\": [{\"action\": \"setFirstName\", "
                    + "\"firstName\": \"",
                new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
                "\"}]}"));

    assertError(reply, 400, "InvalidJsonInput");
    assertThat(server.get(path).json()).isEqualTo(created);
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  // ----------------------------------------------------------------------------------------------
  // queries

  private Reply query(String parameters) {
    return server.get(customers() + "?" + parameters);
  }

  private static String terms(int count) {
    return encode(String.join(" or ", Collections.nCopies(count, "version = 1")));
  }

  @Test
  void aHundredTermsOverAllWhereParametersAreAcceptedAndOneMoreIsRefused() {
    assertThat(query("where=" + terms(50) + "&where=" + terms(50)).status()).isEqualTo(200);

    Reply reply = query("where=" + terms(50) + "&where=" + terms(51));

    assertError(reply, 400, "InvalidInput");
    assertThat(reply.message())
        .startsWith("Malformed parameter: where: The predicates have too many terms");
  }

  @Test
  void aListOfFiveHundredValuesIsAcceptedAndOneMoreIsRefused() {
    assertThat(query("where=" + encode("version in (" + repeat("1", 500) + ")")).status())
        .isEqualTo(200);
    assertError(
        query("where=" + encode("version in (" + repeat("1", 501) + ")")), 400, "InvalidInput");
    assertError(
        query("where=" + encode("custom(fields(n contains any (" + repeat("1", 501) + ")))")),
        400,
        "InvalidInput");
  }

  @Test
  void inputVariablesAreBoundInNumberAndLength() {
    String values = "&var.v=1".repeat(500);
    assertThat(query("where=" + encode("version in :v") + values).status()).isEqualTo(200);
    assertError(
        query("where=" + encode("version in :v") + values + "&var.v=1"), 400, "InvalidInput");

    String variables =
        IntStream.range(0, 100).mapToObj(i -> "&var.a" + i + "=1").collect(Collectors.joining());
    assertThat(query("where=" + encode("version = :a0") + variables).status()).isEqualTo(200);
    assertError(
        query("where=" + encode("version = :a0") + variables + "&var.b=1"), 400, "InvalidInput");
  }

  @Test
  void tenSortParametersAreAcceptedAndOneMoreIsRefused() {
    String sorts = "&sort=" + encode("firstName asc");
    assertThat(query("limit=1" + sorts.repeat(10)).status()).isEqualTo(200);

    Reply reply = query("limit=1" + sorts.repeat(11));

    assertError(reply, 400, "InvalidInput");
    assertThat(reply.message()).startsWith("Malformed parameter: sort: ");
  }

  @Test
  void moreThanTenExpandPathsAreRefusedBeforeTheCustomerIsCreated() {
    String expand = "&expand=customerGroup";
    assertThat(server.post(customers() + "?x=1" + expand.repeat(10), draft("")).status())
        .isEqualTo(201);

    Reply reply = server.post(customers() + "?x=1" + expand.repeat(11), draft(""));

    assertError(reply, 400, "InvalidInput");
    assertThat(reply.message()).startsWith("Malformed parameter: expand: ");
    assertThat(total()).isEqualTo(1);
  }

  @Test
  void aListMixingKindsOnACustomFieldComparesEachValueInItsOwnKind() {
    String id =
        create(server, project, draft(custom("\"n\": 1, \"s\": \"abc\""))).get("id").asText();

    for (String predicate :
        new String[] {
          "custom(fields(n contains any (1, \"x\")))",
          "custom(fields(s in (1, \"abc\")))",
          "custom(fields(n in (\"1\", 1)))"
        }) {
      Reply reply = query("where=" + encode(predicate));
      assertThat(reply.status()).as(predicate + ": " + reply.body()).isEqualTo(200);
      assertThat(reply.json().get("results")).as(predicate).hasSize(1);
      assertThat(reply.json().get("results").get(0).get("id").asText()).isEqualTo(id);
    }
    for (String predicate :
        new String[] {
          "custom(fields(s in (1, \"x\")))",
          "custom(fields(s not in (1, \"abc\")))",
          "custom(fields(n in (\"1\", true)))"
        }) {
      Reply reply = query("where=" + encode(predicate));
      assertThat(reply.status()).as(predicate + ": " + reply.body()).isEqualTo(200);
      assertThat(reply.json().get("results")).as(predicate).isEmpty();
    }
  }

  @Test
  void aListMixingKindsOnATopLevelFieldIsInvalidInput() {
    Reply reply = query("where=" + encode("key in (1, \"abc\")"));

    assertError(reply, 400, "InvalidInput");
    assertThat(reply.message()).contains("key");
  }
}
