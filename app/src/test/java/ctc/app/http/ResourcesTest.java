package ctc.app.http;

import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stores, customer groups and types over HTTP, and how customers reference them. */
class ResourcesTest {

  private static final String LOYALTY_TYPE =
      """
      {"key": "loyalty", "name": {"en": "Loyalty"}, "resourceTypeIds": ["customer"], "fieldDefinitions": [
        {"name": "tier", "label": {"en": "Tier"}, "required": true,
         "type": {"name": "Enum", "values": [{"key": "gold", "label": "Gold"}, {"key": "silver", "label": "Silver"}]}},
        {"name": "points", "label": {"en": "Points"}, "required": false, "type": {"name": "Number"}},
        {"name": "tags", "label": {"en": "Tags"}, "required": false,
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
  }

  private String path(String suffix) {
    return "/" + project + suffix;
  }

  private JsonNode created(String suffix, String body) {
    Reply reply = server.post(path(suffix), body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  private Reply createCustomer(String fields) {
    return server.post(
        path("/customers"),
        "{\"email\": \"" + Customers.uniqueEmail() + "\", \"password\": \"pw\", " + fields + "}");
  }

  @Test
  void storesAreCreatedReadUpdatedListedAndDeleted() {
    JsonNode store = created("/stores", "{\"key\": \"berlin\", \"name\": {\"en\": \"Berlin\"}}");

    assertThat(store.get("version").asLong()).isEqualTo(1);
    assertThat(store.get("languages")).isEmpty();
    assertThat(store.get("distributionChannels")).isEmpty();
    assertThat(server.get(path("/stores/key=berlin")).json()).isEqualTo(store);
    Reply renamed =
        server.post(
            path("/stores/" + store.get("id").asText()),
            update(
                1,
                "{\"action\": \"setName\", \"name\": {\"de\": \"Berlin\", \"en\": \"Berlin\"}}"));
    assertThat(renamed.json().get("version").asLong()).isEqualTo(2);
    assertThat(renamed.json().get("name").get("de").asText()).isEqualTo("Berlin");
    assertThat(server.get(path("/stores")).json().get("total").asInt()).isEqualTo(1);
    assertThat(server.delete(path("/stores/key=berlin?version=1")).code())
        .isEqualTo("ConcurrentModification");
    assertThat(server.delete(path("/stores/key=berlin?version=2")).status()).isEqualTo(200);
    assertThat(server.get(path("/stores/key=berlin")).status()).isEqualTo(404);
  }

  @Test
  void storeKeysAreUniqueAndRequired() {
    created("/stores", "{\"key\": \"berlin\"}");

    assertThat(server.post(path("/stores"), "{\"key\": \"berlin\"}").code())
        .isEqualTo("DuplicateField");
    assertThat(server.post(path("/stores"), "{\"name\": {\"en\": \"x\"}}").code())
        .isEqualTo("InvalidJsonInput");
    assertThat(server.post(path("/stores"), "{\"key\": \"no spaces\"}").code())
        .isEqualTo("InvalidJsonInput");
  }

  @Test
  void customerGroupsAreCreatedWithAGroupNameAndRenamed() {
    JsonNode group = created("/customer-groups", "{\"key\": \"vip\", \"groupName\": \"VIP\"}");

    assertThat(group.get("name").asText()).isEqualTo("VIP");
    Reply renamed =
        server.post(
            path("/customer-groups/key=vip"),
            update(1, "{\"action\": \"changeName\", \"name\": \"Very Important\"}"));
    assertThat(renamed.json().get("name").asText()).isEqualTo("Very Important");
    assertThat(server.post(path("/customer-groups"), "{\"key\": \"x1\"}").code())
        .isEqualTo("InvalidJsonInput");
  }

  @Test
  void typesAreCreatedWithTheirFieldDefinitions() {
    JsonNode type = created("/types", LOYALTY_TYPE);

    assertThat(type.get("resourceTypeIds").get(0).asText()).isEqualTo("customer");
    assertThat(
            type.get("fieldDefinitions")
                .get(0)
                .get("type")
                .get("values")
                .get(1)
                .get("key")
                .asText())
        .isEqualTo("silver");
    assertThat(
            server
                .post(
                    path("/types"),
                    "{\"key\": \"t2\", \"name\": {\"en\": \"T\"}, \"resourceTypeIds\": "
                        + "[\"order\"]}")
                .code())
        .isEqualTo("InvalidField");
  }

  @Test
  void customersResolveStoresByIdOrKeyAndKeepThemAsKeyReferences() {
    JsonNode berlin = created("/stores", "{\"key\": \"berlin\"}");
    created("/stores", "{\"key\": \"paris\"}");

    Reply reply =
        createCustomer(
            "\"stores\": [{\"typeId\": \"store\", \"id\": \""
                + berlin.get("id").asText()
                + "\"}, {\"key\": \"paris\"}]");

    assertThat(reply.json().get("customer").get("stores").toString())
        .isEqualTo(
            "[{\"typeId\":\"store\",\"key\":\"berlin\"},{\"typeId\":\"store\",\"key\":\"paris\"}]");
  }

  @Test
  void unknownReferencesAreReferencedResourceNotFound() {
    Reply store = createCustomer("\"stores\": [{\"key\": \"nowhere\"}]");
    Reply group = createCustomer("\"customerGroup\": {\"id\": \"no-such-group\"}");
    Reply type = createCustomer("\"custom\": {\"type\": {\"key\": \"no-type\"}}");

    assertThat(store.code()).isEqualTo("ReferencedResourceNotFound");
    assertThat(store.json().get("errors").get(0).get("typeId").asText()).isEqualTo("store");
    assertThat(store.json().get("errors").get(0).get("key").asText()).isEqualTo("nowhere");
    assertThat(group.json().get("errors").get(0).get("typeId").asText())
        .isEqualTo("customer-group");
    assertThat(group.json().get("errors").get(0).get("id").asText()).isEqualTo("no-such-group");
    assertThat(type.json().get("errors").get(0).get("typeId").asText()).isEqualTo("type");
    assertThat(server.get(path("/customers")).json().get("total").asInt()).isZero();
  }

  @Test
  void groupsAndTypesByKeyBecomeIdReferences() {
    JsonNode group = created("/customer-groups", "{\"key\": \"vip\", \"groupName\": \"VIP\"}");
    JsonNode type = created("/types", LOYALTY_TYPE);

    JsonNode customer =
        createCustomer(
                "\"customerGroup\": {\"key\": \"vip\"}, \"customerGroupAssignments\": "
                    + "[{\"customerGroup\": {\"key\": \"vip\"}}], \"custom\": {\"type\": {\"key\": \"loyalty\"}, \"fields\": "
                    + "{\"tier\": \"gold\", \"points\": 12, \"tags\": [\"a\", \"b\"]}}")
            .json()
            .get("customer");

    assertThat(customer.get("customerGroup").toString())
        .isEqualTo("{\"typeId\":\"customer-group\",\"id\":\"" + group.get("id").asText() + "\"}");
    assertThat(customer.get("customerGroupAssignments").get(0).get("customerGroup"))
        .isEqualTo(customer.get("customerGroup"));
    assertThat(customer.get("custom").get("type").toString())
        .isEqualTo("{\"typeId\":\"type\",\"id\":\"" + type.get("id").asText() + "\"}");
    assertThat(customer.get("custom").get("fields").get("tags").toString())
        .isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void customFieldsAreCheckedAgainstTheirType() {
    created("/types", LOYALTY_TYPE);
    created(
        "/types",
        "{\"key\": \"address-only\", \"name\": {\"en\": \"A\"}, \"resourceTypeIds\": [\"address\"]}");

    Reply wrongEnum =
        createCustomer(
            "\"custom\": {\"type\": {\"key\": \"loyalty\"}, \"fields\": {\"tier\": \"bronze\"}}");
    Reply missing =
        createCustomer(
            "\"custom\": {\"type\": {\"key\": \"loyalty\"}, \"fields\": {\"points\": 3}}");
    Reply unknown =
        createCustomer(
            "\"custom\": {\"type\": {\"key\": \"loyalty\"}, \"fields\": {\"tier\": \"gold\", "
                + "\"color\": \"red\"}}");
    Reply wrongType =
        createCustomer(
            "\"custom\": {\"type\": {\"key\": \"loyalty\"}, \"fields\": {\"tier\": \"gold\","
                + " \"points\": \"many\"}}");
    Reply forAddresses = createCustomer("\"custom\": {\"type\": {\"key\": \"address-only\"}}");

    assertThat(wrongEnum.code()).isEqualTo("InvalidField");
    assertThat(wrongEnum.json().get("errors").get(0).get("allowedValues").toString())
        .contains("gold", "silver");
    assertThat(missing.code()).isEqualTo("RequiredField");
    assertThat(unknown.code()).isEqualTo("InvalidField");
    assertThat(wrongType.code()).isEqualTo("InvalidField");
    assertThat(forAddresses.code()).isEqualTo("InvalidOperation");
  }

  @Test
  void customFieldActionsAreValidatedAndAddressTypesMustBeForAddresses() {
    created("/types", LOYALTY_TYPE);
    created(
        "/types",
        "{\"key\": \"address-extra\", \"name\": {\"en\": \"A\"}, \"resourceTypeIds\": [\"address\"], "
            + "\"fieldDefinitions\": [{\"name\": \"floor\", \"required\": false, \"type\": {\"name\": \"Number\"}}]}");
    JsonNode customer =
        createCustomer(
                "\"addresses\": [{\"country\": \"DE\", \"key\": \"home\"}], \"custom\": "
                    + "{\"type\": {\"key\": \"loyalty\"}, \"fields\": {\"tier\": \"gold\"}}")
            .json()
            .get("customer");
    String id = customer.get("id").asText();
    String addressId = customer.get("addresses").get(0).get("id").asText();

    Reply badValue =
        server.post(
            path("/customers/" + id),
            update(
                1,
                "{\"action\": \"setCustomField\", \"name\": \"tier\", \"value\": \"platinum\"}"));
    Reply removeRequired =
        server.post(
            path("/customers/" + id),
            update(1, "{\"action\": \"setCustomField\", \"name\": \"tier\"}"));
    Reply customerTypeOnAddress =
        server.post(
            path("/customers/" + id),
            update(
                1,
                "{\"action\": \"setAddressCustomType\", \"addressId\": \""
                    + addressId
                    + "\", \"type\": {\"key\": \"loyalty\"}}"));
    Reply addressType =
        server.post(
            path("/customers/" + id),
            update(
                1,
                "{\"action\": \"setAddressCustomType\", \"addressId\": \""
                    + addressId
                    + "\", \"type\": {\"key\": "
                    + "\"address-extra\"}, \"fields\": {\"floor\": 3}}",
                "{\"action\": \"setCustomField\", \"name\": \"points\", \"value\": 40}"));

    assertThat(badValue.code()).isEqualTo("InvalidField");
    assertThat(removeRequired.code()).isEqualTo("RequiredField");
    assertThat(customerTypeOnAddress.code()).isEqualTo("InvalidOperation");
    assertThat(addressType.status()).as(addressType.body()).isEqualTo(200);
    assertThat(
            addressType
                .json()
                .get("addresses")
                .get(0)
                .get("custom")
                .get("fields")
                .get("floor")
                .asInt())
        .isEqualTo(3);
    assertThat(addressType.json().get("custom").get("fields").get("points").asInt()).isEqualTo(40);
  }

  @Test
  void referencedResourcesCannotBeDeleted() {
    created("/stores", "{\"key\": \"berlin\"}");
    created("/customer-groups", "{\"key\": \"vip\", \"groupName\": \"VIP\"}");
    created("/types", LOYALTY_TYPE);
    JsonNode customer =
        createCustomer(
                "\"stores\": [{\"key\": \"berlin\"}], \"customerGroup\": {\"key\": \"vip\"}, "
                    + "\"custom\": {\"type\": {\"key\": \"loyalty\"}, \"fields\": {\"tier\": \"gold\"}}")
            .json()
            .get("customer");

    for (String resource :
        new String[] {"/stores/key=berlin", "/customer-groups/key=vip", "/types/key=loyalty"}) {
      Reply refused = server.delete(path(resource + "?version=1"));
      assertThat(refused.status()).as(resource).isEqualTo(400);
      assertThat(refused.code()).isEqualTo("ReferenceExists");
      assertThat(server.get(path(resource)).status()).isEqualTo(200);
    }

    server.delete(path("/customers/" + customer.get("id").asText() + "?version=1"));
    assertThat(server.delete(path("/stores/key=berlin?version=1")).status()).isEqualTo(200);
    assertThat(server.delete(path("/customer-groups/key=vip?version=1")).status()).isEqualTo(200);
    assertThat(server.delete(path("/types/key=loyalty?version=1")).status()).isEqualTo(200);
  }

  @Test
  void aResourceNoLongerReferencedCanBeDeleted() {
    created("/customer-groups", "{\"key\": \"vip\", \"groupName\": \"VIP\"}");
    JsonNode customer =
        createCustomer("\"customerGroup\": {\"key\": \"vip\"}").json().get("customer");

    server.post(
        path("/customers/" + customer.get("id").asText()),
        update(1, "{\"action\": \"setCustomerGroup\"}"));

    assertThat(server.delete(path("/customer-groups/key=vip?version=1")).status()).isEqualTo(200);
  }

  @Test
  void expandAddsTheCustomerGroupObject() {
    JsonNode group = created("/customer-groups", "{\"key\": \"vip\", \"groupName\": \"VIP\"}");
    String email = Customers.uniqueEmail();
    JsonNode customer =
        server
            .post(
                path("/customers?expand=customer.customerGroup"),
                "{\"email\": \""
                    + email
                    + "\", \"password\": \"pw\", \"customerGroup\": {\"key\": \"vip\"}, \"customerGroupAssignments\": "
                    + "[{\"customerGroup\": {\"key\": \"vip\"}}]}")
            .json()
            .get("customer");
    String id = customer.get("id").asText();

    assertThat(customer.get("customerGroup").get("obj").get("name").asText()).isEqualTo("VIP");
    assertThat(server.get(path("/customers/" + id)).json().get("customerGroup").has("obj"))
        .isFalse();
    JsonNode expanded =
        server
            .get(
                path(
                    "/customers/"
                        + id
                        + "?expand=customerGroup"
                        + "&expand=customerGroupAssignments%5B*%5D.customerGroup"))
            .json();
    assertThat(expanded.get("customerGroup").get("obj")).isEqualTo(group);
    assertThat(expanded.get("customerGroupAssignments").get(0).get("customerGroup").get("obj"))
        .isEqualTo(group);
    assertThat(
            server
                .get(path("/customers?expand=customerGroup"))
                .json()
                .get("results")
                .get(0)
                .get("customerGroup")
                .get("obj")
                .get("key")
                .asText())
        .isEqualTo("vip");
    assertThat(
            server
                .post(
                    path("/login?expand=customer.customerGroup"),
                    "{\"email\": \"" + email + "\", \"password\": \"pw\"}")
                .json()
                .get("customer")
                .get("customerGroup")
                .get("obj")
                .get("id")
                .asText())
        .isEqualTo(group.get("id").asText());
  }

  @Test
  void resourceScopesAreEnforced() {
    String viewStores = server.token(project, "view_stores:" + project);
    String manageCustomers = server.token(project, "manage_customers:" + project);
    created("/stores", "{\"key\": \"berlin\"}");

    assertThat(
            server
                .send("GET", path("/stores"), null, "Authorization", "Bearer " + viewStores)
                .status())
        .isEqualTo(200);
    assertThat(
            server
                .send(
                    "POST",
                    path("/stores"),
                    "{\"key\": \"x2\"}",
                    "Authorization",
                    "Bearer " + viewStores)
                .code())
        .isEqualTo("insufficient_scope");
    assertThat(
            server
                .send(
                    "GET",
                    path("/customer-groups"),
                    null,
                    "Authorization",
                    "Bearer " + manageCustomers)
                .code())
        .isEqualTo("insufficient_scope");
    assertThat(
            server
                .send("GET", path("/types"), null, "Authorization", "Bearer " + viewStores)
                .code())
        .isEqualTo("insufficient_scope");
  }
}
