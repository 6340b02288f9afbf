package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.persistence.TestDatabases;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query language (contract §F) over a fixed data set, on H2 and (with TEST_POSTGRES_URL)
 * PostgreSQL: each row is a predicate and the keys of the customers it must match, in creation
 * order, or the start of its 400 message.
 */
class QueryLanguageTest {

  private static final Map<String, TestServer> SERVERS = new LinkedHashMap<>();
  private static final String PROJECT = "query-table";

  private static final String CUSTOMER_TYPE =
      """
      {"key": "profile", "name": {"en": "Profile"}, "resourceTypeIds": ["customer"], "fieldDefinitions": [
        {"name": "tier", "required": false, "type": {"name": "Enum", "values": [{"key": "gold", "label": "G"},
          {"key": "silver", "label": "S"}]}},
        {"name": "points", "required": false, "type": {"name": "Number"}},
        {"name": "tags", "required": false, "type": {"name": "Set", "elementType": {"name": "String"}}},
        {"name": "newsletter", "required": false, "type": {"name": "Boolean"}}]}""";
  private static final String ADDRESS_TYPE =
      """
      {"key": "address-extra", "name": {"en": "Extra"}, "resourceTypeIds": ["address"], "fieldDefinitions": [
        {"name": "floor", "required": false, "type": {"name": "Number"}},
        {"name": "note", "required": false, "type": {"name": "String"}}]}""";

  /** The data set, in creation order. */
  private static final List<String> CUSTOMERS =
      List.of(
          """
      {"key": "c1", "email": "Anna@Example.com", "password": "pw", "firstName": "Anna", "lastName": "Schmidt",
       "dateOfBirth": "1990-01-15", "isEmailVerified": true, "customerNumber": "N1", "externalId": "E1",
       "locale": "de-DE", "companyName": "ACME", "stores": [{"key": "berlin"}], "customerGroup": {"key": "vip"},
       "customerGroupAssignments": [{"customerGroup": {"key": "vip"}}],
       "custom": {"type": {"key": "profile"}, "fields": {"tier": "gold", "points": 120, "tags": ["a", "b"],
         "newsletter": true}},
       "addresses": [{"key": "home", "country": "DE", "city": "Berlin", "postalCode": "10115",
         "custom": {"type": {"key": "address-extra"}, "fields": {"floor": 3, "note": "ring twice"}}},
         {"key": "work", "country": "DE", "city": "Hamburg"}],
       "defaultShippingAddress": 0, "billingAddresses": [1]}""",
          """
      {"key": "c2", "email": "bob@example.com", "password": "pw", "firstName": "Bob", "lastName": "Meyer",
       "dateOfBirth": "1985-06-30", "customerNumber": "N2", "stores": [{"key": "paris"}],
       "customerGroup": {"key": "regular"},
       "custom": {"type": {"key": "profile"}, "fields": {"tier": "silver", "points": 40, "tags": ["b"],
         "newsletter": false}},
       "addresses": [{"key": "p1", "country": "FR", "city": "Paris", "postalCode": "75001"}],
       "shippingAddresses": [0]}""",
          """
      {"key": "c3", "email": "carla@example.com", "password": "pw", "firstName": "Carla", "lastName": "Schmidt",
       "isEmailVerified": true, "customerNumber": "N3", "vatId": "DE123"}""",
          """
      {"key": "c4", "email": "dave@example.com", "password": "pw", "firstName": "Dave", "lastName": "O\\"Brien",
       "title": "Dr", "stores": [{"key": "berlin"}, {"key": "paris"}], "customerGroup": {"key": "vip"},
       "customerGroupAssignments": [{"customerGroup": {"key": "vip"}}, {"customerGroup": {"key": "regular"}}],
       "custom": {"type": {"key": "profile"}, "fields": {"tier": "gold", "points": 300, "tags": [],
         "newsletter": true}},
       "addresses": [{"key": "b1", "country": "US", "city": "Boston"}, {"key": "b2", "country": "DE",
         "city": "Berlin", "postalCode": "10117"}]}""",
          """
      {"key": "c5", "email": "eve@example.com", "firstName": "Eve", "lastName": "Zed", "middleName": "M",
       "customerNumber": "N5", "externalId": "E5", "locale": "en", "authenticationMode": "ExternalAuth",
       "custom": {"type": {"key": "profile"}, "fields": {"tier": "silver"}},
       "addresses": [{"key": "m1", "country": "DE", "city": "Munich", "postalCode": "80331",
         "custom": {"type": {"key": "address-extra"}, "fields": {"floor": 1}}}]}""",
          """
      {"key": "c6", "email": "frank@example.com", "password": "pw", "firstName": "Frank", "lastName": "Schmidt",
       "dateOfBirth": "2000-12-31", "salutation": "Mr",
       "addresses": [{"key": "l1", "country": "GB", "city": "London"}]}""");

