package ctc.domain.search;

import static ctc.domain.error.ErrorAssertions.expectError;
import static ctc.domain.search.Json.arr;
import static ctc.domain.search.Json.obj;
import static ctc.domain.search.Json.query;
import static ctc.domain.search.Json.simple;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.search.SearchExpression.Simple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchRequestParserTest {

  private final SearchRequestParser parser = new SearchRequestParser();

  private SearchRequest parse(JsonValue body) {
    return parser.parse(body);
  }

  private SearchExpression expression(JsonValue query) {
    return parse(query(query)).query();
  }

  private String shapeError(JsonValue body) {
    return expectError(400, InvalidJsonInputError.class, () -> parse(body)).detailedErrorMessage();
  }

  private String inputError(JsonValue body) {
    return expectError(400, InvalidInputError.class, () -> parse(body)).message();
  }

  /** A value that fits the expression on a field of the kind (or a custom field: kind null). */
  private static Object[] valueFor(ExpressionType type, SearchFieldKind kind) {
    Object value =
        kind == null
            ? "x"
            : switch (kind) {
              case BOOLEAN -> true;
              case NUMBER -> 1;
              case DATE -> "2024-01-02";
              case DATETIME -> "2024-01-02T03:04:05Z";
              case TIME -> "10:00:00";
              default -> "x";
            };
    return switch (type) {
      case EXACT -> new Object[] {"value", value};
      case PREFIX, WILDCARD, FULL_TEXT, FULL_TEXT_PREFIX -> new Object[] {"value", "x"};
      case FUZZY -> new Object[] {"value", "x", "level", 1};
      case EXISTS -> new Object[] {};
      case RANGE -> new Object[] {"gte", value};
    };
  }

  @Test
  void everySimpleExpressionHasOneRecordAndEveryRecordOneKey() {
    Set<ExpressionType> typed =
        Arrays.stream(Simple.class.getPermittedSubclasses())
            .map(
                record ->
                    expression(
                        simple(
                            record.getSimpleName().substring(0, 1).toLowerCase()
                                + record.getSimpleName().substring(1),
                            "custom.f",
                            valueFor(typeOf(record), null))))
            .map(expression -> ((Simple) expression).type())
            .collect(Collectors.toSet());
    assertThat(typed).containsExactlyInAnyOrder(ExpressionType.values());
  }

  private static ExpressionType typeOf(Class<?> record) {
    String key =
        record.getSimpleName().substring(0, 1).toLowerCase() + record.getSimpleName().substring(1);
    return ExpressionType.ofKey(key).orElseThrow();
  }

  @Test
  void everyExpressionOnEveryFixedFieldIsAcceptedOrRefusedByTheContractsTable() {
    for (SearchField field : CustomerSearchFields.fixedFields()) {
      for (ExpressionType type : ExpressionType.values()) {
        JsonValue body =
            query(
                simple(
                    type.key(), field.name(), valueFor(type, field.isAll() ? null : field.kind())));
        if (field.supports(type)) {
          Simple parsed = (Simple) parse(body).query();
          assertThat(parsed.type()).isEqualTo(type);
          assertThat(parsed.target().field()).isEqualTo(field);
        } else {
          assertThat(inputError(body))
              .as(field + " " + type)
              .isEqualTo(
                  "The expression '"
                      + type.key()
                      + "' is not supported for the field '"
                      + field.name()
                      + "'.");
        }
      }
    }
  }

  @Test
  void theSupportTableIsTheContracts() {
    assertThat(SearchFieldKind.TEXT.supports(ExpressionType.FUZZY)).isTrue();
    assertThat(SearchFieldKind.KEYWORD.supports(ExpressionType.FULL_TEXT)).isFalse();
    assertThat(SearchFieldKind.KEYWORD.supports(ExpressionType.WILDCARD)).isTrue();
    assertThat(SearchFieldKind.BOOLEAN.supports(ExpressionType.PREFIX)).isFalse();
    assertThat(SearchFieldKind.NUMBER.supports(ExpressionType.RANGE)).isTrue();
    assertThat(SearchFieldKind.TEXT.supports(ExpressionType.RANGE)).isFalse();
    assertThat(SearchFieldKind.DATE.supports(ExpressionType.EXACT)).isTrue();
    SearchField all = CustomerSearchFields.resolve("all").orElseThrow();
    assertThat(all.supports(ExpressionType.EXACT)).isFalse();
    assertThat(all.supports(ExpressionType.EXISTS)).isTrue();
  }

  @Test
  void valuesAreTypedByTheField() {
    SearchExpression.Exact date =
        (SearchExpression.Exact) expression(simple("exact", "dateOfBirth", "value", "1990-01-02"));
    assertThat(date.values()).containsExactly(new SearchValue.Date(LocalDate.of(1990, 1, 2)));
    SearchExpression.Range created =
        (SearchExpression.Range)
            expression(simple("range", "createdAt", "gt", "2026-01-02T04:04:05.678+02:00"));
    assertThat(created.gt())
        .isEqualTo(new SearchValue.DateTime(Instant.parse("2026-01-02T02:04:05.678Z")));
    SearchExpression.Exact custom =
        (SearchExpression.Exact)
            expression(simple("exact", "custom.points", "values", arr(100, "100", false)));
    assertThat(custom.values())
        .containsExactly(
            new SearchValue.Number(new BigDecimal("100")),
            new SearchValue.Text("100"),
            new SearchValue.Bool(false));
    assertThat(inputError(query(simple("exact", "dateOfBirth", "value", "1990-1-2"))))
        .startsWith("query.exact: The value is not a valid date");
    assertThat(inputError(query(simple("exact", "isEmailVerified", "value", "true"))))
        .contains("not a valid boolean");
    assertThat(inputError(query(simple("range", "custom.points", "gt", true))))
        .isEqualTo("query.range.gt: Not a range bound.");
  }

  @Test
  void theRequestAsTheSdkSendsItIsRead() {
    SearchRequest request =
        parse(
            obj(
                "query",
                obj(
                    "and",
                    arr(
                        simple("exact", "email", "value", "A@b.c", "caseInsensitive", true),
                        obj("filter", arr(simple("exact", "key", "values", arr("a", "b")))),
                        obj("not", arr(simple("exists", "middleName"))),
                        simple("fuzzy", "lastName", "value", "smiht", "level", 1),
                        simple("range", "dateOfBirth", "gte", "1990-01-02"),
                        simple("range", "custom.points", "lt", 100.0),
                        simple(
                            "fullText",
                            "fullName",
                            "boost",
                            2.0,
                            "value",
                            "ada l",
                            "mustMatch",
                            "any"))),
                "sort",
                arr(obj("field", "lastName", "order", "desc")),
                "limit",
                5,
                "offset",
                0));
    assertThat(request.limit()).isEqualTo(5);
    SearchExpression.And and = (SearchExpression.And) request.query();
    assertThat(and.operands()).hasSize(7);
    assertThat(and.operands().get(1).scores()).isFalse();
    assertThat(and.operands().get(2)).isInstanceOf(SearchExpression.Not.class);
    SearchExpression.FullText fullText = (SearchExpression.FullText) and.operands().get(6);
    assertThat(fullText.target().boost()).isEqualTo(2.0);
    assertThat(fullText.mustMatch()).isEqualTo(SearchExpression.MustMatch.ANY);
    assertThat(request.sort())
        .containsExactly(
            new SearchSort(
                CustomerSearchFields.resolve("lastName").orElseThrow(),
                true,
                SearchSort.Mode.MAX,
                null,
                null));
  }

  @Test
  void anEmptyRequestIsEveryCustomerOnTheFirstPage() {
    SearchRequest request = parse(obj());
    assertThat(request).isEqualTo(new SearchRequest(null, List.of(), 20, 0));
    assertThat(parse(obj("query", null, "unknown", 1)).query()).isNull();
  }

  @Test
  void shapeErrorsNameThePath() {
    assertThat(shapeError(query(obj("and", arr(simple("fuzzy", "lastName", "value", "x"))))))
        .isEqualTo("query.and[0].fuzzy.level: Missing required value");
    assertThat(shapeError(query(obj()))).startsWith("query: A query has exactly one of the keys");
    assertThat(shapeError(query(obj("exists", obj("field", "key"), "prefix", obj("field", "key")))))
        .startsWith("query: A query has exactly one");
    assertThat(shapeError(query(obj("near", obj("field", "key"))))).startsWith("query:");
    assertThat(shapeError(query(simple("exists", "key").members().get("exists"))))
        .startsWith("query:");
    assertThat(shapeError(query(obj("or", obj()))))
        .isEqualTo("query.or: Expected an array, got object");
    assertThat(shapeError(query(obj("exists", obj()))))
        .isEqualTo("query.exists.field: Missing required value");
    assertThat(shapeError(query(simple("fullText", "firstName", "value", 3))))
        .isEqualTo("query.fullText.value: Expected a string, got number");
    assertThat(
            shapeError(query(simple("fullText", "firstName", "value", "x", "mustMatch", "most"))))
        .startsWith("query.fullText.mustMatch: Unknown value 'most'");
    assertThat(shapeError(query(simple("fuzzy", "firstName", "value", "x", "level", 1.5))))
        .isEqualTo("query.fuzzy.level: Expected a whole number, got a number with a fraction");
    assertThat(shapeError(query(simple("exact", "key", "value", arr("a")))))
        .isEqualTo("query.exact.value: Expected a string, number or boolean, got array");
    assertThat(shapeError(query(simple("exists", "custom.x", "fieldType", "colour"))))
        .startsWith("query.exists.fieldType: Unknown value 'colour'");
    assertThat(shapeError(obj("limit", "5"))).startsWith("limit: Expected a whole number");
    assertThat(shapeError(obj("offset", 1.0))).startsWith("offset: Expected a whole number");
    assertThat(shapeError(obj("sort", arr(obj("field", "key")))))
        .isEqualTo("sort[0].order: Missing required value");
    assertThat(shapeError(obj("sort", arr(obj("field", "key", "order", "asc", "mode", "median")))))
        .startsWith("sort[0].mode: Unknown value");
    assertThat(shapeError(arr())).isEqualTo("body: Expected an object, got array");
  }

  @Test
  void aShapeErrorAnywhereWinsOverAnEarlierSemanticOne() {
    assertThat(
            shapeError(
                obj(
                    "query",
                    obj(
                        "and",
                        arr(
                            simple("exists", "nope"),
                            simple("fuzzy", "lastName", "value", "x", "level", "1"))),
                    "limit",
                    1000)))
        .isEqualTo("query.and[1].fuzzy.level: Expected a whole number, got string");
  }

  @Test
  void semanticErrorsAreInvalidInput() {
    assertThat(inputError(query(simple("exists", "nope"))))
        .isEqualTo("The field 'nope' does not exist.");
    assertThat(inputError(query(simple("exists", "custom.a.b"))))
        .isEqualTo("The field 'custom.a.b' does not exist.");
    assertThat(inputError(query(simple("exists", "Key"))))
        .isEqualTo("The field 'Key' does not exist.");
    assertThat(inputError(query(simple("exact", "key"))))
        .contains("Exactly one of 'value' and 'values'");
    assertThat(inputError(query(simple("exact", "key", "value", "a", "values", arr("b")))))
        .contains("Exactly one of 'value' and 'values'");
    assertThat(inputError(query(simple("exact", "key", "values", arr()))))
        .isEqualTo("query.exact.values: Between 1 and 100 values are required.");
    assertThat(inputError(query(simple("range", "createdAt")))).contains("At least one of gt");
    assertThat(inputError(query(simple("fuzzy", "lastName", "value", "x", "level", 3))))
        .isEqualTo("query.fuzzy.level: Must be 0, 1 or 2.");
    assertThat(inputError(query(simple("exists", "key", "boost", 0))))
        .isEqualTo("query.exists.boost: Must be greater than 0.");
    assertThat(inputError(query(obj("and", arr()))))
        .isEqualTo("query.and: At least one expression is required.");
    assertThat(inputError(obj("limit", 101))).isEqualTo("limit: Value 101 is not in 1..100.");
    assertThat(inputError(obj("limit", 0))).isEqualTo("limit: Value 0 is not in 1..100.");
    assertThat(inputError(obj("offset", 9901))).isEqualTo("offset: Value 9901 is not in 0..9900.");
    assertThat(inputError(obj("offset", 99999999999L)))
        .isEqualTo("offset: Value 99999999999 is not in 0..9900.");
    assertThat(inputError(obj("offset", -1))).isEqualTo("offset: Value -1 is not in 0..9900.");
    assertThat(inputError(obj("sort", arr(obj("field", "all", "order", "asc")))))
        .contains("not sortable");
    assertThat(
            inputError(obj("sort", arr(obj("field", "lastName", "order", "asc", "mode", "avg")))))
        .contains("avg and sum apply to numbers only");
    assertThat(inputError(obj("sort", arr(obj("field", "key", "order", "asc", "filter", obj())))))
        .contains("Sort filters are not supported");
  }

  @Test
  void theLimitsOfTheQueryLanguageAreEnforced() {
    Object[] fifty = new Object[49];
    Arrays.fill(fifty, simple("exists", "key"));
    assertThat(parse(query(obj("or", arr(fifty)))).query()).isNotNull();
    Object[] fiftyOne = new Object[50];
    Arrays.fill(fiftyOne, simple("exists", "key"));
    assertThat(inputError(query(obj("or", arr(fiftyOne))))).contains("at most 50 expressions");

    String max = "a".repeat(256);
    assertThat(expression(simple("fullText", "firstName", "value", max))).isNotNull();
    assertThat(inputError(query(simple("fullText", "firstName", "value", max + "a"))))
        .contains("at most 256 characters");
    assertThat(inputError(query(simple("exact", "key", "values", arr("a", max + "a")))))
        .contains("at most 256 characters");

    Object[] hundredOne = new Object[101];
    Arrays.fill(hundredOne, "k");
    assertThat(inputError(query(simple("exact", "key", "values", arr(hundredOne)))))
        .contains("Between 1 and 100 values");

    Object[] elevenSorts = new Object[11];
    Arrays.fill(elevenSorts, obj("field", "key", "order", "asc"));
    assertThat(inputError(obj("sort", arr(elevenSorts)))).contains("At most 10 sort criteria");
  }

  @Test
  void sortModesDefaultByOrderAndScoreIsASortField() {
    List<SearchSort> sort =
        parse(
                obj(
                    "sort",
                    arr(
                        obj("field", "score", "order", "asc"),
                        obj("field", "stores.key", "order", "asc"),
                        obj("field", "custom.points", "order", "desc", "mode", "avg"))))
            .sort();
    assertThat(sort.get(0).byScore()).isTrue();
    assertThat(sort.get(1).mode()).isEqualTo(SearchSort.Mode.MIN);
    assertThat(sort.get(2).mode()).isEqualTo(SearchSort.Mode.AVG);
  }

  @Test
  void fuzzyDistanceIsCappedByTermLength() {
    SearchExpression.Fuzzy two =
        (SearchExpression.Fuzzy) expression(simple("fuzzy", "lastName", "value", "x", "level", 2));
    assertThat(
            Map.of(
                "ab", two.distanceFor("ab"),
                "abc", two.distanceFor("abc"),
                "abcde", two.distanceFor("abcde"),
                "abcdef", two.distanceFor("abcdef")))
        .isEqualTo(Map.of("ab", 0, "abc", 1, "abcde", 1, "abcdef", 2));
    SearchExpression.Fuzzy one =
        (SearchExpression.Fuzzy) expression(simple("fuzzy", "lastName", "value", "x", "level", 1));
    assertThat(one.distanceFor("abcdefgh")).isEqualTo(1);
    assertThat(one.distanceFor("a\uD835\uDC9C")).as("code points, not chars").isZero();
  }
}
