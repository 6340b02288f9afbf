package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Customer Search over HTTP against the real server (contract customer-search): every expression,
 * sorting, paging bounds, scopes, errors and route precedence, and freshness after writes. Each
 * test has a project of its own on one shared server.
 */
class CustomerSearchTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Reply search(TestServer server, String project, String body) {
    return server.post("/" + project + "/customers/search", body);
  }

  static List<String> ids(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    reply.json().get("results").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  /**
   * Searches until the answer satisfies the condition, for at most 2 s (the acceptance suite's wait
   * for the 1 s freshness bound).
   */
  static Reply eventually(
      TestServer server, String project, String body, Predicate<Reply> condition) {
    long deadline = System.nanoTime() + 2_000_000_000L;
    Reply reply = search(server, project, body);
    while (!condition.test(reply) && System.nanoTime() < deadline) {
      sleep(25);
      reply = search(server, project, body);
    }
    return reply;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String create(String project, String draft) {
    return Customers.create(server, project, draft).get("id").asText();
  }

  /** Waits until the project's whole set of customers is searchable. */
  private static void indexed(String project, int count) {
    Reply reply = eventually(server, project, "{}", r -> r.json().path("total").asInt() == count);
    assertThat(reply.json().get("total").asInt()).as(reply.body()).isEqualTo(count);
  }

  private static String person(String first, String last, String extra) {
    return """
        {"email": "%s", "password": "pw", "firstName": "%s", "lastName": "%s"%s}"""
        .formatted(Customers.uniqueEmail(), first, last, extra);
  }

  @Test
  void aTypedQueryFindsTheCustomerItDescribesFirstTyposForgiven() {
    String project = TestServer.newProject();
    String jon =
        create(
            project,
            person(
                "Jon", "Smith", ", \"addresses\": [{\"country\": \"DE\", \"city\": \"Berlin\"}]"));
    create(project, person("Jon", "Smithers", ""));
    create(project, person("Anna", "Berlin", ""));
    indexed(project, 3);

    Reply reply =
        search(
            server,
            project,
            """
            {"query": {"fuzzy": {"field": "all", "value": "jon smth berlin", "level": 1,
              "mustMatch": "any"}}}""");

    assertThat(ids(reply)).first().isEqualTo(jon);
    assertThat(reply.json().get("total").asInt()).isEqualTo(3);
    reply
        .json()
        .get("results")
        .forEach(hit -> assertThat(hit.get("relevance").floatValue()).isPositive());
  }

  @Test
  void eachExpressionMatchesWhatTheContractSays() {
    String project = TestServer.newProject();
    String ada =
        create(
            project,
            """
            {"email": "Ada.Lovelace@Example.com", "password": "pw", "key": "ada",
             "firstName": "Ada", "lastName": "Lovelace", "dateOfBirth": "1815-12-10",
             "isEmailVerified": true, "companyName": "Analytical Engines",
             "addresses": [{"country": "GB", "city": "London", "postalCode": "W1"}]}""");
    String jose =
        create(
            project,
            """
            {"email": "jose@example.org", "password": "pw", "key": "jose",
             "firstName": "José", "lastName": "Müller", "dateOfBirth": "1990-01-02",
             "addresses": [{"country": "DE", "city": "München"}]}""");
    indexed(project, 2);

    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"fullText\": {\"field\": \"firstName\", \"value\": \"JOSE\"}}"))))
        .containsExactly(jose);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"fullText\": {\"field\": \"lastName\", \"value\": \"muller\"}}"))))
        .containsExactly(jose);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"fullText\": {\"field\": \"lastName\", \"value\": \"Lov\"}}"))))
        .isEmpty();
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"fullTextPrefix\": {\"field\": \"fullName\", \"value\": \"ada lov\"}}"))))
        .containsExactly(ada);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"fullText\": {\"field\": \"email\", \"value\": \"example\"}}"))))
        .containsExactlyInAnyOrder(ada, jose);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"fullText\": {\"field\": \"all\", \"value\": \"ada example\"}}"))))
        .containsExactly(ada);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"fuzzy\": {\"field\": \"lastName\", \"value\": \"lovleace\", \"level\": 2}}"))))
        .containsExactly(ada);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"fuzzy\": {\"field\": \"lastName\", \"value\": \"lovleace\", \"level\": 0}}"))))
        .isEmpty();
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"exact\": {\"field\": \"email\", \"value\": \"ada.lovelace@example.com\"}}"))))
        .isEmpty();
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"exact\": {\"field\": \"email\", \"value\": \"ada.lovelace@example.com\", \"caseInsensitive\": true}}"))))
        .containsExactly(ada);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"exact\": {\"field\": \"lowercaseEmail\", \"value\": \"ada.lovelace@example.com\"}}"))))
        .containsExactly(ada);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"exact\": {\"field\": \"key\", \"values\": [\"jose\", \"nobody\"]}}"))))
        .containsExactly(jose);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"exact\": {\"field\": \"isEmailVerified\", \"value\": true}}"))))
        .containsExactly(ada);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"exact\": {\"field\": \"dateOfBirth\", \"value\": \"1990-01-02\"}}"))))
        .containsExactly(jose);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"prefix\": {\"field\": \"fullName\", \"value\": \"Ada L\"}}"))))
        .containsExactly(ada);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"prefix\": {\"field\": \"fullName\", \"value\": \"ada l\"}}"))))
        .isEmpty();
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"prefix\": {\"field\": \"fullName\", \"value\": \"ada l\", \"caseInsensitive\": true}}"))))
        .containsExactly(ada);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"wildcard\": {\"field\": \"addresses.city\", \"value\": \"M?nch*\"}}"))))
        .containsExactly(jose);
    assertThat(ids(search(server, project, q("{\"exists\": {\"field\": \"companyName\"}}"))))
        .containsExactly(ada);
    assertThat(
            ids(search(server, project, q("{\"exists\": {\"field\": \"addresses.postalCode\"}}"))))
        .containsExactly(ada);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"range\": {\"field\": \"dateOfBirth\", \"gte\": \"1900-01-01\"}}"))))
        .containsExactly(jose);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"range\": {\"field\": \"createdAt\", \"gt\": \"2000-01-01T00:00:00+02:00\"}}"))))
        .containsExactlyInAnyOrder(ada, jose);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"and\": [{\"exists\": {\"field\": \"key\"}}, {\"not\": [{\"exact\": {\"field\": \"key\", \"value\": \"ada\"}}]}]}"))))
        .containsExactly(jose);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"or\": [{\"exact\": {\"field\": \"key\", \"value\": \"ada\"}}, {\"exact\": {\"field\": \"addresses.country\", \"value\": \"DE\"}}]}"))))
        .containsExactlyInAnyOrder(ada, jose);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"filter\": [{\"exact\": {\"field\": \"addresses.country\", \"value\": \"GB\"}}]}"))))
        .containsExactly(ada);
  }

  private static String q(String query) {
    return "{\"query\": " + query + "}";
  }

  @Test
  void customFieldsAreSearchableByTheirTypes() {
    String project = TestServer.newProject();
    Reply type =
        server.post(
            "/" + project + "/types",
            """
            {"key": "loyalty", "name": {"en": "Loyalty"}, "resourceTypeIds": ["customer"],
             "fieldDefinitions": [
              {"name": "points", "label": {"en": "Points"}, "required": false, "type": {"name": "Number"}},
              {"name": "tier", "label": {"en": "Tier"}, "required": false,
               "type": {"name": "Enum", "values": [{"key": "gold", "label": "Gold"}, {"key": "silver", "label": "Silver"}]}},
              {"name": "note", "label": {"en": "Note"}, "required": false, "type": {"name": "LocalizedString"}},
              {"name": "since", "label": {"en": "Since"}, "required": false, "type": {"name": "Date"}},
              {"name": "tags", "label": {"en": "Tags"}, "required": false,
               "type": {"name": "Set", "elementType": {"name": "String"}}}]}""");
    assertThat(type.status()).as(type.body()).isEqualTo(201);
    String gold =
        create(
            project,
            person(
                "G",
                "Old",
                """
                , "custom": {"type": {"key": "loyalty"}, "fields": {"points": 150, "tier": "gold",
                  "note": {"en": "Very loyal", "de": "Sehr treu"}, "since": "2020-05-01",
                  "tags": ["vip", "early bird"]}}"""));
    String silver =
        create(
            project,
            person(
                "S",
                "Ilver",
                """
                , "custom": {"type": {"key": "loyalty"}, "fields": {"points": 20.5, "tier": "silver"}}"""));
    indexed(project, 2);

    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"range\": {\"field\": \"custom.points\", \"gte\": 100}}"))))
        .containsExactly(gold);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"range\": {\"field\": \"custom.points\", \"lt\": 100.0}}"))))
        .containsExactly(silver);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"exact\": {\"field\": \"custom.points\", \"value\": 150.0}}"))))
        .containsExactly(gold);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"exact\": {\"field\": \"custom.tier\", \"value\": \"silver\"}}"))))
        .containsExactly(silver);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"fullText\": {\"field\": \"custom.note\", \"value\": \"treu\"}}"))))
        .containsExactly(gold);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"fullText\": {\"field\": \"custom.note\", \"value\": \"treu\", \"language\": \"en\"}}"))))
        .isEmpty();
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"range\": {\"field\": \"custom.since\", \"lt\": \"2021-01-01\"}}"))))
        .containsExactly(gold);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"fullText\": {\"field\": \"custom.tags\", \"value\": \"bird\"}}"))))
        .containsExactly(gold);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"exact\": {\"field\": \"custom.tags\", \"value\": \"vip\", \"fieldType\": \"set_text\"}}"))))
        .containsExactly(gold);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q(
                        "{\"exact\": {\"field\": \"custom.tags\", \"value\": \"vip\", \"fieldType\": \"text\"}}"))))
        .isEmpty();
    assertThat(
            ids(
                search(
                    server,
                    project,
                    q("{\"exact\": {\"field\": \"custom.nothing\", \"value\": 1}}"))))
        .isEmpty();
    assertThat(
            ids(
                search(
                    server,
                    project,
                    "{\"sort\": [{\"field\": \"custom.points\", \"order\": \"desc\"}]}")))
        .containsExactly(gold, silver);
  }

  @Test
  void sortingAndPagingFollowTheContract() {
    String project = TestServer.newProject();
    String b = create(project, person("b", "x", ""));
    String a = create(project, person("A", "y", ""));
    String none =
        create(project, "{\"email\": \"" + Customers.uniqueEmail() + "\", \"password\": \"pw\"}");
    indexed(project, 3);

    assertThat(
            ids(
                search(
                    server,
                    project,
                    "{\"sort\": [{\"field\": \"firstName\", \"order\": \"asc\"}]}")))
        .containsExactly(a, b, none);
    assertThat(
            ids(
                search(
                    server,
                    project,
                    "{\"sort\": [{\"field\": \"firstName\", \"order\": \"desc\"}]}")))
        .containsExactly(b, a, none);
    Reply page =
        search(
            server,
            project,
            "{\"sort\": [{\"field\": \"firstName\", \"order\": \"asc\"}], \"limit\": 1, \"offset\": 1}");
    assertThat(ids(page)).containsExactly(b);
    assertThat(page.json().get("total").asInt()).isEqualTo(3);
    assertThat(page.json().get("limit").asInt()).isEqualTo(1);
    assertThat(page.json().get("offset").asInt()).isEqualTo(1);
    Reply beyond = search(server, project, "{\"offset\": 9900}");
    assertThat(ids(beyond)).isEmpty();
    assertThat(beyond.json().get("total").asInt()).isEqualTo(3);

    List<String> byId = ids(search(server, project, "{}"));
    assertThat(byId).isSorted();
    search(server, project, "{}")
        .json()
        .get("results")
        .forEach(hit -> assertThat(hit.get("relevance").floatValue()).isZero());

    Reply tooMany = search(server, project, "{\"limit\": 101}");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.code()).isEqualTo("InvalidInput");
    assertThat(tooMany.message()).isEqualTo("limit: Value 101 is not in 1..100.");
    assertThat(search(server, project, "{\"offset\": 9901}").code()).isEqualTo("InvalidInput");
    assertThat(search(server, project, "{\"limit\": 0}").code()).isEqualTo("InvalidInput");
    assertThat(search(server, project, "{\"limit\": \"5\"}").code()).isEqualTo("InvalidJsonInput");
    assertThat(search(server, project, "{\"limit\": 5.0}").code()).isEqualTo("InvalidJsonInput");
  }

  @Test
  void errorsComeInTheContractsOrderAndShape() {
    String project = TestServer.newProject();
    Reply shape =
        search(
            server,
            project,
            q(
                "{\"and\": [{\"exists\": {\"field\": \"nope\"}}, {\"fuzzy\": {\"field\": \"lastName\", \"value\": \"x\"}}]}"));
    assertThat(shape.status()).isEqualTo(400);
    assertThat(shape.code()).isEqualTo("InvalidJsonInput");
    assertThat(shape.json().path("errors").path(0).path("detailedErrorMessage").asText())
        .isEqualTo("query.and[1].fuzzy.level: Missing required value");

    Reply unknown = search(server, project, q("{\"exists\": {\"field\": \"nope\"}}"));
    assertThat(unknown.code()).isEqualTo("InvalidInput");
    assertThat(unknown.message()).isEqualTo("The field 'nope' does not exist.");
    Reply unsupported =
        search(server, project, q("{\"fullText\": {\"field\": \"key\", \"value\": \"x\"}}"));
    assertThat(unsupported.message())
        .isEqualTo("The expression 'fullText' is not supported for the field 'key'.");
    assertThat(search(server, project, q("{\"exact\": {\"field\": \"key\"}}")).code())
        .isEqualTo("InvalidInput");
    assertThat(
            search(
                    server,
                    project,
                    q("{\"exact\": {\"field\": \"dateOfBirth\", \"value\": \"soon\"}}"))
                .code())
        .isEqualTo("InvalidInput");
    assertThat(
            search(
                    server,
                    project,
                    q("{\"exact\": {\"field\": \"key\", \"value\": \"" + "k".repeat(257) + "\"}}"))
                .code())
        .isEqualTo("InvalidInput");
    assertThat(search(server, project, q("{\"teleport\": {\"field\": \"key\"}}")).code())
        .isEqualTo("InvalidJsonInput");
    assertThat(search(server, project, q("{}")).code()).isEqualTo("InvalidJsonInput");
    assertThat(search(server, project, "{\"query\": [").code()).isEqualTo("InvalidJsonInput");
    String many = "{\"exists\": {\"field\": \"key\"}},".repeat(50);
    assertThat(
            search(server, project, q("{\"or\": [" + many.substring(0, many.length() - 1) + "]}"))
                .code())
        .isEqualTo("InvalidInput");
    assertThat(
            search(server, project, "{\"sort\": [{\"field\": \"all\", \"order\": \"asc\"}]}")
                .code())
        .isEqualTo("InvalidInput");
    assertThat(
            search(server, project, "{\"sort\": [{\"field\": \"key\", \"order\": \"sideways\"}]}")
                .code())
        .isEqualTo("InvalidJsonInput");
  }

  @Test
  void scopesDecideWhoMaySearchAndWhoMayReadTheStatus() {
    String project = TestServer.newProject();
    String path = "/" + project + "/customers/search";
    String view = server.token(project, "view_customers:" + project);
    String settings = server.token(project, "view_project_settings:" + project);
    String store = server.token(project, "view_customers:" + project + ":berlin");

    assertThat(as(view, "POST", path, "{}").status()).isEqualTo(200);
    assertThat(as(view, "HEAD", path, null).status()).isEqualTo(200);
    assertThat(as(view, "GET", path + "/indexing-status", null).status()).isEqualTo(200);
    assertThat(as(settings, "GET", path + "/indexing-status", null).status()).isEqualTo(200);
    Reply forbidden = as(settings, "POST", path, "{}");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.message())
        .isEqualTo("Insufficient scope. One of the following scopes is missing: view_customers.");
    assertThat(as(store, "POST", path, "{}").status()).isEqualTo(403);
    assertThat(server.sendWithoutToken("POST", path, "{}").status()).isEqualTo(401);

    JsonNode status = server.get(path + "/indexing-status").json();
    assertThat(status.get("status").asText()).isEqualTo("Ready");
    assertThat(status.has("startedAt")).isTrue();
    assertThat(status.has("states")).isFalse();
  }

  private static Reply as(String token, String method, String path, String body) {
    return server.send(method, path, body, "Authorization", "Bearer " + token);
  }

  @Test
  void searchDoesNotTakeTheCustomerRoutesPaths() {
    String project = TestServer.newProject();
    String id = create(project, person("Route", "Check", ""));
    Reply get = server.get("/" + project + "/customers/search");
    assertThat(get.status()).isEqualTo(404);
    assertThat(get.code()).isEqualTo("ResourceNotFound");
    Reply update =
        server.post(
            "/" + project + "/customers/" + id,
            Customers.update(1, "{\"action\": \"setFirstName\", \"firstName\": \"Still\"}"));
    assertThat(update.status()).as(update.body()).isEqualTo(200);
    assertThat(server.post("/" + project + "/in-store/key=berlin/customers/search", "{}").status())
        .isIn(400, 404);
  }

  @Test
  void createUpdateAndDeleteReachSearchWithinTheBound() {
    String project = TestServer.newProject();
    String id = create(project, person("Fresh", "Face", ""));
    String byName = q("{\"fullText\": {\"field\": \"firstName\", \"value\": \"fresh\"}}");
    assertThat(ids(eventually(server, project, byName, r -> ids(r).contains(id))))
        .containsExactly(id);

    Reply renamed =
        server.post(
            "/" + project + "/customers/" + id,
            Customers.update(1, "{\"action\": \"setFirstName\", \"firstName\": \"Renamed\"}"));
    assertThat(renamed.status()).isEqualTo(200);
    String byNewName = q("{\"fullText\": {\"field\": \"firstName\", \"value\": \"renamed\"}}");
    assertThat(ids(eventually(server, project, byNewName, r -> ids(r).contains(id))))
        .containsExactly(id);
    assertThat(ids(search(server, project, byName))).isEmpty();

    assertThat(server.delete("/" + project + "/customers/" + id + "?version=2").status())
        .isEqualTo(200);
    Reply gone = eventually(server, project, "{}", r -> r.json().get("total").asInt() == 0);
    assertThat(ids(gone)).isEmpty();
  }

  @Test
  void passwordResetAndEmailConfirmationReachSearch() {
    String project = TestServer.newProject();
    String email = Customers.uniqueEmail();
    String id = create(project, Customers.draft(email));
    Reply token =
        server.post(
            "/" + project + "/customers/email-token",
            "{\"id\": \"" + id + "\", \"ttlMinutes\": 10}");
    assertThat(token.status()).as(token.body()).isEqualTo(200);
    assertThat(
            server
                .post(
                    "/" + project + "/customers/email/confirm",
                    "{\"tokenValue\": \"" + token.json().get("value").asText() + "\"}")
                .status())
        .isEqualTo(200);
    String verified = q("{\"exact\": {\"field\": \"isEmailVerified\", \"value\": true}}");
    assertThat(ids(eventually(server, project, verified, r -> ids(r).contains(id))))
        .containsExactly(id);
  }
}
