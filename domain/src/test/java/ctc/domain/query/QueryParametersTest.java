package ctc.domain.query;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidInputError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParametersTest {

  private final QueryParameters parameters = new QueryParameters(new QueryLanguageParser());

  private static QueryParameters.Raw raw() {
    return new QueryParameters.Raw(List.of(), Map.of(), List.of(), null, null, null);
  }

  private static QueryParameters.Raw where(String... where) {
    return new QueryParameters.Raw(List.of(where), Map.of(), List.of(), null, null, null);
  }

  private static QueryParameters.Raw sort(String... sort) {
    return new QueryParameters.Raw(List.of(), Map.of(), List.of(sort), null, null, null);
  }

  private static QueryParameters.Raw page(String limit, String offset, String withTotal) {
    return new QueryParameters.Raw(List.of(), Map.of(), List.of(), limit, offset, withTotal);
  }

  @Test
  void withoutParametersTheDefaultsApply() {
    QuerySpec spec = parameters.parse(raw());

    assertThat(spec.where()).isEqualTo(new Where.All());
    assertThat(spec.sort()).isEmpty();
    assertThat(spec.limit()).isEqualTo(20);
    assertThat(spec.offset()).isZero();
    assertThat(spec.withTotal()).isTrue();
  }

  // ---------------------------------------------------------------- where

  @Test
  void oneWhereIsTheParsedPredicate() {
    assertThat(parameters.parse(where("key = \"k1\"")).where()).isEqualTo(eq(QueryField.KEY, "k1"));
  }

  @Test
  void severalWheresAreJoinedWithAnd() {
    assertThat(parameters.parse(where("key = \"k1\"", "firstName = \"Jane\"")).where())
        .isEqualTo(
            new Where.And(List.of(eq(QueryField.KEY, "k1"), eq(QueryField.FIRST_NAME, "Jane"))));
  }

  @Test
  void whereSeesTheInputVariables() {
    QueryParameters.Raw raw =
        new QueryParameters.Raw(
            List.of("email = :e"),
            Map.of("e", List.of("jane@example.com")),
            List.of(),
            null,
            null,
            null);

    assertThat(parameters.parse(raw).where()).isEqualTo(eq(QueryField.EMAIL, "jane@example.com"));
  }

  @Test
  void aBadWhereIsInvalidInput() {
    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> parameters.parse(where("x = \"1\"")));

    assertThat(error.message())
        .isEqualTo("Malformed parameter: where: The field 'x' does not exist.");
  }

  // ---------------------------------------------------------------- sort

  @Test
  void sortParsesFieldAndDirection() {
    assertThat(parameters.parse(sort("firstName desc", "createdAt asc")).sort())
        .containsExactly(
            Sort.by(QueryField.FIRST_NAME, false), Sort.by(QueryField.CREATED_AT, true));
  }

  @Test
  void sortDirectionIsCaseInsensitiveAndSpacesAreTrimmed() {
    assertThat(parameters.parse(sort("  lastName   DESC ")).sort())
        .containsExactly(Sort.by(QueryField.LAST_NAME, false));
  }

  @Test
  void sortByAnUnknownFieldIsInvalidInput() {
    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> parameters.parse(sort("password asc")));

    assertThat(error.message())
        .isEqualTo("Malformed parameter: sort: The field 'password' does not exist.");
  }

  @ParameterizedTest(name = "sort=[{0}] is malformed")
  @ValueSource(
      strings = {"firstName", "firstName up", "firstName asc desc", "asc", "", "first-name asc"})
  void aSortWithoutAValidDirectionIsInvalidInput(String value) {
    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> parameters.parse(sort(value)));

    assertThat(error.message()).startsWith("Malformed parameter: sort: ");
  }

  // ---------------------------------------------------------------- limit, offset, withTotal

  @ParameterizedTest(name = "limit={0} is accepted")
  @ValueSource(strings = {"0", "1", "500"})
  void limitsFromZeroTo500AreAccepted(String limit) {
    assertThat(parameters.parse(page(limit, null, null)).limit())
        .isEqualTo(Integer.parseInt(limit));
  }

  @ParameterizedTest(name = "limit={0} is rejected")
  @ValueSource(strings = {"-1", "501", "abc", "1.5", "", "99999999999"})
  void limitsOutsideZeroTo500OrNotNumbersAreInvalidInput(String limit) {
    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> parameters.parse(page(limit, null, null)));

    assertThat(error.message()).startsWith("Malformed parameter: limit: ");
  }

  @ParameterizedTest(name = "offset={0} is accepted")
  @ValueSource(strings = {"0", "10000"})
  void offsetsFromZeroTo10000AreAccepted(String offset) {
    assertThat(parameters.parse(page(null, offset, null)).offset())
        .isEqualTo(Integer.parseInt(offset));
  }

  @ParameterizedTest(name = "offset={0} is rejected")
  @ValueSource(strings = {"-1", "10001", "ten"})
  void offsetsOutsideZeroTo10000OrNotNumbersAreInvalidInput(String offset) {
    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> parameters.parse(page(null, offset, null)));

    assertThat(error.message()).startsWith("Malformed parameter: offset: ");
  }

  @Test
  void withTotalFalseTurnsTheTotalOff() {
    assertThat(parameters.parse(page(null, null, "false")).withTotal()).isFalse();
  }

  @Test
  void withTotalTrueKeepsTheTotal() {
    assertThat(parameters.parse(page(null, null, "true")).withTotal()).isTrue();
  }

  @Test
  void aWithTotalThatIsNotABooleanIsInvalidInput() {
    InvalidInputError error =
        expectError(
            400, InvalidInputError.class, () -> parameters.parse(page(null, null, "maybe")));

    assertThat(error.message()).startsWith("Malformed parameter: withTotal: ");
  }

  /** {@code field = value} on a top-level customer field. */
  private static Where eq(QueryField field, Object value) {
    return new Where.Compare(
        QuerySchema.CUSTOMER.child(field.jsonName()).orElseThrow(), Where.Operator.EQUAL, value);
  }
}
