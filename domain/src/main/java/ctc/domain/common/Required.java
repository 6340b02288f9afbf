package ctc.domain.common;

import ctc.domain.error.Errors;
import java.util.List;
import java.util.Objects;

/**
 * Shape checks for body fields: absence of a required value is invalid JSON input, reported by
 * field name.
 */
public final class Required {

  private Required() {}

  public static <T> T require(T value, String field) {
    if (value == null) {
      throw Errors.missingField(field);
    }
    return value;
  }

  /** An optional array: absent means empty; a null element is invalid. */
  public static <T> List<T> elements(List<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    if (values.stream()
        .anyMatch(Objects::isNull)) { // List.contains(null) throws on immutable lists
      throw Errors.nullElement(field);
    }
    return List.copyOf(values);
  }
}
