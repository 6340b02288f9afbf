package ctc.domain.common;

import ctc.domain.error.Errors;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A custom type and its field values; values are plain JSON-like Java values (String, Boolean,
 * BigDecimal or Long, List, Map).
 */
public record CustomFields(ResourceIdentifier type, Map<String, Object> fields) {

  public CustomFields {
    if (type == null) {
      throw Errors.missingField("custom -> type");
    }
    type = type.ofType(ResourceKind.TYPE);
    fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public CustomFields withField(String name, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(fields);
    if (value == null) {
      next.remove(name);
    } else {
      next.put(name, value);
    }
    return new CustomFields(type, next);
  }
}
