package ctc.domain.search;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as the HTTP layer read it, so that the search request's shape can be checked here
 * without a JSON library: the query language is a tree of one-key objects that no record can
 * mirror.
 */
public sealed interface JsonValue {

  /** The JSON type as error messages name it. */
  String typeName();

  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public JsonObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    public String typeName() {
      return "object";
    }
  }

  record JsonArray(List<JsonValue> elements) implements JsonValue {
    public JsonArray {
      elements = List.copyOf(elements);
    }

    @Override
    public String typeName() {
      return "array";
    }
  }

  record JsonString(String value) implements JsonValue {
    @Override
    public String typeName() {
      return "string";
    }
  }

  /** A number; {@code integral} when written without fraction or exponent. */
  record JsonNumber(BigDecimal value, boolean integral) implements JsonValue {
    @Override
    public String typeName() {
      return "number";
    }
  }

  record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public String typeName() {
      return "boolean";
    }
  }

  record JsonNull() implements JsonValue {
    @Override
    public String typeName() {
      return "null";
    }
  }
}
