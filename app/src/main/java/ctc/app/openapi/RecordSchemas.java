package ctc.app.openapi;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ctc.domain.update.ActionRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JSON Schemas of the wire types, derived from the records the server reads and writes, through the
 * same Jackson configuration that (de)serialises them: a field added to a record appears in the
 * document without anyone editing it. Nested records become named component schemas.
 */
final class RecordSchemas {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final Map<String, ObjectNode> components = new TreeMap<>();
  private final Map<Class<?>, String> names = new HashMap<>();

  RecordSchemas(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The component schemas made so far, by name. */
  Map<String, ObjectNode> components() {
    return components;
  }

  /** Makes the named component schema of a record (and of the records it holds). */
  void add(String name, Class<?> type) {
    names.put(type, name);
    components.put(name, objectSchema(mapper.constructType(type)));
  }

  /**
   * Makes the update-action schema of a registry: a {@code oneOf} of its actions with a
   * discriminator on {@code action}, each action a component named after it.
   */
  void addActions(String name, ActionRegistry<?, ?> registry) {
    ArrayNode oneOf = NODES.arrayNode();
    ObjectNode mapping = NODES.objectNode();
    for (String action : new TreeSet<>(registry.names())) {
      Class<?> type = registry.typeOf(action).orElseThrow();
      String component = name + "." + action;
      ObjectNode schema = objectSchema(mapper.constructType(type));
      ObjectNode properties = NODES.objectNode();
      properties.set("action", NODES.objectNode().put("const", action));
      properties.setAll((ObjectNode) schema.get("properties"));
      schema.set("properties", properties);
      schema.set("required", NODES.arrayNode().add("action"));
      components.put(component, schema);
      oneOf.add(ref(component));
      mapping.put(action, "#/components/schemas/" + component);
    }
    ObjectNode union = NODES.objectNode();
    union.set("oneOf", oneOf);
    union.set(
        "discriminator", NODES.objectNode().put("propertyName", "action").set("mapping", mapping));
    components.put(name, union);
  }

  private ObjectNode objectSchema(JavaType type) {
    BeanDescription bean = mapper.getSerializationConfig().introspect(type);
    ObjectNode properties = NODES.objectNode();
    for (BeanPropertyDefinition property : bean.findProperties()) {
      properties.set(property.getName(), schema(property.getPrimaryType()));
    }
    ObjectNode schema = NODES.objectNode().put("type", "object");
    schema.set("properties", properties);
    return schema;
  }

  private JsonNode schema(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.isContainerType() && !type.isMapLikeType()) {
      ObjectNode array = NODES.objectNode().put("type", "array");
      array.set("items", schema(type.getContentType()));
      return array;
    }
    if (type.isMapLikeType()) {
      ObjectNode map = NODES.objectNode().put("type", "object");
      map.set("additionalProperties", schema(type.getContentType()));
      return map;
    }
    if (raw == String.class || raw == Character.class || raw == char.class) {
      return NODES.objectNode().put("type", "string");
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return NODES.objectNode().put("type", "boolean");
    }
    if (raw == Integer.class
        || raw == int.class
        || raw == Long.class
        || raw == long.class
        || raw == Short.class
        || raw == short.class) {
      return NODES.objectNode().put("type", "integer");
    }
    if (Number.class.isAssignableFrom(raw)
        || raw == double.class
        || raw == float.class
        || raw == BigDecimal.class) {
      return NODES.objectNode().put("type", "number");
    }
    if (raw == Instant.class) {
      return NODES.objectNode().put("type", "string").put("format", "date-time");
    }
    if (raw == LocalDate.class) {
      return NODES.objectNode().put("type", "string").put("format", "date");
    }
    if (raw == LocalTime.class) {
      return NODES.objectNode().put("type", "string").put("format", "time");
    }
    if (raw.isEnum()) {
      ArrayNode values = NODES.arrayNode();
      for (Object constant : raw.getEnumConstants()) {
        values.add(mapper.valueToTree(constant));
      }
      ObjectNode schema = NODES.objectNode().put("type", "string");
      schema.set("enum", values);
      return schema;
    }
    if (raw.isRecord()) {
      String name = names.computeIfAbsent(raw, RecordSchemas::componentName);
      if (!components.containsKey(name)) {
        // Reserved first: a record that holds itself (directly or not) must not recurse forever.
        components.put(name, NODES.objectNode());
        components.put(name, objectSchema(type));
      }
      return ref(name);
    }
    // JsonNode, Object, sealed interfaces: any JSON value the server accepts there.
    return NODES.objectNode();
  }

  private static String componentName(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    return outer == null
        ? type.getSimpleName()
        : outer.getSimpleName() + "." + type.getSimpleName();
  }

  private static ObjectNode ref(String component) {
    return NODES.objectNode().put("$ref", "#/components/schemas/" + component);
  }
}
