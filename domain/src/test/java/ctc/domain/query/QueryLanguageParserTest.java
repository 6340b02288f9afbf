package ctc.domain.query;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.query.QuerySchema.Node;
import ctc.domain.query.QuerySchema.Scalar;
import ctc.domain.query.QuerySchema.ValueType;
import ctc.domain.query.Where.Operator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryLanguageParserTest {

  private static final String MALFORMED = "Malformed parameter: where: ";
  private static final String SYNTAX_ERROR = MALFORMED + "Syntax error while parsing 'where'.";

  private final QueryLanguageParser parser = new QueryLanguageParser();

  private Where parse(String where) {
    return parser.parse(where, Map.of());
  }

  private Where parse(String where, Map<String, List<String>> variables) {
    return parser.parse(where, variables);
  }

  private String errorOf(String where) {
    return errorOf(where, Map.of());
  }

  private String errorOf(String where, Map<String, List<String>> variables) {
    return expectError(400, InvalidInputError.class, () -> parser.parse(where, variables))
        .message();
  }

  private static Node customer(String field) {
    return QuerySchema.CUSTOMER.child(field).orElseThrow();
  }

  private static Node address(String field) {
    return QuerySchema.ADDRESS.child(field).orElseThrow();
  }

  private static Where.Compare eq(Node field, Object value) {
    return new Where.Compare(field, Operator.EQUAL, value);
  }

  private static Where.Compare eq(String field, Object value) {
    return eq(customer(field), value);
  }

  private static Scalar customField(String name) {
    return new Scalar(name, ValueType.ANY);
  }

  private static Where customFields(Where inner) {
    return new Where.Within(
        customer("custom"),
        new Where.Within(QuerySchema.CUSTOM.child("fields").orElseThrow(), inner));
  }

  // ---------------------------------------------------------------- comparisons

  @Test
  void aStringEqualityParsesToCompare() {
    assertThat(parse("email = \"jane@example.com\"")).isEqualTo(eq("email", "jane@example.com"));
  }

  @ParameterizedTest(name = "version {0} 3 is {1}")
  @CsvSource({
    "=, EQUAL",
    "!=, NOT_EQUAL",
    "<>, NOT_EQUAL",
    "<, LESS",
    "<=, LESS_OR_EQUAL",
    ">, GREATER",
    ">=, GREATER_OR_EQUAL"
  })
  void everyComparisonOperatorParses(String symbol, Operator operator) {
    assertThat(parse("version " + symbol + " 3"))
        .isEqualTo(new Where.Compare(customer("version"), operator, new BigDecimal("3")));
  }

  @Test
  void operatorsNeedNoSpacesAroundThem() {
    assertThat(parse("version>=3"))
        .isEqualTo(
            new Where.Compare(customer("version"), Operator.GREATER_OR_EQUAL, new BigDecimal("3")));
  }

  @Test
  void stringFieldsCanBeOrdered() {
    assertThat(parse("lastName < \"M\""))
        .isEqualTo(new Where.Compare(customer("lastName"), Operator.LESS, "M"));
  }

  @ParameterizedTest(name = "{0} is the number {0}")
  @ValueSource(strings = {"0", "42", "-7", "3.25", "-0.5", "1e3", "1E+3", "2.5e-2", "007"})
  void numbersParseToBigDecimals(String number) {
    assertThat(parse("version = " + number)).isEqualTo(eq("version", new BigDecimal(number)));
  }

  @Test
  void booleansParseForBooleanFields() {
    assertThat(parse("isEmailVerified = true")).isEqualTo(eq("isEmailVerified", true));
    assertThat(parse("isEmailVerified != false"))
        .isEqualTo(new Where.Compare(customer("isEmailVerified"), Operator.NOT_EQUAL, false));
  }

  @Test
  void booleanLiteralsAreCaseInsensitive() {
    assertThat(parse("isEmailVerified = TRUE")).isEqualTo(eq("isEmailVerified", true));
    assertThat(parse("isEmailVerified = False")).isEqualTo(eq("isEmailVerified", false));
  }

  @Test
  void datesAreQuotedAndParsedToLocalDates() {
    assertThat(parse("dateOfBirth = \"1980-02-29\""))
        .isEqualTo(eq("dateOfBirth", LocalDate.of(1980, 2, 29)));
  }

  @Test
  void dateTimesAreQuotedAndParsedToInstants() {
    assertThat(parse("createdAt > \"2024-01-02T03:04:05.000Z\""))
        .isEqualTo(
            new Where.Compare(
                customer("createdAt"), Operator.GREATER, Instant.parse("2024-01-02T03:04:05Z")));
  }

  @Test
  void dateTimesWithAnOffsetAreConvertedToInstants() {
    assertThat(parse("lastModifiedAt = \"2024-01-02T05:04:05+02:00\""))
        .isEqualTo(eq("lastModifiedAt", Instant.parse("2024-01-02T03:04:05Z")));
  }

  @Test
  void lowercaseEmailIsAnOrdinaryStringField() {
    assertThat(parse("lowercaseEmail = \"jane@example.com\""))
        .isEqualTo(eq("lowercaseEmail", "jane@example.com"));
  }

  // ---------------------------------------------------------------- strings

  @Test
  void escapedQuotesAndBackslashesAreUnescaped() {
    assertThat(parse("lastName = \"O\\\"Brien \\\\ Co\""))
        .isEqualTo(eq("lastName", "O\"Brien \\ Co"));
  }

  @Test
  void jsonStyleEscapesAreUnescaped() {
    assertThat(parse("companyName = \"a\\/b\\nc\\td\\u00e9\\u20AC\\r\\b\\f\""))
        .isEqualTo(eq("companyName", "a/b\nc\td\u00e9\u20ac\r\b\f"));
  }

  @Test
  void keywordsAndParenthesesInsideAStringAreJustText() {
    assertThat(parse("companyName = \"Smith and (Sons) or not\""))
        .isEqualTo(eq("companyName", "Smith and (Sons) or not"));
  }

  @Test
  void anEmptyStringIsAValue() {
    assertThat(parse("middleName = \"\"")).isEqualTo(eq("middleName", ""));
  }

  @Test
  void unicodeTextInStringsIsKept() {
    assertThat(parse("lastName = \"M\u00fcller \ud83d\ude00\""))
        .isEqualTo(eq("lastName", "M\u00fcller \ud83d\ude00"));
  }

  // ---------------------------------------------------------------- sets, arrays, existence

  @Test
  void inParsesToAListOfTypedValues() {
    assertThat(parse("key in (\"a\", \"b\")"))
        .isEqualTo(new Where.In(customer("key"), List.of("a", "b"), false));
  }

  @Test
  void notInParsesToANegatedIn() {
    assertThat(parse("version not in (1, 2)"))
        .isEqualTo(
            new Where.In(
                customer("version"), List.of(new BigDecimal("1"), new BigDecimal("2")), true));
  }

  @Test
  void inAcceptsASingleValue() {
    assertThat(parse("key in (\"a\")"))
        .isEqualTo(new Where.In(customer("key"), List.of("a"), false));
  }

  @Test
  void containsAnyParsesOnAnArrayOfValues() {
    assertThat(parse("shippingAddressIds contains any (\"a1\", \"a2\")"))
        .isEqualTo(new Where.Contains(customer("shippingAddressIds"), List.of("a1", "a2"), false));
  }

  @Test
  void containsAllParsesOnAnArrayOfValues() {
    assertThat(parse("billingAddressIds contains all (\"a1\")"))
        .isEqualTo(new Where.Contains(customer("billingAddressIds"), List.of("a1"), true));
  }

  @Test
  void isEmptyAndIsNotEmptyParseOnArrays() {
    assertThat(parse("billingAddressIds is empty"))
        .isEqualTo(new Where.IsEmpty(customer("billingAddressIds"), false));
    assertThat(parse("shippingAddressIds is not empty"))
        .isEqualTo(new Where.IsEmpty(customer("shippingAddressIds"), true));
  }

  @Test
  void isEmptyParsesOnArraysOfObjects() {
    assertThat(parse("addresses is empty"))
        .isEqualTo(new Where.IsEmpty(customer("addresses"), false));
    assertThat(parse("stores is not empty")).isEqualTo(new Where.IsEmpty(customer("stores"), true));
  }

  @Test
  void isDefinedParsesOnScalarsArraysAndObjects() {
    assertThat(parse("middleName is defined"))
        .isEqualTo(new Where.IsDefined(customer("middleName"), false));
    assertThat(parse("shippingAddressIds is not defined"))
        .isEqualTo(new Where.IsDefined(customer("shippingAddressIds"), true));
    assertThat(parse("customerGroup is defined"))
        .isEqualTo(new Where.IsDefined(customer("customerGroup"), false));
    assertThat(parse("custom is not defined"))
        .isEqualTo(new Where.IsDefined(customer("custom"), true));
  }

  // ---------------------------------------------------------------- logic

  @Test
  void termsJoinedByAndParseToOneAnd() {
    assertThat(parse("firstName = \"Jane\" and lastName = \"Doe\" and isEmailVerified = true"))
        .isEqualTo(
            new Where.And(
                List.of(
                    eq("firstName", "Jane"), eq("lastName", "Doe"), eq("isEmailVerified", true))));
  }

  @Test
  void termsJoinedByOrParseToOneOr() {
    assertThat(parse("key = \"a\" or key = \"b\" or key = \"c\""))
        .isEqualTo(new Where.Or(List.of(eq("key", "a"), eq("key", "b"), eq("key", "c"))));
  }

  @Test
  void andBindsTighterThanOr() {
    assertThat(parse("key = \"a\" or key = \"b\" and email = \"e\" or key = \"c\""))
        .isEqualTo(
            new Where.Or(
                List.of(
                    eq("key", "a"),
                    new Where.And(List.of(eq("key", "b"), eq("email", "e"))),
                    eq("key", "c"))));
  }

  @Test
  void parenthesesOverridePrecedence() {
    assertThat(parse("(key = \"a\" or key = \"b\") and email = \"e\""))
        .isEqualTo(
            new Where.And(
                List.of(new Where.Or(List.of(eq("key", "a"), eq("key", "b"))), eq("email", "e"))));
  }

  @Test
  void redundantParenthesesLeaveNoTrace() {
    assertThat(parse("((email = \"e\"))")).isEqualTo(eq("email", "e"));
  }

  @Test
  void notNegatesAParenthesisedExpression() {
    assertThat(parse("not (key = \"a\" or key = \"b\")"))
        .isEqualTo(new Where.Not(new Where.Or(List.of(eq("key", "a"), eq("key", "b")))));
  }

  @Test
  void notNeedsNoSpaceBeforeItsParenthesis() {
    assertThat(parse("not(key = \"a\") and email = \"e\""))
        .isEqualTo(new Where.And(List.of(new Where.Not(eq("key", "a")), eq("email", "e"))));
  }

  @Test
  void keywordsAreCaseInsensitive() {
    assertThat(
            parse(
                "key IN (\"a\") AND NOT (email = \"e\") Or middleName Is Not Defined oR version NOT in (1)"
                    + " and shippingAddressIds CONTAINS ANY (\"x\") and billingAddressIds is EMPTY"))
        .isEqualTo(
            new Where.Or(
                List.of(
                    new Where.And(
                        List.of(
                            new Where.In(customer("key"), List.of("a"), false),
                            new Where.Not(eq("email", "e")))),
                    new Where.IsDefined(customer("middleName"), true),
                    new Where.And(
                        List.of(
                            new Where.In(customer("version"), List.of(new BigDecimal("1")), true),
                            new Where.Contains(customer("shippingAddressIds"), List.of("x"), false),
                            new Where.IsEmpty(customer("billingAddressIds"), false))))));
  }

  @Test
  void whitespaceOfAnyKindMaySeparateTokens() {
    assertThat(parse("\t key\n=\r\n\"a\"  and(email=\"e\")  "))
        .isEqualTo(new Where.And(List.of(eq("key", "a"), eq("email", "e"))));
  }

  // ---------------------------------------------------------------- nested predicates

  @Test
  void aNestedPredicateOnAddressesKeepsItsTermsTogether() {
    assertThat(parse("addresses(city = \"Berlin\" and country = \"DE\")"))
        .isEqualTo(
            new Where.Within(
                customer("addresses"),
                new Where.And(
                    List.of(eq(address("city"), "Berlin"), eq(address("country"), "DE")))));
  }

  @Test
  void storesAreQueriedByKey() {
    assertThat(parse("stores(key = \"b2c\")"))
        .isEqualTo(
            new Where.Within(
                customer("stores"),
                eq(QuerySchema.KEY_REFERENCE.child("key").orElseThrow(), "b2c")));
  }

  @Test
  void theCustomerGroupIsQueriedById() {
    assertThat(parse("customerGroup(id = \"g1\")"))
        .isEqualTo(
            new Where.Within(
                customer("customerGroup"),
                eq(QuerySchema.REFERENCE.child("id").orElseThrow(), "g1")));
  }

  @Test
  void groupAssignmentsNestTwoLevels() {
    assertThat(parse("customerGroupAssignments(customerGroup(id = \"g1\"))"))
        .isEqualTo(
            new Where.Within(
                customer("customerGroupAssignments"),
                new Where.Within(
                    QuerySchema.GROUP_ASSIGNMENT.child("customerGroup").orElseThrow(),
                    eq(QuerySchema.REFERENCE.child("id").orElseThrow(), "g1"))));
  }

  @Test
  void customFieldsAreNamedFreelyWithinFields() {
    assertThat(parse("custom(fields(myField = \"x\"))"))
        .isEqualTo(customFields(eq(customField("myField"), "x")));
  }

  @Test
  void customFieldValuesKeepTheTypeOfTheirLiteral() {
    assertThat(parse("custom(fields(a = \"1\" and b = 1 and c = true and d >= 2.5))"))
        .isEqualTo(
            customFields(
                new Where.And(
                    List.of(
                        eq(customField("a"), "1"),
                        eq(customField("b"), new BigDecimal("1")),
                        eq(customField("c"), true),
                        new Where.Compare(
                            customField("d"), Operator.GREATER_OR_EQUAL, new BigDecimal("2.5"))))));
  }

  @Test
  void customFieldsMayBeSetsListsOrAbsent() {
    assertThat(
            parse(
                "custom(fields(tags contains all (\"a\", \"b\") or tags is empty or size in (1, \"L\")"
                    + " or note is not defined))"))
        .isEqualTo(
            customFields(
                new Where.Or(
                    List.of(
                        new Where.Contains(customField("tags"), List.of("a", "b"), true),
                        new Where.IsEmpty(customField("tags"), false),
                        new Where.In(customField("size"), List.of(new BigDecimal("1"), "L"), false),
                        new Where.IsDefined(customField("note"), true)))));
  }

  @Test
  void theCustomTypeIsQueriedById() {
    assertThat(parse("custom(type(id = \"t1\"))"))
        .isEqualTo(
            new Where.Within(
                customer("custom"),
                new Where.Within(
                    QuerySchema.CUSTOM.child("type").orElseThrow(),
                    eq(QuerySchema.REFERENCE.child("id").orElseThrow(), "t1"))));
  }

  @Test
  void addressesHaveCustomFieldsToo() {
    assertThat(parse("addresses(custom(fields(x = 1)))"))
        .isEqualTo(
            new Where.Within(
                customer("addresses"),
                new Where.Within(
                    address("custom"),
                    new Where.Within(
                        QuerySchema.CUSTOM.child("fields").orElseThrow(),
                        eq(customField("x"), new BigDecimal("1"))))));
  }

  @Test
  void logicWorksInsideNestedPredicates() {
    assertThat(
            parse("addresses(not(city = \"Berlin\") and (country = \"DE\" or country = \"AT\"))"))
        .isEqualTo(
            new Where.Within(
                customer("addresses"),
                new Where.And(
                    List.of(
                        new Where.Not(eq(address("city"), "Berlin")),
                        new Where.Or(
                            List.of(
                                eq(address("country"), "DE"), eq(address("country"), "AT")))))));
  }

  @Test
  void aNestedFieldNameMayRepeatATopLevelOneWithItsOwnMeaning() {
    assertThat(parse("addresses(email = \"a@b.c\") and email = \"x\""))
        .isEqualTo(
            new Where.And(
                List.of(
                    new Where.Within(customer("addresses"), eq(address("email"), "a@b.c")),
                    eq("email", "x"))));
  }

  // ---------------------------------------------------------------- input variables

  @Test
  void aVariableIsReplacedByItsValue() {
    assertThat(parse("email = :e", Map.of("e", List.of("jane@example.com"))))
        .isEqualTo(eq("email", "jane@example.com"));
  }

  @Test
  void aVariableTakesTheTypeOfItsField() {
    Map<String, List<String>> variables =
        Map.of(
            "n",
            List.of("2"),
            "b",
            List.of("TRUE"),
            "d",
            List.of("1980-02-29"),
            "t",
            List.of("2024-01-02T03:04:05Z"));

    assertThat(
            parse(
                "version = :n and isEmailVerified = :b and dateOfBirth = :d and createdAt < :t",
                variables))
        .isEqualTo(
            new Where.And(
                List.of(
                    eq("version", new BigDecimal("2")),
                    eq("isEmailVerified", true),
                    eq("dateOfBirth", LocalDate.of(1980, 2, 29)),
                    new Where.Compare(
                        customer("createdAt"),
                        Operator.LESS,
                        Instant.parse("2024-01-02T03:04:05Z")))));
  }

  @Test
  void aVariableWithSeveralValuesIsAListForIn() {
    assertThat(parse("key in :keys", Map.of("keys", List.of("a", "b"))))
        .isEqualTo(new Where.In(customer("key"), List.of("a", "b"), false));
  }

  @Test
  void aSingleValuedVariableIsAListOfOneForIn() {
    assertThat(parse("version not in :v", Map.of("v", List.of("3"))))
        .isEqualTo(new Where.In(customer("version"), List.of(new BigDecimal("3")), true));
  }

  @Test
  void aVariableIsAListForContains() {
    assertThat(parse("shippingAddressIds contains all :ids", Map.of("ids", List.of("a1", "a2"))))
        .isEqualTo(new Where.Contains(customer("shippingAddressIds"), List.of("a1", "a2"), true));
  }

  @Test
  void variablesInsideAParenthesisedListContributeAllTheirValues() {
    assertThat(parse("key in (:keys, \"c\")", Map.of("keys", List.of("a", "b"))))
        .isEqualTo(new Where.In(customer("key"), List.of("a", "b", "c"), false));
  }

  @Test
  void aVariableForACustomFieldStaysText() {
    assertThat(parse("custom(fields(size = :s))", Map.of("s", List.of("42"))))
        .isEqualTo(customFields(eq(customField("size"), "42")));
  }

  @Test
  void aVariableValueIsNotParsedAsPredicateText() {
    assertThat(parse("email = :e", Map.of("e", List.of("\" or key = \"x"))))
        .isEqualTo(eq("email", "\" or key = \"x"));
  }

  @Test
  void noVariablesMapMeansNoVariables() {
    assertThat(parser.parse("email = \"a\"", null)).isEqualTo(eq("email", "a"));
  }

  @Test
  void anUndefinedVariableIsInvalidInputNamingIt() {
    assertThat(errorOf("email = :e"))
        .isEqualTo(MALFORMED + "The input variable 'e' is not defined.");
  }

  @Test
  void aVariableWithoutValuesIsUndefined() {
    assertThat(errorOf("key in :k", Map.of("k", List.of())))
        .isEqualTo(MALFORMED + "The input variable 'k' is not defined.");
  }

  @Test
  void aVariableWithSeveralValuesCannotBeCompared() {
    assertThat(errorOf("email = :e", Map.of("e", List.of("a", "b"))))
        .startsWith(MALFORMED + "The input variable 'e' has several values");
  }

  @Test
  void aVariableWhoseTextDoesNotFitTheFieldIsInvalidInput() {
    assertThat(errorOf("version = :n", Map.of("n", List.of("two"))))
        .isEqualTo(
            MALFORMED
                + "The value \"two\" of the input variable 'n' cannot be compared with the field 'version'"
                + " of type number; expected a number.");
    assertThat(errorOf("isEmailVerified = :b", Map.of("b", List.of("yes"))))
        .contains("input variable 'b'");
    assertThat(errorOf("dateOfBirth in :d", Map.of("d", List.of("1980-01-01", "x"))))
        .contains("input variable 'd'");
  }

  // ---------------------------------------------------------------- unknown fields

  @Test
  void anUnknownFieldIsReportedByName() {
    assertThat(errorOf("x = \"1\"")).isEqualTo(MALFORMED + "The field 'x' does not exist.");
  }

  @Test
  void thePasswordIsNotQueryable() {
    assertThat(errorOf("password = \"secret\""))
        .isEqualTo(MALFORMED + "The field 'password' does not exist.");
  }

  @Test
  void anUnknownFieldInsideANestedPredicateIsReportedByName() {
    assertThat(errorOf("addresses(password = \"x\")"))
        .isEqualTo(MALFORMED + "The field 'password' does not exist.");
    assertThat(errorOf("stores(id = \"x\")"))
        .isEqualTo(MALFORMED + "The field 'id' does not exist.");
  }

  @Test
  void fieldNamesAreCaseSensitive() {
    assertThat(errorOf("Email = \"jane@example.com\""))
        .isEqualTo(MALFORMED + "The field 'Email' does not exist.");
  }

  // ---------------------------------------------------------------- syntax errors

  @ParameterizedTest(name = "[{0}] is a syntax error")
  @ValueSource(
      strings = {
        "",
        "   ",
        "email",
        "email \"x\"",
        "email =",
        "email = \"unterminated",
        "email = \"ends in a backslash\\",
        "email = \"a\" and",
        "email = \"a\" or",
        "email = \"a\" and and key = \"b\"",
        "email = \"a\" key = \"b\"",
        "email = unquoted",
        "email = null",
        "email = 'single'",
        "email == \"a\"",
        "email ! \"a\"",
        "email = \"a\" && key = \"b\"",
        "= \"a\"",
        "email in ()",
        "email in (\"a\",)",
        "email in \"a\"",
        "email in (\"a\" \"b\")",
        "email not = \"a\"",
        "not email = \"a\"",
        "not not (email = \"a\")",
        "(email = \"a\"",
        "email = \"a\")",
        "()",
        "shippingAddressIds contains \"a\"",
        "shippingAddressIds contains some (\"a\")",
        "email is",
        "email is not",
        "email is null",
        "customerGroup",
        "addresses(city = \"B\"",
        "addresses()",
        "stores(key)",
        "version = 1.",
        "version = .5",
        "version = 1e",
        "version = -",
        "version = +1",
        "email = \"\\x\"",
        "email = \"\\u12\"",
        "email = :",
        "key = \"a\" \u00a7",
        "1 = 1",
        "email = \"a\"; drop table customer"
      })
  void malformedPredicatesAreSyntaxErrors(String where) {
    assertThat(errorOf(where)).startsWith(SYNTAX_ERROR);
  }

  @Test
  void aNullPredicateIsASyntaxError() {
    assertThat(errorOf(null)).startsWith(SYNTAX_ERROR);
  }

  @Test
  void aSyntaxErrorNamesWhatWasFoundWhereAndWhatWasExpected() {
    assertThat(errorOf("email \"x\""))
        .isEqualTo(
            SYNTAX_ERROR
                + " Invalid input '\"', expected a comparison operator"
                + " ('=', '!=', '<>', '<', '<=', '>', '>='), 'in', 'not in' or 'is' (line 1, column 7).");
  }

  @Test
  void aSyntaxErrorAtTheEndSaysTheInputEndedTooSoon() {
    assertThat(errorOf("email = \"a\" and"))
        .isEqualTo(
            SYNTAX_ERROR
                + " Unexpected end of input, expected a field name, 'not' or '(' (line 1, column 16).");
  }

  @Test
  void anEmptyPredicateFailsAtColumnOne() {
    assertThat(errorOf("")).contains("Unexpected end of input").contains("(line 1, column 1)");
  }

  @Test
  void trailingInputIsASyntaxErrorAtItsStart() {
    assertThat(errorOf("email = \"a\" key = \"b\""))
        .contains("Invalid input 'k', expected 'and', 'or' or end of input (line 1, column 13)");
  }

  @Test
  void anUnclosedParenthesisExpectsItsClosingOne() {
    assertThat(errorOf("(email = \"a\""))
        .contains("expected 'and', 'or' or ')'")
        .contains("column 13");
  }

  @Test
  void anEmptyListExpectsAValue() {
    assertThat(errorOf("key in ()"))
        .contains("Invalid input ')', expected a value")
        .contains("column 9");
  }

  @Test
  void aNestedFieldWithoutParenthesesExpectsThemOrIs() {
    assertThat(errorOf("customerGroup")).contains("expected '(' or 'is'");
  }

  @Test
  void anUnterminatedStringSaysWhereItStarted() {
    assertThat(errorOf("key = \"abc"))
        .contains(
            "Unexpected end of input, expected '\"' to end the string that"
                + " starts at column 7 (line 1, column 11)");
  }

  @Test
  void anUnknownEscapeIsReportedAtItsLetter() {
    assertThat(errorOf("key = \"a\\qb\""))
        .contains("Invalid input 'q', expected an escape sequence")
        .contains("column 10");
  }

  @Test
  void columnsCountCharactersNotUtf16Units() {
    assertThat(errorOf("key = \"\ud83d\ude00\" !")).contains("column 11");
  }

  @Test
  void linesAreCountedInMultiLinePredicates() {
    assertThat(errorOf("key = \"a\"\n  and !")).contains("(line 2, column 7)");
  }

  @Test
  void invisibleCharactersAreShownAsEscapes() {
    assertThat(errorOf("key = \"a\" \u0001")).contains("Invalid input '\\u0001'");
  }

  // ---------------------------------------------------------------- operators on the wrong kind of
  // field

  @Test
  void anArrayOfObjectsCannotBeCompared() {
    assertThat(errorOf("addresses = \"x\""))
        .isEqualTo(
            MALFORMED
                + "The field 'addresses' is an array of objects"
                + " and cannot be used with '='; use a nested predicate such as addresses(...), 'is (not) empty' or"
                + " 'is (not) defined'.");
  }

  @Test
  void anObjectCannotBeCompared() {
    assertThat(errorOf("customerGroup in (\"g\")"))
        .startsWith(MALFORMED + "The field 'customerGroup' is an object");
  }

  @Test
  void anObjectCannotBeEmpty() {
    assertThat(errorOf("customerGroup is empty"))
        .startsWith(MALFORMED + "The field 'customerGroup' is an object");
  }

  @Test
  void aScalarHasNoContains() {
    assertThat(errorOf("email contains any (\"a\")"))
        .isEqualTo(
            MALFORMED
                + "The field 'email' is a single value"
                + " and cannot be used with 'contains any'; use a comparison, 'in', 'not in' or 'is (not) defined'.");
  }

  @Test
  void aScalarIsNeverEmpty() {
    assertThat(errorOf("email is not empty"))
        .startsWith(MALFORMED + "The field 'email' is a single value");
  }

  @Test
  void anArrayOfValuesCannotBeCompared() {
    assertThat(errorOf("shippingAddressIds = \"a\""))
        .startsWith(
            MALFORMED
                + "The field 'shippingAddressIds' is an array of values and cannot be used with '='");
    assertThat(errorOf("shippingAddressIds in (\"a\")")).contains("cannot be used with 'in'");
  }

  @Test
  void aScalarCannotHaveANestedPredicate() {
    assertThat(errorOf("email(x = 1)"))
        .startsWith(
            MALFORMED
                + "The field 'email' is a single value and cannot be used with a nested predicate");
  }

  @Test
  void aCustomFieldCannotHaveANestedPredicate() {
    assertThat(errorOf("custom(fields(name(en = \"x\")))"))
        .startsWith(
            MALFORMED
                + "The field 'name' is a custom field and cannot be used with a nested predicate");
  }

  @Test
  void theCustomFieldsAreOnlyQueriedThroughANestedPredicate() {
    assertThat(errorOf("custom(fields is defined)"))
        .startsWith(MALFORMED + "The field 'fields' is the set of custom fields");
    assertThat(errorOf("custom(fields = \"x\")"))
        .startsWith(MALFORMED + "The field 'fields' is the set of custom fields");
  }

  // ---------------------------------------------------------------- type mismatches

  @ParameterizedTest(name = "[{0}] is a type mismatch")
  @ValueSource(
      strings = {
        "firstName = 42",
        "firstName = true",
        "version = \"3\"",
        "version = true",
        "isEmailVerified = \"true\"",
        "isEmailVerified = 1",
        "dateOfBirth = \"29.02.1980\"",
        "dateOfBirth = \"2023-02-29\"",
        "dateOfBirth = 19800229",
        "createdAt = \"yesterday\"",
        "createdAt = \"2024-01-02T03:04:05\"",
        "createdAt = \"2024-01-02\"",
        "key in (\"a\", 1)",
        "shippingAddressIds contains any (1)",
        "addresses(city = 10115)",
        "stores(key in (true))"
      })
  void aValueOfTheWrongTypeIsInvalidInput(String where) {
    assertThat(errorOf(where))
        .startsWith(MALFORMED)
        .doesNotStartWith(SYNTAX_ERROR)
        .contains("cannot be compared with the field");
  }

  @Test
  void aTypeMismatchNamesTheValueTheFieldAndItsType() {
    assertThat(errorOf("version = \"3\""))
        .isEqualTo(
            MALFORMED
                + "The value \"3\" cannot be compared with the field 'version' of type number; expected a number.");
  }

  @Test
  void booleansCannotBeOrdered() {
    assertThat(errorOf("isEmailVerified < true"))
        .isEqualTo(
            MALFORMED
                + "The operator '<' cannot be used with the"
                + " field 'isEmailVerified' of type boolean; use '=', '!=' or '<>'.");
  }

  @Test
  void booleanCustomFieldsCannotBeOrderedEither() {
    assertThat(errorOf("custom(fields(flag >= false))"))
        .startsWith(
            MALFORMED + "The operator '>=' cannot be used" + " with the boolean value false");
  }

  @Test
  void anAbsurdlyLargeNumberIsInvalidInput() {
    assertThat(errorOf("version = 1e999999"))
        .isEqualTo(MALFORMED + "The number 1e999999 is out of range.");
    assertThat(errorOf("version = 1e99999999999")).startsWith(MALFORMED + "The number");
  }

  // ---------------------------------------------------------------- limits

  @Test
  void aPredicateOfTheMaximumLengthIsAccepted() {
    String prefix = "email = \"";
    String value = "a".repeat(QueryLanguageParser.MAX_LENGTH - prefix.length() - 1);

    assertThat(parse(prefix + value + "\"")).isEqualTo(eq("email", value));
  }

  @Test
  void aLongerPredicateIsInvalidInput() {
    String where = "email = \"" + "a".repeat(QueryLanguageParser.MAX_LENGTH) + "\"";

    assertThat(errorOf(where))
        .isEqualTo(MALFORMED + "The predicate is too long: at most 10000 characters are allowed.");
  }

  @Test
  void nestingUpToTheMaximumDepthIsAccepted() {
    int depth = QueryLanguageParser.MAX_DEPTH;

    assertThat(parse("(".repeat(depth) + "email = \"a\"" + ")".repeat(depth)))
        .isEqualTo(eq("email", "a"));
  }

  @Test
  void deeperNestingIsInvalidInput() {
    int depth = QueryLanguageParser.MAX_DEPTH + 1;

    assertThat(errorOf("(".repeat(depth) + "email = \"a\"" + ")".repeat(depth)))
        .startsWith(MALFORMED + "The predicate is nested too deeply: at most 32 levels");
  }

  @Test
  void hostileNestingFailsCleanlyInsteadOfOverflowingTheStack() {
    assertThat(errorOf("(".repeat(QueryLanguageParser.MAX_LENGTH))).contains("nested too deeply");
    assertThat(errorOf("not(".repeat(2_000))).contains("nested too deeply");
    assertThat(errorOf("addresses(custom(".repeat(500))).startsWith(MALFORMED);
  }

  @Test
  void nestedPredicatesCountTowardsTheDepth() {
    String where =
        "not(".repeat(QueryLanguageParser.MAX_DEPTH - 2)
            + "addresses(custom(fields(x = 1)))"
            + ")".repeat(QueryLanguageParser.MAX_DEPTH - 2);

    assertThat(errorOf(where)).contains("nested too deeply");
  }

  @Test
  void aLongFlatChainOfTermsIsNotLimitedByDepth() {
    List<Where> terms = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      terms.add(eq("key", "k" + i));
      parts.add("key=\"k" + i + "\"");
    }

    assertThat(parse(String.join(" or ", parts))).isEqualTo(new Where.Or(terms));
  }
}
