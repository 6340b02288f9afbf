package ctc.domain.common;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidInputError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputLimitsTest {

  private static CustomFields custom(Map<String, Object> fields) {
    return new CustomFields(ResourceIdentifier.ofId(ResourceKind.TYPE, "t1"), fields);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1e-1000", "9.99e1000", "-1e1000", "1e-999", "0.5"})
  void numbersWithinTheBoundsAreInRange(String number) {
    assertThat(InputLimits.numberInRange(new BigDecimal(number))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-1001", "1e1001", "1e-32000000", "1e2147483647", "-1E-2147483647"})
  void numbersBeyondTheExponentBoundAreOutOfRange(String number) {
    assertThat(InputLimits.numberInRange(new BigDecimal(number))).isFalse();
  }

  @Test
  void theDigitsOfANumberAreBoundedToo() {
    assertThat(InputLimits.numberInRange(new BigDecimal("1".repeat(1000) + "e-500"))).isTrue();
    assertThat(InputLimits.numberInRange(new BigDecimal("1".repeat(1001) + "e-500"))).isFalse();
  }

  @Test
  void aCustomNumberOutOfRangeIsInvalidInputNamingTheField() {
    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () -> InputLimits.customFields("", custom(Map.of("n", new BigDecimal("1e-32000000")))));

    assertThat(error.message()).contains("custom.fields.n").contains("out of range");
  }

  @Test
  void numbersInsideSetsAndObjectsAreCheckedToo() {
    expectError(
        400,
        InvalidInputError.class,
        () ->
            InputLimits.customFields(
                "addresses[0].",
                custom(Map.of("set", List.of(BigDecimal.ONE, new BigDecimal("1e5000"))))));
    expectError(
        400,
        InvalidInputError.class,
        () ->
            InputLimits.customFields(
                "",
                custom(
                    Map.of(
                        "money",
                        Map.of("currencyCode", "EUR", "centAmount", BigInteger.TEN.pow(1001))))));
  }

  @Test
  void customTextsAtAnyDepthHaveTheCustomTextBound() {
    String longest = "x".repeat(InputLimits.MAX_CUSTOM_TEXT);
    assertThat(
            InputLimits.customFields(
                "",
                custom(
                    Map.of("s", longest, "set", List.of(longest), "label", Map.of("en", longest)))))
        .isEqualTo(3);

    expectError(
        400,
        InvalidInputError.class,
        () -> InputLimits.customFields("", custom(Map.of("s", longest + "x"))));
    expectError(
        400,
        InvalidInputError.class,
        () -> InputLimits.customFields("", custom(Map.of("set", List.of("a", longest + "x")))));
    expectError(
        400,
        InvalidInputError.class,
        () -> InputLimits.customFields("", custom(Map.of("label", Map.of("en", longest + "x")))));
  }

  @Test
  void eachElementOfASetCountsAsOneValue() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("set", Collections.nCopies(7, "a"));
    fields.put("n", 1);
    fields.put("empty", List.of());

    assertThat(InputLimits.customFields("", custom(fields))).isEqualTo(8);
    assertThat(InputLimits.customFields("", null)).isZero();
  }

  @Test
  void aTextOverItsBoundIsInvalidInputWithoutEchoingTheValue() {
    InputLimits.text("firstName", "x".repeat(10), 10);
    InputLimits.text("firstName", null, 10);

    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () -> InputLimits.text("firstName", "secret-".repeat(2), 10));

    assertThat(error.message())
        .isEqualTo("The value of 'firstName' is too long: at most 10 characters are allowed.");
  }
}
