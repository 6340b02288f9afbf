package ctc.domain.query;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidInputError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicPredicateParserTest {

  private static final String SYNTAX_ERROR = "Malformed parameter: where: Syntax error while parsing 'where'.";

  private final BasicPredicateParser parser = new BasicPredicateParser();

  private Predicate parse(String where) {
    return parser.parse(where, Map.of());
  }

  private Predicate parse(String where, Map<String, List<String>> variables) {
    return parser.parse(where, variables);
  }

  private static Predicate.Equals eq(QueryField field, Object value) {
    return new Predicate.Equals(field, value);
  }

  // ---------------------------------------------------------------- what parses

  @Test
  void aStringEqualityParsesToEquals() {
    assertThat(parse("email = \"jane@example.com\"")).isEqualTo(eq(QueryField.EMAIL, "jane@example.com"));
  }

  @Test
  void spacesAroundTheOperatorAreOptional() {
    assertThat(parse("  firstName=\"Jane\"  ")).isEqualTo(eq(QueryField.FIRST_NAME, "Jane"));
  }

  @Test
  void termsJoinedByAndParseToAnd() {
    assertThat(parse("firstName = \"Jane\" and lastName = \"Doe\" and isEmailVerified = true"))
        .isEqualTo(new Predicate.And(List.of(
            eq(QueryField.FIRST_NAME, "Jane"), eq(QueryField.LAST_NAME, "Doe"), eq(QueryField.IS_EMAIL_VERIFIED, true))));
  }

  @Test
  void theAndKeywordIsCaseInsensitive() {
    assertThat(parse("firstName = \"Jane\" AND lastName = \"Doe\" And key = \"k1\""))
        .isEqualTo(new Predicate.And(List.of(
            eq(QueryField.FIRST_NAME, "Jane"), eq(QueryField.LAST_NAME, "Doe"), eq(QueryField.KEY, "k1"))));
  }

  @Test
  void escapedQuotesAndBackslashesInStringsAreUnescaped() {
    assertThat(parse("lastName = \"O\\\"Brien \\\\ Co\"")).isEqualTo(eq(QueryField.LAST_NAME, "O\"Brien \\ Co"));
  }

  @Test
  void theWordAndInsideAStringIsJustText() {
    assertThat(parse("companyName = \"Smith and Sons\"")).isEqualTo(eq(QueryField.COMPANY_NAME, "Smith and Sons"));
  }

  @Test
  void anEmptyStringIsAValue() {
    assertThat(parse("middleName = \"\"")).isEqualTo(eq(QueryField.MIDDLE_NAME, ""));
  }

  @Test
  void booleansParseForBooleanFields() {
    assertThat(parse("isEmailVerified = true")).isEqualTo(eq(QueryField.IS_EMAIL_VERIFIED, true));
    assertThat(parse("isEmailVerified = false")).isEqualTo(eq(QueryField.IS_EMAIL_VERIFIED, false));
  }

  @Test
  void booleanKeywordsAreCaseInsensitive() {
    assertThat(parse("isEmailVerified = TRUE")).isEqualTo(eq(QueryField.IS_EMAIL_VERIFIED, true));
  }

  @Test
  void numbersParseForNumberFields() {
    assertThat(parse("version = 3")).isEqualTo(eq(QueryField.VERSION, new BigDecimal("3")));
  }

  @Test
  void datesAreWrittenAsQuotedStrings() {
    assertThat(parse("dateOfBirth = \"1980-02-29\"")).isEqualTo(eq(QueryField.DATE_OF_BIRTH, LocalDate.of(1980, 2, 29)));
  }

  @Test
  void dateTimesAreWrittenAsQuotedStrings() {
    assertThat(parse("createdAt = \"2024-01-02T03:04:05.678Z\""))
        .isEqualTo(eq(QueryField.CREATED_AT, Instant.parse("2024-01-02T03:04:05.678Z")));
  }

  @Test
  void lowercaseEmailIsAQueryableField() {
    assertThat(parse("lowercaseEmail = \"jane@example.com\""))
        .isEqualTo(eq(QueryField.LOWERCASE_EMAIL, "jane@example.com"));
  }

  @Test
  void aVariableIsReplacedByItsValue() {
    assertThat(parse("email = :e", Map.of("e", List.of("jane@example.com"))))
        .isEqualTo(eq(QueryField.EMAIL, "jane@example.com"));
  }

  @Test
  void aVariableIsTypedByItsField() {
    Map<String, List<String>> variables = Map.of("v", List.of("true"), "n", List.of("2"));

    assertThat(parse("isEmailVerified = :v and version = :n", variables)).isEqualTo(new Predicate.And(List.of(
        eq(QueryField.IS_EMAIL_VERIFIED, true), eq(QueryField.VERSION, new BigDecimal("2")))));
  }

  @Test
  void aVariableValueIsNotParsedAsPredicateText() {
    assertThat(parse("email = :e", Map.of("e", List.of("\" and key = \"x"))))
        .isEqualTo(eq(QueryField.EMAIL, "\" and key = \"x"));
  }

  // ---------------------------------------------------------------- what is rejected

  @Test
  void anUnknownFieldIsReportedByName() {
    InvalidInputError error = expectError(400, InvalidInputError.class, () -> parse("x = \"1\""));

    assertThat(error.message()).isEqualTo("Malformed parameter: where: The field 'x' does not exist.");
  }

  @Test
  void thePasswordIsNotQueryable() {
    InvalidInputError error = expectError(400, InvalidInputError.class, () -> parse("password = \"secret\""));

    assertThat(error.message()).isEqualTo("Malformed parameter: where: The field 'password' does not exist.");
  }

  @Test
  void fieldNamesAreCaseSensitive() {
    expectError(400, InvalidInputError.class, () -> parse("Email = \"jane@example.com\""));
  }

  @ParameterizedTest(name = "[{0}] is a syntax error")
  @ValueSource(strings = {
      "",
      "   ",
      "email",
      "email \"x\"",
      "email =",
      "email = \"unterminated",
      "email = \"a\" and",
      "email = \"a\" or key = \"b\"",
      "email = \"a\" key = \"b\"",
      "email = unquoted",
      "email != \"a\"",
      "= \"a\"",
      "isEmailVerified = yes",
      "version = -"})
  void malformedPredicatesAreSyntaxErrors(String where) {
    InvalidInputError error = expectError(400, InvalidInputError.class, () -> parse(where));

    assertThat(error.message()).startsWith(SYNTAX_ERROR);
  }

  @Test
  void aSyntaxErrorSaysWhereItHappened() {
    InvalidInputError error = expectError(400, InvalidInputError.class, () -> parse("email \"x\""));

    assertThat(error.message()).contains("'\"'").contains("expected '='").contains("column 7");
  }

  @Test
  void aNumberForABooleanFieldIsInvalidInput() {
    InvalidInputError error = expectError(400, InvalidInputError.class, () -> parse("isEmailVerified = 1"));

    assertThat(error.message()).startsWith("Malformed parameter: where: ").contains("isEmailVerified");
  }

  @Test
  void aNumberForAStringFieldIsInvalidInput() {
    InvalidInputError error = expectError(400, InvalidInputError.class, () -> parse("firstName = 42"));

    assertThat(error.message()).startsWith("Malformed parameter: where: ").doesNotStartWith(SYNTAX_ERROR);
  }

  @Test
  void aQuotedStringForABooleanOrNumberFieldIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> parse("isEmailVerified = \"true\""));
    expectError(400, InvalidInputError.class, () -> parse("version = \"3\""));
  }

  @Test
  void aBooleanForAStringFieldIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> parse("firstName = true"));
  }

  @Test
  void aBooleanForANumberFieldIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> parse("version = true"));
  }

  @Test
  void aMalformedDateIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> parse("dateOfBirth = \"29.02.1980\""));
  }

  @Test
  void aMalformedDateTimeIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> parse("createdAt = \"yesterday\""));
  }

  @Test
  void aVariableWithANonBooleanValueForABooleanFieldIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> parse("isEmailVerified = :v", Map.of("v", List.of("yes"))));
  }

  @Test
  void anUndefinedVariableIsInvalidInput() {
    InvalidInputError error = expectError(400, InvalidInputError.class, () -> parse("email = :e"));

    assertThat(error.message()).isEqualTo("Malformed parameter: where: The input variable 'e' is not defined.");
  }

  @Test
  void aVariableWithSeveralValuesIsInvalidInputForEquality() {
    expectError(400, InvalidInputError.class, () -> parse("email = :e", Map.of("e", List.of("a", "b"))));
  }
}