  @BeforeAll
  static void seed() {
    SERVERS.put("H2", TestServer.start(TestDatabases.h2()));
    TestDatabases.postgres().ifPresent(url -> SERVERS.put("PostgreSQL", TestServer.start(url)));
    for (TestServer server : SERVERS.values()) {
      Customers.store(server, PROJECT, "berlin");
      Customers.store(server, PROJECT, "paris");
      server.post("/" + PROJECT + "/customer-groups", "{\"key\": \"vip\", \"groupName\": \"VIP\"}");
      server.post(
          "/" + PROJECT + "/customer-groups", "{\"key\": \"regular\", \"groupName\": \"Regular\"}");
      assertThat(server.post("/" + PROJECT + "/types", CUSTOMER_TYPE).status()).isEqualTo(201);
      assertThat(server.post("/" + PROJECT + "/types", ADDRESS_TYPE).status()).isEqualTo(201);
      CUSTOMERS.forEach(draft -> Customers.create(server, PROJECT, draft));
    }
  }

  @AfterAll
  static void stop() {
    SERVERS.values().forEach(TestServer::close);
  }

  /**
   * Predicates and the customers they match (all six: c1..c6). {@code custom(…)} needs a custom
   * type, so customers without one never match inside it, not even {@code is not defined}.
   */
  private static final Object[][] MATCHES = {
    {"key = \"c1\"", "c1"},
    {"key != \"c1\"", "c2 c3 c4 c5 c6"},
    {"key <> \"c1\"", "c2 c3 c4 c5 c6"},
    {"key in (\"c1\", \"c3\", \"nope\")", "c1 c3"},
    {"key not in (\"c1\", \"c3\")", "c2 c4 c5 c6"},
    {"email = \"Anna@Example.com\"", "c1"},
    {"email = \"anna@example.com\"", ""},
    {"lowercaseEmail = \"anna@example.com\"", "c1"},
    {"lowercaseEmail in (\"bob@example.com\", \"eve@example.com\")", "c2 c5"},
    {"firstName = \"Anna\" and lastName = \"Schmidt\"", "c1"},
    {"firstName = \"Anna\" or firstName = \"Bob\"", "c1 c2"},
    {"lastName = \"Schmidt\" and (firstName = \"Carla\" or firstName = \"Frank\")", "c3 c6"},
    {"lastName = \"Schmidt\" and firstName = \"Carla\" or firstName = \"Bob\"", "c2 c3"},
    {"not (lastName = \"Schmidt\")", "c2 c4 c5"},
    {"NOT (lastName = \"Schmidt\") AND firstName != \"Eve\"", "c2 c4"},
    {"lastName = \"O\\\"Brien\"", "c4"},
    {"firstName > \"C\"", "c3 c4 c5 c6"},
    {"firstName >= \"Carla\" and firstName < \"Eve\"", "c3 c4"},
    {"firstName <= \"Bob\"", "c1 c2"},
    {"middleName is defined", "c5"},
    {"middleName is not defined", "c1 c2 c3 c4 c6"},
    {"title = \"Dr\"", "c4"},
    {"salutation is defined", "c6"},
    {"companyName = \"ACME\"", "c1"},
    {"vatId = \"DE123\"", "c3"},
    {"customerNumber = \"N5\"", "c5"},
    {"customerNumber is not defined", "c4 c6"},
    {"externalId in (\"E1\", \"E5\")", "c1 c5"},
    {"isEmailVerified = true", "c1 c3"},
    {"isEmailVerified = false", "c2 c4 c5 c6"},
    {"isEmailVerified != true", "c2 c4 c5 c6"},
    {"dateOfBirth = \"1990-01-15\"", "c1"},
    {"dateOfBirth < \"1990-01-01\"", "c2"},
    {"dateOfBirth >= \"1990-01-15\"", "c1 c6"},
    {"dateOfBirth is not defined", "c3 c4 c5"},
    {"locale = \"de-DE\"", "c1"},
    {"locale is defined", "c1 c5"},
    {"authenticationMode = \"ExternalAuth\"", "c5"},
    {"authenticationMode = \"Password\"", "c1 c2 c3 c4 c6"},
    {"version = 1", "c1 c2 c3 c4 c5 c6"},
    {"version > 1", ""},
    {"createdAt > \"2000-01-01T00:00:00.000Z\"", "c1 c2 c3 c4 c5 c6"},
    {"createdAt < \"2000-01-01T00:00:00Z\"", ""},
    {"lastModifiedAt >= \"2000-01-01T00:00:00+01:00\"", "c1 c2 c3 c4 c5 c6"},
    {"defaultShippingAddressId is defined", "c1"},
    {"defaultBillingAddressId is defined", ""},
    {"shippingAddressIds is empty", "c3 c4 c5 c6"},
    {"shippingAddressIds is not empty", "c1 c2"},
    {"billingAddressIds is not empty", "c1"},
    {"addresses(city = \"Berlin\")", "c1 c4"},
    {"addresses(city = \"Berlin\" and postalCode = \"10117\")", "c4"},
    {"addresses(city = \"Berlin\") and addresses(city = \"Boston\")", "c4"},
    {"addresses(city = \"Boston\" and postalCode = \"10117\")", ""},
    {"addresses(country = \"DE\")", "c1 c4 c5"},
    {"addresses(country in (\"FR\", \"GB\"))", "c2 c6"},
    {"addresses(key = \"home\" or key = \"l1\")", "c1 c6"},
    {"addresses(postalCode is not defined)", "c1 c4 c6"},
    {"addresses is empty", "c3"},
    {"addresses is not empty", "c1 c2 c4 c5 c6"},
    {"not (addresses(country = \"DE\"))", "c2 c3 c6"},
    {"addresses(custom(fields(floor = 3)))", "c1"},
    {"addresses(custom(fields(floor >= 1)))", "c1 c5"},
    {"addresses(custom(fields(note = \"ring twice\")))", "c1"},
    {"addresses(custom(fields(note is defined)))", "c1"},
    {"addresses(custom is defined)", "c1 c5"},
    {"stores(key = \"berlin\")", "c1 c4"},
    {"stores(key = \"paris\")", "c2 c4"},
    {"stores(key = \"berlin\") and stores(key = \"paris\")", "c4"},
    {"stores(key in (\"berlin\", \"paris\"))", "c1 c2 c4"},
    {"stores is empty", "c3 c5 c6"},
    {"stores is not empty", "c1 c2 c4"},
    {"customerGroup is defined", "c1 c2 c4"},
    {"customerGroup is not defined", "c3 c5 c6"},
    {"customerGroupAssignments is not empty", "c1 c4"},
    {"custom is defined", "c1 c2 c4 c5"},
    {"custom(fields(tier = \"gold\"))", "c1 c4"},
    {"custom(fields(tier in (\"gold\", \"silver\")))", "c1 c2 c4 c5"},
    {"custom(fields(tier != \"gold\"))", "c2 c5"},
    {"custom(fields(points > 100))", "c1 c4"},
    {"custom(fields(points <= 40))", "c2"},
    {"custom(fields(points is not defined))", "c5"},
    {"custom(fields(points is defined))", "c1 c2 c4"},
    {"custom(fields(newsletter = true))", "c1 c4"},
    {"custom(fields(newsletter = false))", "c2"},
    {"custom(fields(tags contains any (\"a\", \"x\")))", "c1"},
    {"custom(fields(tags contains any (\"b\")))", "c1 c2"},
    {"custom(fields(tags contains all (\"a\", \"b\")))", "c1"},
    {"custom(fields(tags contains all (\"b\")))", "c1 c2"},
    {"custom(fields(tags is empty))", "c4 c5"},
    {"custom(fields(tier = \"gold\" and points > 200))", "c4"},
    {"custom(fields(tier = \"gold\")) or addresses(city = \"London\")", "c1 c4 c6"},
    {"stores(key = \"paris\") and custom(fields(tier = \"silver\"))", "c2"},
  };

