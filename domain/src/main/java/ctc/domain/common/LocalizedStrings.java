package ctc.domain.common;

import ctc.domain.error.Errors;
import java.util.Map;

/** LocalizedString values ({@code {"en": "…", "de": "…"}}): kept as maps, checked for shape. */
public final class LocalizedStrings {

  private LocalizedStrings() {}

  /** A copy of the map; null stays null, a null value is invalid JSON input. */
  public static Map<String, String> copy(Map<String, String> value, String field) {
    if (value == null) {
      return null;
    }
    if (value.values().stream().anyMatch(v -> v == null)) {
      throw Errors.notLocalizedString(field);
    }
    return Map.copyOf(value);
  }
}
