package ctc.domain.type;

import ctc.domain.common.ResourceKind;
import ctc.domain.error.Errors;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks custom field values against their {@link Type}. Values are the plain Java values Jackson
 * reads from JSON (String, Boolean, Integer/Long/BigInteger, BigDecimal, List, Map), so every check
 * is on those classes.
 */
public final class CustomFieldsValidator {

  // LocalDate.parse alone would also accept signed years beyond 9999, which the wire format does
  // not allow.
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  private CustomFieldsValidator() {}

  /**
   * Returns {@code fields} in their order, without null values, or throws: InvalidOperation when
   * the type does not extend {@code resource}, InvalidField for an undefined field or a value of
   * the wrong kind, RequiredField for a required field without a value.
   */
  public static Map<String, Object> validate(
      Type type, Map<String, Object> fields, ResourceKind resource) {
    if (!type.resourceTypeIds().contains(resource.typeId())) {
      throw Errors.typeNotForResource(typeName(type), resource.typeId());
    }
    Map<String, Object> valid = new LinkedHashMap<>();
    if (fields != null) {
      fields.forEach(
          (name, value) -> {
            FieldDefinition definition =
                definition(type, name)
                    .orElseThrow(() -> Errors.undefinedCustomField(name, value, typeName(type)));
            if (value != null) {
              requireMatch(definition, value);
              valid.put(name, value);
            }
          });
    }
    for (FieldDefinition definition : type.fieldDefinitions()) {
      if (definition.required() && !valid.containsKey(definition.name())) {
        throw Errors.requiredField(definition.name());
      }
    }
    return Collections.unmodifiableMap(valid);
  }

  private static Optional<FieldDefinition> definition(Type type, String name) {
    return type.fieldDefinitions().stream()
        .filter(definition -> definition.name().equals(name))
        .findFirst();
  }

  // Types should always have a key, but one created without it must still be nameable in a message.
  private static String typeName(Type type) {
    return type.key() != null ? type.key() : type.id();
  }

  private static void requireMatch(FieldDefinition definition, Object value) {
    if (!matches(definition.type(), value)) {
      throw Errors.invalidField(definition.name(), value, allowedValues(definition.type()));
    }
  }

  private static boolean matches(FieldType type, Object value) {
    return switch (type.name()) {
      case "Boolean" -> value instanceof Boolean;
      case "String" -> value instanceof String;
      case "LocalizedString" -> isLocalizedString(value);
      case "Number" -> isNumber(value);
      case "Date" ->
          value instanceof String text
              && DATE.matcher(text).matches()
              && parses(text, LocalDate::parse);
      case "DateTime" -> value instanceof String text && isDateTime(text);
      case "Time" -> value instanceof String text && parses(text, LocalTime::parse);
      case "Enum", "LocalizedEnum" -> value instanceof String key && enumKeys(type).contains(key);
      case "Money" -> isMoney(value);
      case "Reference" -> isReference(value, type.referenceTypeId());
      case "Set" ->
          value instanceof List<?> elements
              && elements.stream()
                  .allMatch(element -> element != null && matches(type.elementType(), element));
      default -> throw new IllegalStateException("FieldType admits no kind named " + type.name());
    };
  }

  private static boolean isLocalizedString(Object value) {
    return value instanceof Map<?, ?> map
        && map.entrySet().stream()
            .allMatch(
                entry -> entry.getKey() instanceof String && entry.getValue() instanceof String);
  }

  // NaN and infinities cannot come from JSON; reject them so that stored values always serialise.
  private static boolean isNumber(Object value) {
    if (value instanceof Double number) {
      return Double.isFinite(number);
    }
    if (value instanceof Float number) {
      return Float.isFinite(number);
    }
    return value instanceof Number;
  }

  // Instant.parse takes the usual "…Z" form; OffsetDateTime also takes an explicit offset such as
  // "+02:00".
  private static boolean isDateTime(String text) {
    return parses(text, Instant::parse) || parses(text, OffsetDateTime::parse);
  }

  private static boolean parses(String text, Consumer<String> parser) {
    try {
      parser.accept(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isMoney(Object value) {
    return value instanceof Map<?, ?> money
        && money.get("currencyCode") instanceof String code
        && CURRENCY_CODE.matcher(code).matches()
        && isCentAmount(money.get("centAmount"));
  }

  // centAmount is an int64 on the wire; a decimal such as 1.0 is not integral (contract, Decisions:
  // strict JSON).
  private static boolean isCentAmount(Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger big && big.bitLength() < Long.SIZE;
  }

  private static boolean isReference(Object value, String referenceTypeId) {
    return value instanceof Map<?, ?> reference
        && referenceTypeId.equals(reference.get("typeId"))
        && (reference.get("id") instanceof String || reference.get("key") instanceof String);
  }

  private static List<String> enumKeys(FieldType type) {
    return type.values().stream().map(FieldType.EnumValue::key).toList();
  }

  // A set of enums reports the keys its elements may take.
  private static List<String> allowedValues(FieldType type) {
    return switch (type.name()) {
      case "Enum", "LocalizedEnum" -> enumKeys(type);
      case "Set" -> allowedValues(type.elementType());
      default -> null;
    };
  }
}