  /** Predicates that are refused, with the start of their message. */
  private static final String[][] REFUSED = {
    {"password = \"pw\"", "Malformed parameter: where: The field 'password' does not exist."},
    {"shoeSize = 42", "Malformed parameter: where: The field 'shoeSize' does not exist."},
    {"addresses(shoeSize = 1)", "Malformed parameter: where: The field 'shoeSize' does not exist."},
    {"firstName = ", "Malformed parameter: where: Syntax error while parsing 'where'."},
    {"firstName = \"open", "Malformed parameter: where: Syntax error while parsing 'where'."},
    {"(firstName = \"Anna\"", "Malformed parameter: where: Syntax error while parsing 'where'."},
    {"firstName = \"Anna\" and", "Malformed parameter: where: Syntax error while parsing 'where'."},
    {"firstName in ()", "Malformed parameter: where: Syntax error while parsing 'where'."},
    {"isEmailVerified = \"true\"", "Malformed parameter: where: "},
    {"isEmailVerified > true", "Malformed parameter: where: "},
    {"version = \"1\"", "Malformed parameter: where: "},
    {"firstName = 12", "Malformed parameter: where: "},
    {"dateOfBirth = \"yesterday\"", "Malformed parameter: where: "},
    {"createdAt > \"not a time\"", "Malformed parameter: where: "},
    {"addresses = \"Berlin\"", "Malformed parameter: where: "},
    {"email contains any (\"a\")", "Malformed parameter: where: "},
    {"firstName = :missing", "Malformed parameter: where: "},
  };

