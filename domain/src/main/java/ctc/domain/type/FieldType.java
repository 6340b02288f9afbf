package ctc.domain.type;

import static ctc.domain.common.Required.require;

import ctc.domain.error.Errors;
import java.util.List;
import java.util.Set;

/**
 * The type of a custom field, as commercetools writes it: {@code {"name": "Enum", "values":
 * [...]}}. One flat record instead of a class per kind, so it maps to JSON without polymorphism;
 * the constructor checks that each kind has what it needs ({@code values} for enums, {@code
 * elementType} for sets, {@code referenceTypeId} for references).
 */
public record FieldType(
    String name, List<EnumValue> values, FieldType elementType, String referenceTypeId) {

  public static final Set<String> NAMES =
      Set.of(
          "Boolean",
          "String",
          "LocalizedString",
          "Number",
          "Date",
          "DateTime",
          "Time",
          "Enum",
          "LocalizedEnum",
          "Money",
          "Reference",
          "Set");

  public FieldType {
    require(name, "type -> name");
    if (!NAMES.contains(name)) {
      throw Errors.invalidField("type -> name", name, NAMES.stream().sorted().toList());
    }
    if (name.equals("Enum") || name.equals("LocalizedEnum")) {
      values = List.copyOf(require(values, "type -> values"));
    } else {
      values = null;
    }
    if (name.equals("Set")) {
      require(elementType, "type -> elementType");
    } else {
      elementType = null;
    }
    if (name.equals("Reference")) {
      require(referenceTypeId, "type -> referenceTypeId");
    } else {
      referenceTypeId = null;
    }
  }

  /**
   * An enum value: {@code label} is a String for Enum and a LocalizedString (a map) for
   * LocalizedEnum.
   */
  public record EnumValue(String key, Object label) {
    public EnumValue {
      require(key, "values -> key");
    }
  }
}
