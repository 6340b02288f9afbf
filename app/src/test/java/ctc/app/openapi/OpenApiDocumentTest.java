package ctc.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import ctc.app.TestServer;
import ctc.app.http.HttpApi;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The document served at /openapi.json describes exactly the routes the server registers, and is a
 * valid OpenAPI 3.1 document.
 */
class OpenApiDocumentTest {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final TestServer SERVER = TestServer.start();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndEveryDocumentedOperationIsARoute() throws Exception {
    Set<String> registered = new TreeSet<>();
    HttpApi.routes(SERVER.wiring().app())
        .forEach(route -> registered.add(route.method() + " " + route.path()));
    Set<String> documented = new TreeSet<>();
    JsonNode paths = document().get("paths");
    paths
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (METHODS.contains(method)) {
                            documented.add(method + " " + path.getKey());
                          }
                        }));

    Set<String> undocumented = new TreeSet<>(registered);
    undocumented.removeAll(documented);
    Set<String> unknown = new TreeSet<>(documented);
    unknown.removeAll(registered);
    assertThat(undocumented).as("routes missing from the OpenAPI document").isEmpty();
    assertThat(unknown).as("documented operations no route serves").isEmpty();
    assertThat(registered).hasSizeGreaterThan(60);
  }

  @Test
  void everyOperationCarriesTheScopeItsRouteDeclares() throws Exception {
    JsonNode paths = document().get("paths");
    for (var route : HttpApi.routes(SERVER.wiring().app())) {
      JsonNode security = paths.path(route.path()).path(route.method()).path("security");
      if (route.security() instanceof OpenApiDocument.Security.Scope scope) {
        assertThat(security.toString())
            .as(route.method() + " " + route.path())
            .isEqualTo("[{\"oauth2\":[\"" + scope.name() + ":{projectKey}\"]}]");
      } else if (route.security() instanceof OpenApiDocument.Security.Public) {
        assertThat(security.isArray()).as(route.method() + " " + route.path()).isTrue();
        assertThat(security.toString()).doesNotContain("oauth2");
      } else {
        assertThat(security.isArray())
            .as(route.method() + " " + route.path() + " needs its security in its part")
            .isTrue();
      }
    }
  }

  @Test
  void theTokenEndpointsAskForTheClientsBasicCredentials() throws Exception {
    JsonNode paths = document().get("paths");

    assertThat(paths.at("/~1oauth~1token/post/security").toString())
        .isEqualTo("[{\"clientBasic\":[]}]");
    assertThat(paths.at("/~1oauth~1{projectKey}~1customers~1token/post/security").toString())
        .isEqualTo("[{\"clientBasic\":[]}]");
  }

  @Test
  void theDocumentIsValidOpenApi31WithEveryReferenceResolved() {
    String json = SERVER.sendWithoutToken("GET", "/openapi.json", null).body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(unresolvedReferences(json)).isEmpty();
  }

  @Test
  void everyComponentSchemaIsAValidJsonSchema202012() throws Exception {
    JsonSchema metaSchema =
        SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    JsonNode schemas = document().at("/components/schemas");

    assertThat(schemas.size()).isGreaterThan(50);
    schemas
        .fields()
        .forEachRemaining(
            schema ->
                assertThat(metaSchema.validate(schema.getValue())).as(schema.getKey()).isEmpty());
  }

  @Test
  void realAnswersMatchTheSchemasTheDocumentGivesThem() throws Exception {
    JsonNode document = document();
    String project = TestServer.newProject();
    JsonNode created =
        SERVER
            .post(
                "/" + project + "/customers",
                """
                {"email": "schema-%s@example.com", "password": "secret-123", "firstName": "Jo",
                 "addresses": [{"key": "home", "country": "DE", "city": "Berlin"}]}"""
                    .formatted(TestServer.newProject()))
            .json();
    String id = created.at("/customer/id").asText();
    String customers = "/" + project + "/customers";

    assertMatches(document, "CustomerSignInResult", created);
    assertMatches(document, "Customer", SERVER.get(customers + "/" + id).json());
    assertMatches(
        document,
        "Customer",
        SERVER
            .post(
                customers + "/" + id,
                """
                {"version": 1, "actions": [{"action": "setLastName", "lastName": "Doe"}]}""")
            .json());
    assertMatches(document, "CustomerPagedQueryResponse", SERVER.get(customers).json());
    assertMatches(document, "ErrorResponse", SERVER.get(customers + "/no-such-id").json());
    assertMatches(
        document,
        "TokenResponse",
        SERVER
            .oauth(
                "/oauth/token",
                SERVER.newClient(project, "view_customers:" + project),
                "grant_type=client_credentials")
            .json());
  }

  @Test
  void everyExampleOfABodyMatchesItsSchema() throws Exception {
    JsonNode document = document();
    List<JsonNode> mediaTypes = new ArrayList<>();
    document.get("paths").findParents("example").stream()
        .filter(parent -> parent.has("schema"))
        .forEach(mediaTypes::add);

    assertThat(mediaTypes).hasSizeGreaterThan(5);
    for (JsonNode mediaType : mediaTypes) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.setAll((ObjectNode) mediaType.get("schema"));
      root.putObject("components").set("schemas", document.at("/components/schemas"));
      assertThat(SCHEMAS.getSchema(root).validate(mediaType.get("example")))
          .as(mediaType.get("example").toString())
          .isEmpty();
    }
  }

  /** The answer validates against the named component schema, with references resolved. */
  private static void assertMatches(JsonNode document, String component, JsonNode answer) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#/components/schemas/" + component);
    root.putObject("components").set("schemas", document.at("/components/schemas"));

    assertThat(SCHEMAS.getSchema(root).validate(answer)).as(component + ": " + answer).isEmpty();
  }

  @Test
  void operationIdsAreUnique() throws Exception {
    List<String> ids = new ArrayList<>();
    document()
        .get("paths")
        .forEach(
            item ->
                item.forEach(
                    operation -> {
                      if (operation.has("operationId")) {
                        ids.add(operation.get("operationId").asText());
                      }
                    }));
    assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
  }

  @Test
  void updateActionsAreAOneOfWithADiscriminatorOnAction() throws Exception {
    JsonNode actions = document().at("/components/schemas/CustomerUpdateAction");

    assertThat(actions.at("/discriminator/propertyName").asText()).isEqualTo("action");
    assertThat(actions.get("oneOf")).hasSizeGreaterThan(30);
    assertThat(
            document()
                .at("/components/schemas/CustomerUpdateAction.setFirstName/properties")
                .fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("action", "firstName");
  }

  @Test
  void theYamlFormIsTheSameDocument() throws Exception {
    JsonNode yaml =
        new YAMLMapper().readTree(SERVER.sendWithoutToken("GET", "/openapi.yaml", null).body());

    assertThat(yaml).isEqualTo(document());
  }

  private static JsonNode document() throws Exception {
    TestServer.Reply reply = SERVER.sendWithoutToken("GET", "/openapi.json", null);
    assertThat(reply.status()).isEqualTo(200);
    return new ObjectMapper().readTree(reply.body());
  }

  /** Local references that point nowhere in the document. */
  private static Set<String> unresolvedReferences(String json) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      Set<String> missing = new HashSet<>();
      collect(root, root, missing);
      return missing;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(JsonNode root, JsonNode node, Set<String> missing) {
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (root.at(ref.substring(1)).isMissingNode()) {
        missing.add(ref);
      }
    }
    node.forEach(child -> collect(root, child, missing));
  }
}