  static Stream<Arguments> matches() {
    List<Arguments> rows = new ArrayList<>();
    for (String database : serverNames()) {
      for (Object[] row : MATCHES) {
        rows.add(Arguments.of(database, row[0], row[1]));
      }
    }
    return rows.stream();
  }

  static Stream<Arguments> refused() {
    List<Arguments> rows = new ArrayList<>();
    for (String database : serverNames()) {
      for (String[] row : REFUSED) {
        rows.add(Arguments.of(database, row[0], row[1]));
      }
    }
    return rows.stream();
  }

  private static List<String> serverNames() {
    return TestDatabases.postgres().isPresent() ? List.of("H2", "PostgreSQL") : List.of("H2");
  }

  private static Reply query(String database, String query) {
    return SERVERS.get(database).get("/" + PROJECT + "/customers?limit=500&" + query);
  }

  /** The customer keys of a query answer, in order. */
  private static List<String> keys(Reply reply) {
    List<String> keys = new ArrayList<>();
    reply.json().get("results").forEach(customer -> keys.add(customer.get("key").asText()));
    return keys;
  }

  private static String where(String predicate) {
    return "where=" + URLEncoder.encode(predicate, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("matches")
  void eachPredicateMatchesExactlyItsCustomers(String database, String predicate, String expected) {
    Reply reply = query(database, where(predicate));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<String> keys = keys(reply);
    assertThat(String.join(" ", keys)).isEqualTo(expected);
    assertThat(reply.json().get("total").asInt()).isEqualTo(keys.size());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refused")
  void eachMalformedPredicateIsInvalidInput(String database, String predicate, String message) {
    Reply reply = query(database, where(predicate));

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("InvalidInput");
    assertThat(reply.message()).startsWith(message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void inputVariablesBindValuesAndLists(String database) {
    Reply single = query(database, where("lastName = :name") + "&var.name=Schmidt");
    Reply list = query(database, where("key in :keys") + "&var.keys=c2&var.keys=c5");
    // A custom field has no declared type here, so a variable compared with one is text.
    Reply custom = query(database, where("custom(fields(tier = :tier))") + "&var.tier=gold");
    Reply number = query(database, where("version >= :v") + "&var.v=1");

    assertThat(keys(single)).containsExactly("c1", "c3", "c6");
    assertThat(keys(list)).containsExactly("c2", "c5");
    assertThat(keys(custom)).containsExactly("c1", "c4");
    assertThat(keys(number)).hasSize(6);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void severalWhereParametersAreJoinedWithAnd(String database) {
    Reply reply =
        query(database, where("lastName = \"Schmidt\"") + "&" + where("isEmailVerified = true"));

    assertThat(keys(reply)).containsExactly("c1", "c3");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void sortWorksOnScalarsAndCustomFields(String database) {
    Reply byName = query(database, "sort=lastName+asc&sort=firstName+desc");
    Reply byPoints =
        query(
            database,
            where("custom(fields(points is defined))") + "&sort=custom.fields.points+desc");

    assertThat(keys(byName)).containsExactly("c2", "c4", "c6", "c3", "c1", "c5");
    assertThat(keys(byPoints)).containsExactly("c4", "c1", "c2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void injectionAttemptsAreValuesOrSyntaxErrorsNeverSql(String database) {
    for (String attempt :
        List.of(
            "firstName = \"x\\\" or 1=1 --\"",
            "firstName = \"x' OR '1'='1\"",
            "firstName = \"\"; DROP TABLE customer; --\"",
            "key = \"c1\") OR (1 = 1",
            "firstName = \"a\" or 1 = 1",
            "addresses(city = \"x\") or \"1\" = \"1\"")) {
      Reply reply = query(database, where(attempt));
      assertThat(reply.status()).as(attempt + " → " + reply.body()).isIn(200, 400);
      if (reply.status() == 200) {
        assertThat(reply.json().get("total").asInt()).as(attempt).isZero();
      }
    }
    assertThat(query(database, "").json().get("total").asInt()).isEqualTo(6);
  }

  static Stream<Arguments> databases() {
    return serverNames().stream().map(Arguments::of);
  }
}
