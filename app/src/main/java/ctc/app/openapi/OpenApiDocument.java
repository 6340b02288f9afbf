package ctc.app.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import ctc.domain.update.ActionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OpenAPI 3.1 document, assembled at start from checked-in parts under {@code
 * resources/openapi/}: {@code openapi.yaml} holds what all share and lists the parts ({@code
 * x-parts}), one per route set. A part's {@code paths} are taken as written, its {@code
 * scopedPaths} once per scope prefix (the project and the in-store form). Derived here rather than
 * written: the component schemas of the wire records and update actions (from the records and
 * action registries), every path parameter, each operation's security unless its part states one
 * (from the route's declared permission), the HEAD twin of a GET, and the error response. Which
 * routes exist is the router's to say: a test compares its routes with the document's operations.
 */
public final class OpenApiDocument {

  /** One registered route: its method in lower case, its path template and its OAuth2 scope. */
  public record Route(String method, String path, Security security) {}

  /** What a route needs from its caller. */
  public sealed interface Security {
    /** No token. */
    record Public() implements Security {}

    /** A bearer token with this scope (for the path's project). */
    record Scope(String name) implements Security {}

    /** Something else the router cannot tell: the part must state the operation's security. */
    record AsDocumented() implements Security {}
  }

  /** The schemas derived from code: records by component name, and update-action registries. */
  public record Types(Map<String, Class<?>> records, Map<String, ActionRegistry<?, ?>> actions) {}

  private static final String DIRECTORY = "openapi/";
  private static final String PROJECT_PREFIX = "/{projectKey}";
  private static final String STORE_PREFIX = "/{projectKey}/in-store/key={storeKey}";
  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final YAMLMapper YAML = new YAMLMapper();

  private final ObjectNode document;

  private OpenApiDocument(ObjectNode document) {
    this.document = document;
  }

  /** Assembles the document for these routes; a part that is missing or clashes fails the start. */
  public static OpenApiDocument assemble(ObjectMapper mapper, Types types, List<Route> routes) {
    ObjectNode document = read("openapi.yaml");
    JsonNode parts = document.remove("x-parts");
    ObjectNode paths = document.withObject("/paths");
    for (JsonNode part : parts) {
      merge(document, paths, read(part.asText()), part.asText());
    }
    RecordSchemas schemas = new RecordSchemas(mapper);
    types.records().forEach(schemas::add);
    types.actions().forEach(schemas::addActions);
    ObjectNode componentSchemas = document.withObject("/components").withObject("/schemas");
    schemas.components().forEach((name, schema) -> putNew(componentSchemas, name, schema, "code"));
    ObjectNode parameters = document.withObject("/components").withObject("/parameters");
    Map<String, Route> byOperation =
        routes.stream()
            .collect(
                Collectors.toMap(
                    route -> route.method() + " " + route.path(), Function.identity()));
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      ObjectNode item = (ObjectNode) path.getValue();
      addPathParameters(path.getKey(), item, parameters);
      if (item.has("get")
          && !item.has("head")
          && byOperation.containsKey("head " + path.getKey())) {
        item.set("head", headOf((ObjectNode) item.get("get")));
      }
      for (String method : METHODS) {
        if (item.get(method) instanceof ObjectNode operation) {
          Route route = byOperation.get(method + " " + path.getKey());
          if (route != null
              && !operation.has("security")
              && !(route.security() instanceof Security.AsDocumented)) {
            operation.set("security", security(route.security()));
          }
          if (!operation.withObject("/responses").has("default")) {
            operation
                .withObject("/responses")
                .set("default", NODES.objectNode().put("$ref", "#/components/responses/Error"));
          }
        }
      }
    }
    return new OpenApiDocument(document);
  }

  public byte[] json(ObjectMapper mapper) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] yaml() {
    try {
      return YAML.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void merge(ObjectNode document, ObjectNode paths, ObjectNode part, String name) {
    part.withObject("/paths").fields().forEachRemaining(e -> addPath(paths, e.getKey(), e, name));
    part.withObject("/scopedPaths")
        .fields()
        .forEachRemaining(
            e -> {
              addPath(paths, PROJECT_PREFIX + e.getKey(), e, name);
              ObjectNode inStore = ((ObjectNode) e.getValue()).deepCopy();
              for (String method : METHODS) {
                if (inStore.get(method) instanceof ObjectNode operation
                    && operation.has("operationId")) {
                  operation.put("operationId", operation.get("operationId").asText() + "InStore");
                }
              }
              addPath(paths, STORE_PREFIX + e.getKey(), Map.entry(e.getKey(), inStore), name);
            });
    part.withObject("/components")
        .fields()
        .forEachRemaining(
            section ->
                section
                    .getValue()
                    .fields()
                    .forEachRemaining(
                        c ->
                            putNew(
                                document
                                    .withObject("/components")
                                    .withObject("/" + section.getKey()),
                                c.getKey(),
                                c.getValue(),
                                name)));
    if (part.has("tags")) {
      document.withArray("/tags").addAll((ArrayNode) part.get("tags"));
    }
  }

  private static void addPath(
      ObjectNode paths, String path, Map.Entry<String, JsonNode> entry, String part) {
    ObjectNode item = paths.withObject("/" + escape(path));
    entry
        .getValue()
        .fields()
        .forEachRemaining(
            operation -> putNew(item, operation.getKey(), operation.getValue(), part));
  }

  /** A JSON Pointer segment for a path, whose slashes and tildes must be escaped. */
  private static String escape(String path) {
    return path.replace("~", "~0").replace("/", "~1");
  }

  private static void putNew(ObjectNode target, String key, JsonNode value, String part) {
    if (target.has(key)) {
      throw new IllegalStateException("OpenAPI part " + part + " defines " + key + " twice");
    }
    target.set(key, value.deepCopy());
  }

  private static void addPathParameters(String path, ObjectNode item, ObjectNode parameters) {
    ArrayNode list = item.withArray("/parameters");
    Matcher matcher = PARAMETER.matcher(path);
    List<String> declared = new ArrayList<>();
    list.forEach(p -> declared.add(p.path("name").asText()));
    while (matcher.find()) {
      String name = matcher.group(1);
      if (declared.contains(name)) {
        continue;
      }
      list.add(
          parameters.has(name)
              ? NODES.objectNode().put("$ref", "#/components/parameters/" + name)
              : pathParameter(name));
    }
  }

  private static ObjectNode pathParameter(String name) {
    ObjectNode parameter = NODES.objectNode().put("name", name).put("in", "path");
    parameter.put("required", true);
    parameter.set("schema", NODES.objectNode().put("type", "string"));
    return parameter;
  }

  private static ObjectNode headOf(ObjectNode get) {
    ObjectNode head = NODES.objectNode();
    for (String copied : List.of("tags", "parameters")) {
      if (get.has(copied)) {
        head.set(copied, get.get(copied).deepCopy());
      }
    }
    head.put(
        "summary", "Whether it exists: " + get.path("summary").asText("as GET") + " (no body)");
    if (get.has("operationId")) {
      head.put("operationId", get.get("operationId").asText() + "Exists");
    }
    ObjectNode responses = head.withObject("/responses");
    responses.set("200", NODES.objectNode().put("description", "Found"));
    responses.set("404", NODES.objectNode().put("description", "Not found"));
    return head;
  }

  private static ArrayNode security(Security security) {
    ArrayNode requirements = NODES.arrayNode();
    if (security instanceof Security.Scope scope) {
      requirements.addObject().putArray("oauth2").add(scope.name() + ":{projectKey}");
    }
    return requirements;
  }

  private static ObjectNode read(String name) {
    try (InputStream in =
        OpenApiDocument.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing OpenAPI part " + DIRECTORY + name);
      }
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
