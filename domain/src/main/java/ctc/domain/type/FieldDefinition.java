package ctc.domain.type;

import static ctc.domain.common.Required.require;

import java.util.Map;

/** One field of a custom type; {@code label} is a LocalizedString. */
public record FieldDefinition(
    FieldType type, String name, Map<String, String> label, boolean required, String inputHint) {

  public FieldDefinition {
    require(type, "fieldDefinitions -> type");
    require(name, "fieldDefinitions -> name");
    label = label == null ? Map.of() : Map.copyOf(label);
  }
}
