package ctc.domain.type;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidFieldError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.type.FieldType.EnumValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldTypeTest {

  private static final FieldType STRING = new FieldType("String", null, null, null);
  private static final List<EnumValue> COLOURS = List.of(new EnumValue("red", "Red"));

  @Test
  void anUnknownNameIsAnInvalidFieldListingTheKnownNames() {
    InvalidFieldError error =
        expectError(400, InvalidFieldError.class, () -> new FieldType("Integer", null, null, null));

    assertThat(error.field()).isEqualTo("type -> name");
    assertThat(error.invalidValue()).isEqualTo("Integer");
    assertThat(error.allowedValues()).containsExactlyInAnyOrderElementsOf(FieldType.NAMES);
  }

  @Test
  void aNameDiffersFromAnotherByCase() {
    expectError(400, InvalidFieldError.class, () -> new FieldType("string", null, null, null));
  }

  @Test
  void aMissingNameIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> new FieldType(null, null, null, null));

    assertThat(error.detailedErrorMessage()).contains("type -> name");
  }

  @Test
  void anEnumWithoutValuesIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400, InvalidJsonInputError.class, () -> new FieldType("Enum", null, null, null));

    assertThat(error.detailedErrorMessage()).contains("type -> values");
  }

  @Test
  void aLocalizedEnumWithoutValuesIsInvalidJsonInput() {
    expectError(
        400, InvalidJsonInputError.class, () -> new FieldType("LocalizedEnum", null, null, null));
  }

  @Test
  void anEnumMayHaveNoValuesYet() {
    assertThat(new FieldType("Enum", List.of(), null, null).values()).isEmpty();
  }

  @Test
  void theValuesOfAnEnumAreCopied() {
    List<EnumValue> values = new ArrayList<>(COLOURS);
    FieldType type = new FieldType("Enum", values, null, null);

    values.add(new EnumValue("blue", "Blue"));

    assertThat(type.values()).isEqualTo(COLOURS);
  }

  @Test
  void aLocalizedEnumKeepsLocalizedLabels() {
    FieldType type =
        new FieldType(
            "LocalizedEnum", List.of(new EnumValue("small", Map.of("en", "Small"))), null, null);

    assertThat(type.values().get(0).label()).isEqualTo(Map.of("en", "Small"));
  }

  @Test
  void anEnumValueWithoutKeyIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new EnumValue(null, "Red"));
  }

  @Test
  void aSetWithoutElementTypeIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> new FieldType("Set", null, null, null));

    assertThat(error.detailedErrorMessage()).contains("type -> elementType");
  }

  @Test
  void aSetMayHoldSets() {
    FieldType setOfSets =
        new FieldType("Set", null, new FieldType("Set", null, STRING, null), null);

    assertThat(setOfSets.elementType().elementType()).isEqualTo(STRING);
  }

  @Test
  void aReferenceWithoutReferenceTypeIdIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400, InvalidJsonInputError.class, () -> new FieldType("Reference", null, null, null));

    assertThat(error.detailedErrorMessage()).contains("type -> referenceTypeId");
  }

  @Test
  void aReferenceKeepsItsReferenceTypeId() {
    assertThat(new FieldType("Reference", null, null, "customer").referenceTypeId())
        .isEqualTo("customer");
  }

  @Test
  void valuesAreDroppedForKindsOtherThanEnums() {
    assertThat(new FieldType("String", COLOURS, null, null).values()).isNull();
  }

  @Test
  void anElementTypeIsDroppedForKindsOtherThanSet() {
    assertThat(new FieldType("String", null, STRING, null).elementType()).isNull();
  }

  @Test
  void aReferenceTypeIdIsDroppedForKindsOtherThanReference() {
    assertThat(new FieldType("String", null, null, "customer").referenceTypeId()).isNull();
  }

  @Test
  void everyKindWithoutExtraPartsCanBeBuiltFromItsNameAlone() {
    List<String> plain =
        List.of(
            "Boolean", "String", "LocalizedString", "Number", "Date", "DateTime", "Time", "Money");

    assertThat(plain)
        .allSatisfy(
            name -> assertThat(new FieldType(name, null, null, null).name()).isEqualTo(name));
  }
}
