package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.domain.auth.IssuedApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Messages API over HTTP against the real database (the message contract's §9): what each kind
 * of request produces, the JSON of the message types, queries, expansion and scopes.
 */
class MessagesApiTest {

  private static TestServer server;
  private String project;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void newProject() {
    project = TestServer.newProject();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The messages of one resource, in sequence order. */
  private List<JsonNode> history(String resourceId) {
    return results(
        "where="
            + encode("resource(id = \"" + resourceId + "\")")
            + "&sort="
            + encode("sequenceNumber asc"));
  }

  private List<JsonNode> results(String query) {
    Reply reply = server.get("/" + project + "/messages?" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<JsonNode> results = new ArrayList<>();
    reply.json().get("results").forEach(results::add);
    return results;
  }

  /** The message whose resource is the token that answer created. */
  private static JsonNode ofResource(List<JsonNode> messages, Reply token) {
    return messages.stream()
        .filter(m -> m.get("resource").get("id").equals(token.json().get("id")))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> types(List<JsonNode> messages) {
    return messages.stream().map(m -> m.get("type").asText()).toList();
  }

  private JsonNode create(String draft) {
    return Customers.create(server, project, draft);
  }

  private Reply update(String id, long version, String... actions) {
    Reply reply =
        server.post("/" + project + "/customers/" + id, Customers.update(version, actions));
    assertThat(reply.status()).as(reply.body()).isIn(200, 400, 409);
    return reply;
  }

  @Test
  void aCreateMakesCustomerCreatedWithTheCustomerAndItsIdentifiers() {
    JsonNode customer =
        create(
            """
            {"email": "jane@example.com", "password": "secret123", "key": "jane",
             "customerNumber": "c-1"}""");

    List<JsonNode> messages = history(customer.get("id").asText());

    assertThat(messages).hasSize(1);
    JsonNode created = messages.get(0);
    assertThat(created.get("type").asText()).isEqualTo("CustomerCreated");
    assertThat(created.get("version").asInt()).isEqualTo(1);
    assertThat(created.get("sequenceNumber").asInt()).isEqualTo(1);
    assertThat(created.get("resourceVersion").asInt()).isEqualTo(1);
    assertThat(created.get("resource").get("typeId").asText()).isEqualTo("customer");
    assertThat(created.get("resource").get("id").asText()).isEqualTo(customer.get("id").asText());
    assertThat(created.get("customer").get("id")).isEqualTo(customer.get("id"));
    assertThat(created.get("customer").get("password").asText()).startsWith("****");
    assertThat(created.get("customer").get("lastMessageSequenceNumber").asInt()).isEqualTo(1);
    assertThat(created.get("createdAt")).isEqualTo(customer.get("createdAt"));
    assertThat(created.get("lastModifiedAt")).isEqualTo(customer.get("createdAt"));
    assertThat(created.get("createdBy")).isEqualTo(created.get("lastModifiedBy"));
    assertThat(created.get("createdBy").get("isPlatformClient").asBoolean()).isFalse();
    JsonNode identifiers = created.get("resourceUserProvidedIdentifiers");
    assertThat(identifiers.get("key").asText()).isEqualTo("jane");
    assertThat(identifiers.get("customerNumber").asText()).isEqualTo("c-1");
    assertThat(identifiers.has("externalId")).isFalse();
  }

  @Test
  void actionsMakeTheirMessagesInOrderWithOneVersionAndNoneForANoOpOrAFailure() {
    JsonNode customer = create(Customers.draft("jane@example.com"));
    String id = customer.get("id").asText();

    Reply renamed =
        update(
            id,
            1,
            "{\"action\": \"setFirstName\", \"firstName\": \"Jane\"}",
            "{\"action\": \"setMiddleName\", \"middleName\": \"Q\"}",
            "{\"action\": \"setLastName\", \"lastName\": \"Doe\"}");
    update(id, 2, "{\"action\": \"setFirstName\", \"firstName\": \"Jane\"}");
    update(id, 1, "{\"action\": \"setFirstName\", \"firstName\": \"Joan\"}");
    update(id, 2, "{\"action\": \"addAddress\", \"address\": {\"country\": \"XX\"}}");
    update(id, 2, "{\"action\": \"setKey\", \"key\": \"jane\"}");
    Reply changed =
        update(
            id,
            3,
            "{\"action\": \"changeEmail\", \"email\": \"jane.doe@example.com\"}",
            "{\"action\": \"addAddress\", \"address\": {\"key\": \"home\", \"country\": \"DE\"}}");

    List<JsonNode> messages = history(id);
    assertThat(types(messages))
        .containsExactly(
            "CustomerCreated",
            "CustomerFirstNameSet",
            "CustomerLastNameSet",
            "CustomerEmailChanged",
            "CustomerAddressAdded");
    assertThat(messages.stream().map(m -> m.get("sequenceNumber").asInt()))
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(messages.get(1).get("firstName").asText()).isEqualTo("Jane");
    assertThat(messages.get(2).get("resourceVersion").asInt()).isEqualTo(2);
    assertThat(messages.get(2).get("createdAt")).isEqualTo(renamed.json().get("lastModifiedAt"));
    JsonNode emailChanged = messages.get(3);
    assertThat(emailChanged.get("email").asText()).isEqualTo("jane.doe@example.com");
    assertThat(emailChanged.get("oldEmail").asText()).isEqualTo("jane@example.com");
    assertThat(emailChanged.get("resourceVersion").asInt()).isEqualTo(4);
    assertThat(emailChanged.get("resourceUserProvidedIdentifiers").get("key").asText())
        .isEqualTo("jane");
    JsonNode added = messages.get(4).get("address");
    assertThat(added.get("key").asText()).isEqualTo("home");
    assertThat(added.get("id").asText())
        .isEqualTo(changed.json().get("addresses").get(0).get("id").asText());
    assertThat(changed.json().get("lastMessageSequenceNumber").asInt()).isEqualTo(5);
  }

  @Test
  void addressDefaultsAndRemovalsCarryTheAddressAndItsRoles() {
    JsonNode customer =
        create(
            """
            {"email": "%s", "password": "pw",
             "addresses": [{"key": "home", "country": "DE"}, {"key": "work", "country": "FR"}],
             "shippingAddresses": [0], "billingAddresses": [0]}"""
                .formatted(Customers.uniqueEmail()));
    String id = customer.get("id").asText();

    update(id, 1, "{\"action\": \"setDefaultShippingAddress\", \"addressKey\": \"work\"}");
    update(id, 2, "{\"action\": \"removeAddress\", \"addressKey\": \"home\"}");

    List<JsonNode> messages = history(id);
    assertThat(types(messages))
        .containsExactly(
            "CustomerCreated", "CustomerDefaultShippingAddressSet", "CustomerAddressRemoved");
    assertThat(messages.get(1).get("address").get("key").asText()).isEqualTo("work");
    JsonNode removed = messages.get(2);
    assertThat(removed.get("address").get("key").asText()).isEqualTo("home");
    assertThat(removed.get("addressRoles").toString()).isEqualTo("[\"Shipping\",\"Billing\"]");
    assertThat(
            results(
                "where="
                    + encode(
                        "address(id = \"" + removed.get("address").get("id").asText() + "\")")))
        .hasSize(1);
  }

  @Test
  void groupsStoresAndCustomFieldsMakeTheirMessages() {
    Reply group =
        server.post(
            "/" + project + "/customer-groups", "{\"groupName\": \"Gold\", \"key\": \"gold\"}");
    assertThat(group.status()).as(group.body()).isEqualTo(201);
    String groupId = group.json().get("id").asText();
    Customers.store(server, project, "berlin");
    Reply type =
        server.post(
            "/" + project + "/types",
            """
            {"key": "tier", "name": {"en": "Tier"}, "resourceTypeIds": ["customer"],
             "fieldDefinitions": [{"name": "level", "label": {"en": "Level"}, "required": false,
               "type": {"name": "String"}, "inputHint": "SingleLine"}]}""");
    assertThat(type.status()).as(type.body()).isEqualTo(201);
    String typeId = type.json().get("id").asText();
    String id = create(Customers.draft()).get("id").asText();

    update(
        id,
        1,
        "{\"action\": \"setCustomerGroup\", \"customerGroup\": {\"key\": \"gold\"}}",
        "{\"action\": \"addCustomerGroupAssignment\", \"customerGroupAssignment\": {\"customerGroup\": {\"key\": \"gold\"}}}",
        "{\"action\": \"setStores\", \"stores\": [{\"key\": \"berlin\"}]}",
        "{\"action\": \"addStore\", \"store\": {\"key\": \"berlin\"}}",
        "{\"action\": \"setCustomType\", \"type\": {\"key\": \"tier\"}}",
        "{\"action\": \"setCustomField\", \"name\": \"level\", \"value\": \"gold\"}",
        "{\"action\": \"setCustomField\", \"name\": \"level\", \"value\": \"platinum\"}",
        "{\"action\": \"setCustomField\", \"name\": \"level\"}",
        "{\"action\": \"setCustomType\"}");
    Reply renamed =
        server.post(
            "/" + project + "/customer-groups/" + groupId,
            "{\"version\": 1, \"actions\": [{\"action\": \"changeName\", \"name\": \"Golden\"}]}");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

    List<JsonNode> messages = history(id);
    assertThat(types(messages))
        .containsExactly(
            "CustomerCreated",
            "CustomerGroupSet",
            "CustomerGroupAssignmentAdded",
            "CustomerStoresSet",
            "CustomerCustomTypeSet",
            "CustomerCustomFieldAdded",
            "CustomerCustomFieldChanged",
            "CustomerCustomFieldRemoved",
            "CustomerCustomTypeRemoved");
    assertThat(messages.get(1).get("customerGroup").toString())
        .isEqualTo("{\"typeId\":\"customer-group\",\"id\":\"" + groupId + "\"}");
    assertThat(
            messages.get(2).get("customerGroupAssignment").get("customerGroup").get("id").asText())
        .isEqualTo(groupId);
    assertThat(messages.get(3).get("stores").toString())
        .isEqualTo("[{\"typeId\":\"store\",\"key\":\"berlin\"}]");
    assertThat(messages.get(3).get("oldStores").toString()).isEqualTo("[]");
    assertThat(messages.get(4).get("customFields").get("type").get("id").asText())
        .isEqualTo(typeId);
    assertThat(messages.get(4).has("previousTypeId")).isFalse();
    assertThat(messages.get(5).get("value").asText()).isEqualTo("gold");
    assertThat(messages.get(6).get("previousValue").asText()).isEqualTo("gold");
    assertThat(messages.get(7).get("name").asText()).isEqualTo("level");
    assertThat(messages.get(8).get("previousTypeId").asText()).isEqualTo(typeId);
    assertThat(results("where=" + encode("customerGroup(id = \"" + groupId + "\")"))).hasSize(1);
    assertThat(results("where=" + encode("resource(typeId = \"customer-group\")"))).isEmpty();
  }

  @Test
  void theOtherCustomerMessageTypesHaveTheirPayloadsToo() {
    Reply group =
        server.post(
            "/" + project + "/customer-groups", "{\"groupName\": \"Gold\", \"key\": \"gold\"}");
    String groupId = group.json().get("id").asText();
    Reply type =
        server.post(
            "/" + project + "/types",
            """
            {"key": "note", "name": {"en": "Note"}, "resourceTypeIds": ["address"],
             "fieldDefinitions": [{"name": "text", "label": {"en": "Text"}, "required": false,
               "type": {"name": "String"}, "inputHint": "SingleLine"}]}""");
    assertThat(type.status()).as(type.body()).isEqualTo(201);
    JsonNode customer =
        create(
            """
            {"email": "%s", "password": "pw", "addresses": [{"key": "home", "country": "DE"}],
             "customerGroupAssignments": [{"customerGroup": {"key": "gold"}}]}"""
                .formatted(Customers.uniqueEmail()));
    String id = customer.get("id").asText();
    String home = customer.get("addresses").get(0).get("id").asText();

    Reply changed =
        update(
            id,
            1,
            "{\"action\": \"setTitle\", \"title\": \"Dr\"}",
            "{\"action\": \"setCompanyName\", \"companyName\": \"ACME\"}",
            "{\"action\": \"setDateOfBirth\", \"dateOfBirth\": \"1990-01-31\"}",
            "{\"action\": \"setExternalId\", \"externalId\": \"ext-1\"}",
            "{\"action\": \"changeAddress\", \"addressKey\": \"home\", \"address\": {\"key\": \"home\", \"country\": \"FR\"}}",
            "{\"action\": \"addShippingAddressId\", \"addressKey\": \"home\"}",
            "{\"action\": \"addBillingAddressId\", \"addressKey\": \"home\"}",
            "{\"action\": \"setDefaultBillingAddress\", \"addressKey\": \"home\"}",
            "{\"action\": \"removeShippingAddressId\", \"addressKey\": \"home\"}",
            "{\"action\": \"setDefaultBillingAddress\"}",
            "{\"action\": \"removeBillingAddressId\", \"addressKey\": \"home\"}",
            "{\"action\": \"removeCustomerGroupAssignment\", \"customerGroup\": {\"key\": \"gold\"}}",
            "{\"action\": \"setCustomerGroupAssignments\", \"customerGroupAssignments\": [{\"customerGroup\": {\"key\": \"gold\"}}]}",
            "{\"action\": \"setAddressCustomType\", \"addressId\": \""
                + home
                + "\", \"type\": {\"key\": \"note\"}}",
            "{\"action\": \"setAddressCustomField\", \"addressId\": \""
                + home
                + "\", \"name\": \"text\", \"value\": \"ring twice\"}",
            "{\"action\": \"setAddressCustomField\", \"addressId\": \""
                + home
                + "\", \"name\": \"text\", \"value\": \"knock\"}",
            "{\"action\": \"setAddressCustomField\", \"addressId\": \""
                + home
                + "\", \"name\": \"text\"}",
            "{\"action\": \"setAddressCustomType\", \"addressId\": \"" + home + "\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);

    List<JsonNode> messages = history(id).subList(1, 19);
    assertThat(types(messages))
        .containsExactly(
            "CustomerTitleSet",
            "CustomerCompanyNameSet",
            "CustomerDateOfBirthSet",
            "CustomerExternalIdSet",
            "CustomerAddressChanged",
            "CustomerShippingAddressAdded",
            "CustomerBillingAddressAdded",
            "CustomerDefaultBillingAddressSet",
            "CustomerShippingAddressRemoved",
            "CustomerDefaultBillingAddressSet",
            "CustomerBillingAddressRemoved",
            "CustomerGroupAssignmentRemoved",
            "CustomerGroupAssignmentsSet",
            "CustomerAddressCustomTypeSet",
            "CustomerAddressCustomFieldAdded",
            "CustomerAddressCustomFieldChanged",
            "CustomerAddressCustomFieldRemoved",
            "CustomerAddressCustomTypeRemoved");
    assertThat(messages.get(0).get("title").asText()).isEqualTo("Dr");
    assertThat(messages.get(1).get("companyName").asText()).isEqualTo("ACME");
    assertThat(messages.get(2).get("dateOfBirth").asText()).isEqualTo("1990-01-31");
    assertThat(messages.get(3).get("externalId").asText()).isEqualTo("ext-1");
    assertThat(messages.get(4).get("address").get("country").asText()).isEqualTo("FR");
    assertThat(messages.get(4).get("addressRoles").toString()).isEqualTo("[]");
    assertThat(messages.get(5).get("address").get("id").asText()).isEqualTo(home);
    assertThat(messages.get(7).get("address").get("id").asText()).isEqualTo(home);
    assertThat(messages.get(9).has("address")).as("the default was unset").isFalse();
    assertThat(
            messages.get(11).get("customerGroupAssignment").get("customerGroup").get("id").asText())
        .isEqualTo(groupId);
    assertThat(messages.get(12).get("customerGroupAssignments").size()).isEqualTo(1);
    assertThat(messages.get(12).get("oldCustomerGroupAssignments").toString()).isEqualTo("[]");
    assertThat(messages.get(13).get("addressId").asText()).isEqualTo(home);
    assertThat(messages.get(13).get("customFields").get("type").get("id"))
        .isEqualTo(type.json().get("id"));
    assertThat(messages.get(15).get("previousValue").asText()).isEqualTo("ring twice");
    assertThat(messages.get(16).get("name").asText()).isEqualTo("text");
    assertThat(messages.get(17).get("previousTypeId")).isEqualTo(type.json().get("id"));
    assertThat(messages.get(17).get("resourceUserProvidedIdentifiers").get("externalId").asText())
        .isEqualTo("ext-1");
    assertThat(messages).allSatisfy(m -> assertThat(m.get("resourceVersion").asInt()).isEqualTo(2));
  }

  @Test
  void storeRequestsMakeTheFourStoreMessages() {
    String storeId = Customers.store(server, project, "berlin").get("id").asText();

    Reply changed =
        server.post(
            "/" + project + "/stores/key=berlin",
            """
            {"version": 1, "actions": [{"action": "setName", "name": {"en": "Berlin Mitte"}},
              {"action": "setLanguages", "languages": ["de"]}]}""");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().has("lastMessageSequenceNumber")).isFalse();
    assertThat(server.delete("/" + project + "/stores/key=berlin?version=2").status())
        .isEqualTo(200);

    List<JsonNode> messages = history(storeId);
    assertThat(types(messages))
        .containsExactly("StoreCreated", "StoreNameSet", "StoreLanguagesChanged", "StoreDeleted");
    assertThat(messages.get(0).get("name").get("en").asText()).isEqualTo("berlin");
    assertThat(messages.get(0).get("distributionChannels").toString()).isEqualTo("[]");
    assertThat(messages.get(0).get("resourceUserProvidedIdentifiers").get("key").asText())
        .isEqualTo("berlin");
    assertThat(messages.get(2).get("addedLanguages").toString()).isEqualTo("[\"de\"]");
    assertThat(messages.get(3).get("resourceVersion").asInt()).isEqualTo(3);
  }

  @Test
  void credentialRequestsMakePasswordEmailAndTokenMessages() {
    String email = Customers.uniqueEmail();
    String id = create(Customers.draft(email)).get("id").asText();

    Reply password =
        server.post(
            "/" + project + "/customers/password",
            "{\"id\": \""
                + id
                + "\", \"version\": 1, \"currentPassword\": \"secret123\","
                + " \"newPassword\": \"secret456\"}");
    assertThat(password.status()).as(password.body()).isEqualTo(200);
    Reply shortToken =
        server.post(
            "/" + project + "/customers/password-token",
            "{\"email\": \"" + email + "\", \"ttlMinutes\": 60}");
    Reply longToken =
        server.post(
            "/" + project + "/customers/password-token",
            "{\"email\": \"" + email + "\", \"ttlMinutes\": 61}");
    Reply reset =
        server.post(
            "/" + project + "/customers/password/reset",
            "{\"tokenValue\": \""
                + shortToken.json().get("value").asText()
                + "\", \"newPassword\": \"secret789\"}");
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    Reply emailToken =
        server.post(
            "/" + project + "/customers/email-token",
            "{\"id\": \"" + id + "\", \"ttlMinutes\": 10}");
    Reply confirmed =
        server.post(
            "/" + project + "/customers/email/confirm",
            "{\"tokenValue\": \"" + emailToken.json().get("value").asText() + "\"}");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);

    List<JsonNode> messages = history(id);
    assertThat(types(messages))
        .containsExactly(
            "CustomerCreated",
            "CustomerPasswordUpdated",
            "CustomerPasswordUpdated",
            "CustomerEmailVerified");
    assertThat(messages.get(1).get("reset").asBoolean()).isFalse();
    assertThat(messages.get(2).get("reset").asBoolean()).isTrue();
    assertThat(messages.get(2).get("resourceVersion").asInt()).isEqualTo(3);
    assertThat(confirmed.json().get("lastMessageSequenceNumber").asInt()).isEqualTo(4);

    List<JsonNode> tokens = results("where=" + encode("customerId = \"" + id + "\""));
    assertThat(types(tokens))
        .containsExactlyInAnyOrder(
            "CustomerPasswordTokenCreated",
            "CustomerPasswordTokenCreated",
            "CustomerEmailTokenCreated");
    JsonNode first = ofResource(tokens, shortToken);
    assertThat(first.get("resource").get("typeId").asText()).isEqualTo("customer-password-token");
    assertThat(first.get("sequenceNumber").asInt()).isEqualTo(1);
    assertThat(first.get("resourceVersion").asInt()).isEqualTo(1);
    assertThat(first.get("value")).isEqualTo(shortToken.json().get("value"));
    assertThat(first.get("expiresAt")).isEqualTo(shortToken.json().get("expiresAt"));
    assertThat(first.get("invalidateOlderTokens").asBoolean()).isFalse();
    assertThat(first.has("resourceUserProvidedIdentifiers")).isFalse();
    assertThat(ofResource(tokens, longToken).has("value")).isFalse();
    JsonNode verification = ofResource(tokens, emailToken);
    assertThat(verification.get("resource").get("typeId").asText())
        .isEqualTo("customer-email-token");
    assertThat(verification.get("value")).isEqualTo(emailToken.json().get("value"));
  }

  @Test
  void deleteKeepsTheHistoryAndDataErasureErasesItLeavingCustomerDeletedAlone() {
    String email = Customers.uniqueEmail();
    String kept = create(Customers.draft()).get("id").asText();
    String erased =
        create("{\"email\": \"" + email + "\", \"password\": \"secret123\", \"key\": \"erased\"}")
            .get("id")
            .asText();
    update(erased, 1, "{\"action\": \"setFirstName\", \"firstName\": \"Jane\"}");
    server.post("/" + project + "/customers/password-token", "{\"email\": \"" + email + "\"}");

    assertThat(server.delete("/" + project + "/customers/" + kept + "?version=1").status())
        .isEqualTo(200);
    assertThat(
            server
                .delete("/" + project + "/customers/" + erased + "?version=2&dataErasure=true")
                .status())
        .isEqualTo(200);

    List<JsonNode> keptHistory = history(kept);
    assertThat(types(keptHistory)).containsExactly("CustomerCreated", "CustomerDeleted");
    assertThat(keptHistory.get(1).get("email").asText()).startsWith("customer");
    assertThat(keptHistory.get(1).get("resourceVersion").asInt()).isEqualTo(2);
    List<JsonNode> erasedHistory = history(erased);
    assertThat(types(erasedHistory)).containsExactly("CustomerDeleted");
    assertThat(erasedHistory.get(0).get("sequenceNumber").asInt()).isEqualTo(3);
    assertThat(erasedHistory.get(0).has("email")).isFalse();
    assertThat(erasedHistory.get(0).has("resourceUserProvidedIdentifiers")).isFalse();
    assertThat(results("where=" + encode("customerId = \"" + erased + "\""))).isEmpty();
    assertThat(
            server
                .delete("/" + project + "/customers/" + kept + "?version=2&dataErasure=maybe")
                .status())
        .isEqualTo(400);
  }

  @Test
  void byIdHeadExpansionAndNotFound() {
    JsonNode customer = create(Customers.draft());
    String id = customer.get("id").asText();
    String messageId = history(id).get(0).get("id").asText();
    String path = "/" + project + "/messages/" + messageId;

    Reply plain = server.get(path);
    Reply expanded = server.get(path + "?expand=resource");

    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.json().get("resource").has("obj")).isFalse();
    assertThat(expanded.json().get("resource").get("obj").get("email"))
        .isEqualTo(customer.get("email"));
    assertThat(server.head(path).status()).isEqualTo(200);
    Reply unknown = server.get("/" + project + "/messages/nope");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("ResourceNotFound");
    assertThat(unknown.message()).isEqualTo("The Resource with ID 'nope' was not found.");
    assertThat(server.head("/" + project + "/messages/nope").status()).isEqualTo(404);
    assertThat(server.get("/" + TestServer.newProject() + "/messages/" + messageId).status())
        .isEqualTo(404);
    server.delete("/" + project + "/customers/" + id + "?version=1");
    assertThat(server.get(path + "?expand=resource").json().get("resource").has("obj")).isFalse();
  }

  @Test
  void queriesPageSortCountAndRefuseUnknownFields() {
    for (int i = 0; i < 3; i++) {
      create(Customers.draft());
    }
    String first = results("").get(0).get("id").asText();

    Reply page = server.get("/" + project + "/messages?limit=2&offset=1");
    assertThat(page.json().get("limit").asInt()).isEqualTo(2);
    assertThat(page.json().get("offset").asInt()).isEqualTo(1);
    assertThat(page.json().get("count").asInt()).isEqualTo(2);
    assertThat(page.json().get("total").asInt()).isEqualTo(3);
    assertThat(page.json().get("results").get(0).get("id").asText()).isNotEqualTo(first);
    assertThat(server.get("/" + project + "/messages?withTotal=false").json().has("total"))
        .isFalse();
    List<String> newestFirst =
        results("sort=" + encode("createdAt desc")).stream()
            .map(m -> m.get("createdAt").asText())
            .toList();
    assertThat(newestFirst).isSortedAccordingTo(Comparator.reverseOrder()).hasSize(3);
    assertThat(
            results(
                "where="
                    + encode("type in (\"CustomerCreated\")")
                    + "&where="
                    + encode("resourceVersion = 1")))
        .hasSize(3);
    assertThat(
            server.head("/" + project + "/messages?where=" + encode("sequenceNumber = 1")).status())
        .isEqualTo(200);
    assertThat(
            server.head("/" + project + "/messages?where=" + encode("sequenceNumber = 2")).status())
        .isEqualTo(404);

    Reply unknown = server.get("/" + project + "/messages?where=" + encode("firstName = \"x\""));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("InvalidInput");
    assertThat(unknown.message()).contains("firstName");
    assertThat(server.get("/" + project + "/messages?sort=" + encode("email asc")).status())
        .isEqualTo(400);
    assertThat(server.get("/" + project + "/messages?limit=501").status()).isEqualTo(400);
  }

  @Test
  void onlyViewMessagesOrManageProjectReadsMessagesAndNeverACustomerToken() {
    create(Customers.draft());
    String viewMessages = server.token(project, "view_messages:" + project);
    String viewCustomers = server.token(project, "view_customers:" + project);

    assertThat(as(viewMessages, "/" + project + "/messages").status()).isEqualTo(200);
    assertThat(as(viewMessages, "/" + project + "/customers").status()).isEqualTo(403);
    Reply refused = as(viewCustomers, "/" + project + "/messages");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("insufficient_scope");
    String other = TestServer.newProject();
    assertThat(
            as(server.token(other, "manage_project:" + other), "/" + project + "/messages")
                .status())
        .isEqualTo(403);
    assertThat(server.sendWithoutToken("GET", "/" + project + "/messages", null).status())
        .isEqualTo(401);

    String email = Customers.uniqueEmail();
    create(Customers.draft(email));
    IssuedApiClient app = server.newClient(project, "manage_project:" + project);
    String customerToken =
        server
            .oauth(
                "/oauth/" + project + "/customers/token",
                app,
                "grant_type=password&username=" + email + "&password=secret123")
            .json()
            .get("access_token")
            .asText();
    assertThat(as(customerToken, "/" + project + "/messages").status()).isEqualTo(403);
  }

  @Test
  void inStoreAndMeRequestsMakeTheSameMessagesWithTheCustomerAsActor() {
    Customers.store(server, project, "berlin");
    Reply inStore =
        server.post(
            "/" + project + "/in-store/key=berlin/customers",
            Customers.draft(Customers.uniqueEmail()));
    assertThat(inStore.status()).as(inStore.body()).isEqualTo(201);
    String id = inStore.json().get("customer").get("id").asText();
    String email = inStore.json().get("customer").get("email").asText();
    IssuedApiClient app = server.newClient(project, "manage_my_profile:" + project);
    String customerToken =
        server
            .oauth(
                "/oauth/" + project + "/in-store/key=berlin/customers/token",
                app,
                "grant_type=password&username=" + email + "&password=secret123")
            .json()
            .get("access_token")
            .asText();

    Reply me =
        server.send(
            "POST",
            "/" + project + "/in-store/key=berlin/me",
            Customers.update(1, "{\"action\": \"setFirstName\", \"firstName\": \"Jane\"}"),
            "Authorization",
            "Bearer " + customerToken);
    assertThat(me.status()).as(me.body()).isEqualTo(200);

    List<JsonNode> messages = history(id);
    assertThat(types(messages)).containsExactly("CustomerCreated", "CustomerFirstNameSet");
    assertThat(messages.get(1).get("createdBy").get("customer").get("id").asText()).isEqualTo(id);
    assertThat(messages.get(1).get("lastModifiedBy")).isEqualTo(messages.get(1).get("createdBy"));
  }

  private Reply as(String token, String path) {
    return server.send("GET", path, null, "Authorization", "Bearer " + token);
  }
}
