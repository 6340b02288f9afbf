package ctc.domain.query;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidInputError;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bounds on query parameters, checked before any SQL exists. */
class QueryLimitsTest {

  private final QueryParameters parameters = new QueryParameters(new QueryLanguageParser());

  private static QueryParameters.Raw raw(
      List<String> where, Map<String, List<String>> variables, List<String> sort) {
    return new QueryParameters.Raw(where, variables, sort, null, null, null);
  }

  private static String terms(int count) {
    return String.join(" or ", Collections.nCopies(count, "version = 1"));
  }

  private static String ones(int count) {
    return String.join(", ", Collections.nCopies(count, "1"));
  }

  @Test
  void termsAreCountedOverAllWhereParametersAndInsideNestedPredicates() {
    parameters.parse(
        raw(List.of(terms(60), terms(39), "addresses(city = \"x\")"), Map.of(), List.of()));

    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () ->
                parameters.parse(
                    raw(
                        List.of(
                            terms(60), terms(39), "not (addresses(city = \"x\" and key = \"y\"))"),
                        Map.of(),
                        List.of())));

    assertThat(error.message())
        .startsWith("Malformed parameter: where: The predicates have too many terms");
  }

  @Test
  void aListOfValuesIsBoundedWhetherWrittenOrFromAVariable() {
    parameters.parse(raw(List.of("version in (" + ones(500) + ")"), Map.of(), List.of()));
    parameters.parse(
        raw(List.of("custom(fields(n contains any (" + ones(500) + ")))"), Map.of(), List.of()));

    expectError(
        400,
        InvalidInputError.class,
        () ->
            parameters.parse(raw(List.of("version in (" + ones(501) + ")"), Map.of(), List.of())));
    expectError(
        400,
        InvalidInputError.class,
        () ->
            parameters.parse(
                raw(
                    List.of("version in (:a, :b)"),
                    Map.of("a", Collections.nCopies(300, "1"), "b", Collections.nCopies(201, "1")),
                    List.of())));
  }

  @Test
  void inputVariablesAreBoundedInNumberAndValues() {
    Map<String, List<String>> hundred =
        IntStream.range(0, 100).boxed().collect(Collectors.toMap(i -> "v" + i, i -> List.of("1")));
    parameters.parse(raw(List.of("version = :v0"), hundred, List.of()));
    parameters.parse(
        raw(List.of("version in :v"), Map.of("v", Collections.nCopies(500, "1")), List.of()));

    Map<String, List<String>> more = new HashMap<>(hundred);
    more.put("extra", List.of("1"));
    expectError(
        400,
        InvalidInputError.class,
        () -> parameters.parse(raw(List.of("version = :v0"), more, List.of())));
    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () ->
                parameters.parse(
                    raw(List.of(), Map.of("v", Collections.nCopies(501, "1")), List.of())));
    assertThat(error.message()).startsWith("Malformed parameter: var.v: ");
  }

  @Test
  void atMostTenSortParametersAreAllowed() {
    assertThat(
            parameters.parse(raw(List.of(), Map.of(), Collections.nCopies(10, "key asc"))).sort())
        .hasSize(10);

    expectError(
        400,
        InvalidInputError.class,
        () -> parameters.parse(raw(List.of(), Map.of(), Collections.nCopies(11, "key asc"))));
  }
}
