package ctc.domain.search;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link JsonValue} trees in tests: {@code obj("field", "key", "value", 1)}. */
public final class Json {

  private Json() {}

  public static JsonValue.JsonObject obj(Object... keysAndValues) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      members.put((String) keysAndValues[i], of(keysAndValues[i + 1]));
    }
    return new JsonValue.JsonObject(members);
  }

  public static JsonValue.JsonArray arr(Object... elements) {
    return new JsonValue.JsonArray(Arrays.stream(elements).map(Json::of).toList());
  }

  /** A JSON value from a Java one: String, Integer/Long (integral), Double, Boolean, null. */
  public static JsonValue of(Object value) {
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof String text) {
      return new JsonValue.JsonString(text);
    }
    if (value instanceof Integer || value instanceof Long) {
      return new JsonValue.JsonNumber(new BigDecimal(value.toString()), true);
    }
    if (value instanceof Double number) {
      return new JsonValue.JsonNumber(BigDecimal.valueOf(number), false);
    }
    if (value instanceof Boolean bool) {
      return new JsonValue.JsonBoolean(bool);
    }
    if (value instanceof List<?> list) {
      return arr(list.toArray());
    }
    if (value == null) {
      return new JsonValue.JsonNull();
    }
    throw new IllegalArgumentException("Not JSON: " + value);
  }

  /** {@code {"query": query}}. */
  public static JsonValue.JsonObject query(JsonValue query) {
    return obj("query", query);
  }

  /** {@code {type: {"field": field, more…}}}. */
  public static JsonValue.JsonObject simple(String type, String field, Object... more) {
    Object[] members = new Object[more.length + 2];
    members[0] = "field";
    members[1] = field;
    System.arraycopy(more, 0, members, 2, more.length);
    return obj(type, obj(members));
  }
}
