package ctc.domain.type;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.ResourceKind;
import ctc.domain.error.ErrorObject.InvalidFieldError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.RequiredFieldError;
import ctc.domain.type.FieldType.EnumValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomFieldsValidatorTest {

  private static final FieldType BOOLEAN = kind("Boolean");
  private static final FieldType STRING = kind("String");
  private static final FieldType LOCALIZED_STRING = kind("LocalizedString");
  private static final FieldType NUMBER = kind("Number");
  private static final FieldType DATE = kind("Date");
  private static final FieldType DATE_TIME = kind("DateTime");
  private static final FieldType TIME = kind("Time");
  private static final FieldType MONEY = kind("Money");
  private static final FieldType ENUM =
      new FieldType(
          "Enum", List.of(new EnumValue("red", "Red"), new EnumValue("blue", "Blue")), null, null);
  private static final FieldType LOCALIZED_ENUM =
      new FieldType(
          "LocalizedEnum", List.of(new EnumValue("small", Map.of("en", "Small"))), null, null);
  private static final FieldType CUSTOMER_REFERENCE =
      new FieldType("Reference", null, null, "customer");

  // --- resource types

  @Test
  void aTypeForAnotherResourceIsAnInvalidOperationNamingTheTypeAndTheResource() {
    Type type = type(List.of("customer"), field("flag", BOOLEAN));

    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () -> CustomFieldsValidator.validate(type, Map.of("flag", true), ResourceKind.ADDRESS));

    assertThat(error.message()).contains("'my-type'").contains("'address'");
  }

  @Test
  void aTypeListingTheResourceAmongOthersIsAccepted() {
    Type type = type(List.of("customer", "address"), field("flag", BOOLEAN));

    assertThat(CustomFieldsValidator.validate(type, Map.of("flag", true), ResourceKind.ADDRESS))
        .containsEntry("flag", true);
  }

  // --- field names, required fields, nulls, order

  @Test
  void anUndefinedFieldIsAnInvalidFieldNamingTheFieldAndTheType() {
    Type type = type(List.of("customer"), field("flag", BOOLEAN));

    InvalidFieldError error =
        expectError(
            400,
            InvalidFieldError.class,
            () -> CustomFieldsValidator.validate(type, Map.of("x", "y"), ResourceKind.CUSTOMER));

    assertThat(error.message()).isEqualTo("The field 'x' is not defined in the type 'my-type'.");
    assertThat(error.field()).isEqualTo("x");
    assertThat(error.invalidValue()).isEqualTo("y");
  }

  @Test
  void aMissingRequiredFieldIsARequiredFieldError() {
    Type type = type(List.of("customer"), field("flag", BOOLEAN), required("name", STRING));

    RequiredFieldError error =
        expectError(
            400,
            RequiredFieldError.class,
            () ->
                CustomFieldsValidator.validate(type, Map.of("flag", true), ResourceKind.CUSTOMER));

    assertThat(error.message()).isEqualTo("A value is required for field name.");
    assertThat(error.field()).isEqualTo("name");
  }

  @Test
  void aRequiredFieldWithANullValueIsARequiredFieldError() {
    Type type = type(List.of("customer"), required("name", STRING));

    expectError(
        400,
        RequiredFieldError.class,
        () -> CustomFieldsValidator.validate(type, fields("name", null), ResourceKind.CUSTOMER));
  }

  @Test
  void absentFieldsSatisfyATypeWithoutRequiredFields() {
    Type type = type(List.of("customer"), field("flag", BOOLEAN));

    assertThat(CustomFieldsValidator.validate(type, null, ResourceKind.CUSTOMER)).isEmpty();
  }

  @Test
  void absentFieldsDoNotSatisfyARequiredField() {
    Type type = type(List.of("customer"), required("name", STRING));

    expectError(
        400,
        RequiredFieldError.class,
        () -> CustomFieldsValidator.validate(type, null, ResourceKind.CUSTOMER));
  }

  @Test
  void aNullValueOfAnOptionalFieldIsDropped() {
    Type type = type(List.of("customer"), field("flag", BOOLEAN), field("name", STRING));

    Map<String, Object> valid =
        CustomFieldsValidator.validate(
            type, fields("flag", null, "name", "a"), ResourceKind.CUSTOMER);

    assertThat(valid).containsExactly(Map.entry("name", "a"));
  }

  @Test
  void theResultKeepsTheOrderOfTheGivenFields() {
    Type type =
        type(List.of("customer"), field("a", STRING), field("b", STRING), field("c", STRING));

    Map<String, Object> valid =
        CustomFieldsValidator.validate(
            type, fields("c", "3", "a", "1", "b", "2"), ResourceKind.CUSTOMER);

    assertThat(valid.keySet()).containsExactly("c", "a", "b");
  }

  @Test
  void theResultHoldsTheSameValues() {
    Type type = type(List.of("customer"), field("price", MONEY));
    Map<String, Object> price = Map.of("currencyCode", "EUR", "centAmount", 1200);

    assertThat(
            CustomFieldsValidator.validate(type, Map.of("price", price), ResourceKind.CUSTOMER)
                .get("price"))
        .isSameAs(price);
  }

  // --- Boolean and String

  @Test
  void aBooleanFieldAcceptsABoolean() {
    assertAccepted(BOOLEAN, false);
  }

  @Test
  void aBooleanFieldRejectsTheStringTrue() {
    InvalidFieldError error = assertRejected(BOOLEAN, "true");

    assertThat(error.message()).isEqualTo("The value \"true\" is not valid for field value.");
    assertThat(error.field()).isEqualTo("value");
    assertThat(error.invalidValue()).isEqualTo("true");
    assertThat(error.allowedValues()).isNull();
  }

  @Test
  void aStringFieldAcceptsAString() {
    assertAccepted(STRING, "");
  }

  @Test
  void aStringFieldRejectsANumber() {
    assertRejected(STRING, 1);
  }

  // --- LocalizedString

  @Test
  void aLocalizedStringFieldAcceptsAMapOfLocalesToStrings() {
    assertAccepted(LOCALIZED_STRING, Map.of("en", "Hello", "de-DE", "Hallo"));
  }

  @Test
  void aLocalizedStringFieldAcceptsAnEmptyMap() {
    assertAccepted(LOCALIZED_STRING, Map.of());
  }

  @Test
  void aLocalizedStringFieldRejectsANonStringValue() {
    assertRejected(LOCALIZED_STRING, Map.of("en", "Hello", "de", 1));
  }

  @Test
  void aLocalizedStringFieldRejectsAPlainString() {
    assertRejected(LOCALIZED_STRING, "Hello");
  }

  // --- Number

  static Stream<Object> numbers() {
    return Stream.of(
        1,
        10_000_000_000L,
        new BigInteger("123456789012345678901234567890"),
        new BigDecimal("1.25"),
        2.5d,
        -7);
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void aNumberFieldAcceptsEveryJavaNumberType(Object number) {
    assertAccepted(NUMBER, number);
  }

  @Test
  void aNumberFieldRejectsANumericString() {
    assertRejected(NUMBER, "1");
  }

  @Test
  void aNumberFieldRejectsNaN() {
    assertRejected(NUMBER, Double.NaN);
  }

  @Test
  void aNumberFieldRejectsABoolean() {
    assertRejected(NUMBER, true);
  }

  // --- Date, DateTime, Time

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-31", "2024-02-29", "0001-01-01", "9999-12-31"})
  void aDateFieldAcceptsAnIsoDate(String date) {
    assertAccepted(DATE, date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29",
        "2024-02-30",
        "2024-13-01",
        "2024-1-5",
        "24-01-05",
        "+10000-01-01",
        "2024-01-31T10:00:00Z",
        "31.01.2024",
        ""
      })
  void aDateFieldRejectsAnythingButAnExistingYyyyMmDdDate(String date) {
    assertRejected(DATE, date);
  }

  @Test
  void aDateFieldRejectsANonString() {
    assertRejected(DATE, 20240131);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-31T10:00:00Z",
        "2024-01-31T10:00:00.123Z",
        "2024-01-31T10:00:00+02:00",
        "2024-01-31T10:00:00.5-05:30"
      })
  void aDateTimeFieldAcceptsAnIsoDateTimeWithZoneOrOffset(String dateTime) {
    assertAccepted(DATE_TIME, dateTime);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-31T10:00:00",
        "2024-01-31",
        "10:00:00Z",
        "2024-01-31 10:00:00Z",
        "2024-02-30T10:00:00Z",
        "now"
      })
  void aDateTimeFieldRejectsADateTimeWithoutZoneOrOtherText(String dateTime) {
    assertRejected(DATE_TIME, dateTime);
  }

  @Test
  void aDateTimeFieldRejectsAnInstantObject() {
    assertRejected(DATE_TIME, Instant.parse("2024-01-31T10:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10:15:30", "00:00:00", "23:59:59.999", "10:15"})
  void aTimeFieldAcceptsAnIsoTime(String time) {
    assertAccepted(TIME, time);
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00:00", "9:00", "10:60", "10:15:30Z", "10", "2024-01-31T10:15:30"})
  void aTimeFieldRejectsAnythingButAnIsoLocalTime(String time) {
    assertRejected(TIME, time);
  }

  // --- Enum and LocalizedEnum

  @Test
  void anEnumFieldAcceptsOneOfItsKeys() {
    assertAccepted(ENUM, "blue");
  }

  @Test
  void anEnumFieldRejectsAnUnknownKeyListingTheKeys() {
    InvalidFieldError error = assertRejected(ENUM, "green");

    assertThat(error.allowedValues()).containsExactly("red", "blue");
  }

  @Test
  void anEnumFieldRejectsALabelInsteadOfAKey() {
    assertRejected(ENUM, "Red");
  }

  @Test
  void anEnumFieldRejectsAKeyLabelObject() {
    assertRejected(ENUM, Map.of("key", "red", "label", "Red"));
  }

  @Test
  void aLocalizedEnumFieldAcceptsOneOfItsKeys() {
    assertAccepted(LOCALIZED_ENUM, "small");
  }

  @Test
  void aLocalizedEnumFieldRejectsAnUnknownKeyListingTheKeys() {
    InvalidFieldError error = assertRejected(LOCALIZED_ENUM, "large");

    assertThat(error.allowedValues()).containsExactly("small");
  }

  // --- Money

  @Test
  void aMoneyFieldAcceptsACurrencyCodeAndAnIntegralCentAmount() {
    assertAccepted(MONEY, Map.of("currencyCode", "EUR", "centAmount", 1999));
  }

  @Test
  void aMoneyFieldAcceptsALongCentAmount() {
    assertAccepted(MONEY, Map.of("currencyCode", "EUR", "centAmount", 10_000_000_000L));
  }

  @Test
  void aMoneyFieldAcceptsTheTypeAndFractionDigitsOfAStoredValue() {
    assertAccepted(
        MONEY,
        Map.of(
            "type", "centPrecision", "currencyCode", "USD", "centAmount", 5, "fractionDigits", 2));
  }

  @Test
  void aMoneyFieldRejectsALowerCaseCurrencyCode() {
    assertRejected(MONEY, Map.of("currencyCode", "eur", "centAmount", 1));
  }

  @Test
  void aMoneyFieldRejectsACurrencyCodeOfAnotherLength() {
    assertRejected(MONEY, Map.of("currencyCode", "EURO", "centAmount", 1));
  }

  @Test
  void aMoneyFieldRejectsAMissingCentAmount() {
    assertRejected(MONEY, Map.of("currencyCode", "EUR"));
  }

  @Test
  void aMoneyFieldRejectsAMissingCurrencyCode() {
    assertRejected(MONEY, Map.of("centAmount", 1));
  }

  @Test
  void aMoneyFieldRejectsADecimalCentAmount() {
    assertRejected(MONEY, Map.of("currencyCode", "EUR", "centAmount", new BigDecimal("1.0")));
  }

  @Test
  void aMoneyFieldRejectsACentAmountBeyondInt64() {
    assertRejected(MONEY, Map.of("currencyCode", "EUR", "centAmount", BigInteger.TWO.pow(63)));
  }

  @Test
  void aMoneyFieldRejectsAStringCentAmount() {
    assertRejected(MONEY, Map.of("currencyCode", "EUR", "centAmount", "1"));
  }

  @Test
  void aMoneyFieldRejectsANumber() {
    assertRejected(MONEY, 1999);
  }

  // --- Reference

  @Test
  void aReferenceFieldAcceptsAReferenceByIdOfItsTypeId() {
    assertAccepted(CUSTOMER_REFERENCE, Map.of("typeId", "customer", "id", "c1"));
  }

  @Test
  void aReferenceFieldAcceptsAReferenceByKeyOfItsTypeId() {
    assertAccepted(CUSTOMER_REFERENCE, Map.of("typeId", "customer", "key", "john"));
  }

  @Test
  void aReferenceFieldRejectsAnotherTypeId() {
    assertRejected(CUSTOMER_REFERENCE, Map.of("typeId", "product", "id", "p1"));
  }

  @Test
  void aReferenceFieldRejectsAMissingTypeId() {
    assertRejected(CUSTOMER_REFERENCE, Map.of("id", "c1"));
  }

  @Test
  void aReferenceFieldRejectsAReferenceWithoutIdOrKey() {
    assertRejected(CUSTOMER_REFERENCE, Map.of("typeId", "customer"));
  }

  @Test
  void aReferenceFieldRejectsANonStringId() {
    assertRejected(CUSTOMER_REFERENCE, Map.of("typeId", "customer", "id", 1));
  }

  @Test
  void aReferenceFieldRejectsABareId() {
    assertRejected(CUSTOMER_REFERENCE, "c1");
  }

  // --- Set

  @Test
  void aSetFieldAcceptsAListOfMatchingElements() {
    assertAccepted(setOf(STRING), List.of("a", "b"));
  }

  @Test
  void aSetFieldAcceptsAnEmptyList() {
    assertAccepted(setOf(NUMBER), List.of());
  }

  @Test
  void aSetFieldRejectsAnElementOfAnotherKind() {
    InvalidFieldError error = assertRejected(setOf(STRING), List.of("a", 1));

    assertThat(error.invalidValue()).isEqualTo(List.of("a", 1));
  }

  @Test
  void aSetFieldRejectsANullElement() {
    assertRejected(setOf(STRING), Arrays.asList("a", null));
  }

  @Test
  void aSetFieldRejectsASingleValue() {
    assertRejected(setOf(STRING), "a");
  }

  @Test
  void aSetOfEnumAcceptsKnownKeys() {
    assertAccepted(setOf(ENUM), List.of("red", "blue"));
  }

  @Test
  void aSetOfEnumRejectsAnUnknownKeyListingTheKeys() {
    InvalidFieldError error = assertRejected(setOf(ENUM), List.of("red", "green"));

    assertThat(error.allowedValues()).containsExactly("red", "blue");
  }

  @Test
  void aSetOfSetsAcceptsNestedLists() {
    assertAccepted(setOf(setOf(NUMBER)), List.of(List.of(1, 2), List.of()));
  }

  @Test
  void aSetOfSetsRejectsAFlatList() {
    assertRejected(setOf(setOf(NUMBER)), List.of(1, 2));
  }

  @Test
  void aSetOfSetsRejectsAWrongInnerElement() {
    assertRejected(setOf(setOf(NUMBER)), List.of(List.of(1), List.of("2")));
  }

  @Test
  void aSetOfMoneyAcceptsMoneyValues() {
    assertAccepted(setOf(MONEY), List.of(Map.of("currencyCode", "EUR", "centAmount", 1)));
  }

  // --- helpers

  private static void assertAccepted(FieldType kind, Object value) {
    Type type = type(List.of("customer"), field("value", kind));

    assertThat(CustomFieldsValidator.validate(type, Map.of("value", value), ResourceKind.CUSTOMER))
        .isEqualTo(Map.of("value", value));
  }

  private static InvalidFieldError assertRejected(FieldType kind, Object value) {
    Type type = type(List.of("customer"), field("value", kind));

    InvalidFieldError error =
        expectError(
            400,
            InvalidFieldError.class,
            () ->
                CustomFieldsValidator.validate(
                    type, Map.of("value", value), ResourceKind.CUSTOMER));
    assertThat(error.field()).isEqualTo("value");
    assertThat(error.invalidValue()).isEqualTo(value);
    return error;
  }

  private static FieldType kind(String name) {
    return new FieldType(name, null, null, null);
  }

  private static FieldType setOf(FieldType elementType) {
    return new FieldType("Set", null, elementType, null);
  }

  private static FieldDefinition field(String name, FieldType kind) {
    return new FieldDefinition(kind, name, Map.of("en", name), false, null);
  }

  private static FieldDefinition required(String name, FieldType kind) {
    return new FieldDefinition(kind, name, Map.of("en", name), true, null);
  }

  private static Type type(List<String> resourceTypeIds, FieldDefinition... definitions) {
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    return new Type(
        "t1",
        1,
        now,
        now,
        null,
        now,
        null,
        "my-type",
        Map.of("en", "My type"),
        null,
        resourceTypeIds,
        List.of(definitions));
  }

  /** An ordered map that, unlike Map.of, may hold null values. */
  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
