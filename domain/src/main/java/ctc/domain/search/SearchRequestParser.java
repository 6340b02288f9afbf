package ctc.domain.search;

import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;
import ctc.domain.search.JsonValue.JsonArray;
import ctc.domain.search.JsonValue.JsonBoolean;
import ctc.domain.search.JsonValue.JsonNull;
import ctc.domain.search.JsonValue.JsonNumber;
import ctc.domain.search.JsonValue.JsonObject;
import ctc.domain.search.JsonValue.JsonString;
import ctc.domain.search.SearchExpression.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a CustomerSearchRequest and builds its typed tree (contract §2–§5). Shape errors (wrong
 * JSON types, missing or unknown keys) throw at once as InvalidJsonInput; semantic errors (unknown
 * field, bounds, limits, unusable values) are kept until the whole request was read, so that a
 * shape error anywhere wins over them (contract, check order). Stateless and thread-safe.
 */
public final class SearchRequestParser {

  /** Every simple and compound expression object counts, the top-level one included. */
  public static final int MAX_EXPRESSIONS = 50;

  public static final int MAX_STRING_LENGTH = 256;
  public static final int MAX_VALUES = 100;
  public static final int MAX_SORT = 10;

  /** The SDK's SearchFieldType values. */
  static final Set<String> FIELD_TYPES =
      Set.of(
          "boolean",
          "text",
          "ltext",
          "enum",
          "lenum",
          "number",
          "money",
          "date",
          "datetime",
          "time",
          "reference",
          "set_boolean",
          "set_text",
          "set_ltext",
          "set_enum",
          "set_lenum",
          "set_number",
          "set_money",
          "set_date",
          "set_datetime",
          "set_time",
          "set_reference");

  private static final List<String> COMPOUND = List.of("and", "or", "not", "filter");

  private static final String KEYS =
      "A query has exactly one of the keys "
          + String.join(", ", COMPOUND)
          + ", "
          + Arrays.stream(ExpressionType.values())
              .map(ExpressionType::key)
              .collect(Collectors.joining(", "))
          + ".";

  public SearchRequest parse(JsonValue body) {
    return new Run().request(body);
  }

  /** One parse: the first semantic problem and the number of expressions read so far. */
  private static final class Run {

    private CommercetoolsException problem;
    private int expressions;

    SearchRequest request(JsonValue body) {
      if (!(body instanceof JsonObject request)) {
        throw Errors.searchShape("body", "Expected an object, got " + body.typeName());
      }
      JsonValue query = present(request, "query");
      SearchExpression expression = query == null ? null : expression(query, "query");
      List<SearchSort> sort = sort(present(request, "sort"));
      int limit =
          page(
              present(request, "limit"),
              "limit",
              SearchRequest.DEFAULT_LIMIT,
              1,
              SearchRequest.MAX_LIMIT);
      int offset = page(present(request, "offset"), "offset", 0, 0, SearchRequest.MAX_OFFSET);
      if (problem != null) {
        throw problem;
      }
      return new SearchRequest(expression, sort, limit, offset);
    }

    private SearchExpression expression(JsonValue value, String path) {
      JsonObject object = object(value, path);
      if (object.members().size() != 1) {
        throw Errors.searchShape(path, KEYS);
      }
      if (++expressions == MAX_EXPRESSIONS + 1) {
        problem(
            Errors.invalidSearchValue(
                "query",
                "A query has at most " + MAX_EXPRESSIONS + " expressions, this one has more."));
      }
      var entry = object.members().entrySet().iterator().next();
      String key = entry.getKey();
      String inner = path + "." + key;
      if (COMPOUND.contains(key)) {
        return compound(key, entry.getValue(), inner);
      }
      ExpressionType type =
          ExpressionType.ofKey(key).orElseThrow(() -> Errors.searchShape(path, KEYS));
      return simple(type, object(entry.getValue(), inner), inner);
    }

    private SearchExpression compound(String key, JsonValue value, String path) {
      if (!(value instanceof JsonArray array)) {
        throw Errors.searchShape(path, "Expected an array, got " + value.typeName());
      }
      List<SearchExpression> operands = new ArrayList<>();
      for (int i = 0; i < array.elements().size(); i++) {
        operands.add(expression(array.elements().get(i), path + "[" + i + "]"));
      }
      if (operands.isEmpty()) {
        return problem(Errors.invalidSearchValue(path, "At least one expression is required."));
      }
      if (problem != null) {
        return null;
      }
      return switch (key) {
        case "and" -> new SearchExpression.And(operands);
        case "or" -> new SearchExpression.Or(operands);
        case "not" -> new SearchExpression.Not(operands);
        default -> new SearchExpression.Filter(operands);
      };
    }

    private SearchExpression simple(ExpressionType type, JsonObject object, String path) {
      String fieldName = string(object, "field", path, true);
      BigDecimal boost = number(object, "boost", path);
      String fieldType = oneOf(object, "fieldType", path, FIELD_TYPES);
      String language = string(object, "language", path, false);
      Target target = target(type, fieldName, boost, fieldType, language, path);
      return switch (type) {
        case EXACT -> exact(object, target, path);
        case FULL_TEXT -> {
          String text = text(object, path);
          SearchExpression.MustMatch mustMatch = mustMatch(object, path);
          yield target == null ? null : new SearchExpression.FullText(target, text, mustMatch);
        }
        case FULL_TEXT_PREFIX -> {
          String text = text(object, path);
          SearchExpression.MustMatch mustMatch = mustMatch(object, path);
          yield target == null
              ? null
              : new SearchExpression.FullTextPrefix(target, text, mustMatch);
        }
        case FUZZY -> fuzzy(object, target, path);
        case PREFIX -> {
          String text = text(object, path);
          boolean caseInsensitive = caseInsensitive(object, path);
          yield target == null ? null : new SearchExpression.Prefix(target, text, caseInsensitive);
        }
        case WILDCARD -> {
          String text = text(object, path);
          boolean caseInsensitive = caseInsensitive(object, path);
          yield target == null
              ? null
              : new SearchExpression.Wildcard(target, text, caseInsensitive);
        }
        case EXISTS -> target == null ? null : new SearchExpression.Exists(target);
        case RANGE -> range(object, target, path);
      };
    }

    private Target target(
        ExpressionType type,
        String fieldName,
        BigDecimal boost,
        String fieldType,
        String language,
        String path) {
      Optional<SearchField> field = CustomerSearchFields.resolve(fieldName);
      if (field.isEmpty()) {
        return problem(Errors.unknownSearchField(fieldName));
      }
      if (!field.get().supports(type)) {
        return problem(Errors.searchExpressionNotSupported(type.key(), fieldName));
      }
      if (boost != null && boost.signum() <= 0) {
        return problem(Errors.invalidSearchValue(path + ".boost", "Must be greater than 0."));
      }
      double factor = boost == null ? 1 : boost.doubleValue();
      if (!Double.isFinite(factor)) {
        return problem(Errors.invalidSearchValue(path + ".boost", "Must be a finite number."));
      }
      return new Target(field.get(), factor, fieldType, language);
    }

    private SearchExpression exact(JsonObject object, Target target, String path) {
      JsonValue value = present(object, "value");
      JsonValue values = present(object, "values");
      List<JsonValue> given = new ArrayList<>();
      if (value != null) {
        given.add(scalar(value, path + ".value"));
      }
      if (values != null) {
        if (!(values instanceof JsonArray array)) {
          throw Errors.searchShape(path + ".values", "Expected an array, got " + values.typeName());
        }
        for (int i = 0; i < array.elements().size(); i++) {
          given.add(scalar(array.elements().get(i), path + ".values[" + i + "]"));
        }
      }
      boolean caseInsensitive = caseInsensitive(object, path);
      if ((value == null) == (values == null)) {
        return problem(
            Errors.invalidSearchValue(path, "Exactly one of 'value' and 'values' is required."));
      }
      if (values != null && (given.isEmpty() || given.size() > MAX_VALUES)) {
        return problem(
            Errors.invalidSearchValue(
                path + ".values", "Between 1 and " + MAX_VALUES + " values are required."));
      }
      if (target == null) {
        return null;
      }
      List<SearchValue> typed = new ArrayList<>();
      for (JsonValue each : given) {
        SearchValue one = value(target.field(), each, path);
        if (one == null) {
          return null;
        }
        typed.add(one);
      }
      return new SearchExpression.Exact(target, typed, caseInsensitive);
    }

    private SearchExpression fuzzy(JsonObject object, Target target, String path) {
      String text = text(object, path);
      JsonValue level = present(object, "level");
      if (level == null) {
        throw Errors.searchShape(path + ".level", "Missing required value");
      }
      int distance = integer(level, path + ".level", Integer.MIN_VALUE);
      SearchExpression.MustMatch mustMatch = mustMatch(object, path);
      if (distance < 0 || distance > 2) {
        return problem(Errors.invalidSearchValue(path + ".level", "Must be 0, 1 or 2."));
      }
      return target == null ? null : new SearchExpression.Fuzzy(target, text, distance, mustMatch);
    }

    private SearchExpression range(JsonObject object, Target target, String path) {
      JsonValue[] bounds = new JsonValue[4];
      String[] names = {"gt", "gte", "lt", "lte"};
      for (int i = 0; i < names.length; i++) {
        JsonValue bound = present(object, names[i]);
        bounds[i] = bound == null ? null : scalar(bound, path + "." + names[i]);
      }
      if (Arrays.stream(bounds).allMatch(bound -> bound == null)) {
        return problem(
            Errors.invalidSearchValue(path, "At least one of gt, gte, lt and lte is required."));
      }
      if (target == null) {
        return null;
      }
      SearchValue[] typed = new SearchValue[4];
      for (int i = 0; i < names.length; i++) {
        if (bounds[i] != null) {
          typed[i] = value(target.field(), bounds[i], path + "." + names[i]);
          if (typed[i] == null) {
            return null;
          }
          if (typed[i] instanceof SearchValue.Bool) {
            return problem(Errors.invalidSearchValue(path + "." + names[i], "Not a range bound."));
          }
        }
      }
      return new SearchExpression.Range(target, typed[0], typed[1], typed[2], typed[3]);
    }

    /** The value typed by the field's kind; on a custom field as JSON gave it. */
    private SearchValue value(SearchField field, JsonValue json, String path) {
      if (json instanceof JsonString string && string.value().length() > MAX_STRING_LENGTH) {
        return problem(tooLong(path));
      }
      if (field.custom()) {
        if (json instanceof JsonString string) {
          return new SearchValue.Text(string.value());
        }
        return json instanceof JsonNumber number
            ? new SearchValue.Number(number.value())
            : new SearchValue.Bool(((JsonBoolean) json).value());
      }
      Optional<SearchValue> typed =
          switch (field.kind()) {
            case TEXT, KEYWORD ->
                json instanceof JsonString string
                    ? Optional.of(new SearchValue.Text(string.value()))
                    : Optional.empty();
            case BOOLEAN ->
                json instanceof JsonBoolean bool
                    ? Optional.of(new SearchValue.Bool(bool.value()))
                    : Optional.empty();
            case NUMBER ->
                json instanceof JsonNumber number
                    ? Optional.of(new SearchValue.Number(number.value()))
                    : Optional.empty();
            case DATE, DATETIME, TIME ->
                json instanceof JsonString string
                    ? SearchValue.as(field.kind(), string.value())
                    : Optional.empty();
          };
      return typed.orElseGet(
          () ->
              problem(
                  Errors.invalidSearchValue(
                      path,
                      "The value is not a valid "
                          + field.kind().name().toLowerCase(Locale.ROOT)
                          + " for the field '"
                          + field.name()
                          + "'.")));
    }

    private List<SearchSort> sort(JsonValue value) {
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof JsonArray array)) {
        throw Errors.searchShape("sort", "Expected an array, got " + value.typeName());
      }
      List<SearchSort> sorts = new ArrayList<>();
      for (int i = 0; i < array.elements().size(); i++) {
        sorts.add(sortEntry(array.elements().get(i), "sort[" + i + "]"));
      }
      if (sorts.size() > MAX_SORT) {
        problem(Errors.invalidSearchValue("sort", "At most " + MAX_SORT + " sort criteria."));
      }
      return problem == null ? sorts : List.of();
    }

    private SearchSort sortEntry(JsonValue value, String path) {
      JsonObject object = object(value, path);
      String fieldName = string(object, "field", path, true);
      String order = oneOf(object, "order", path, Set.of("asc", "desc"));
      if (order == null) {
        throw Errors.searchShape(path + ".order", "Missing required value");
      }
      String mode = oneOf(object, "mode", path, Set.of("min", "max", "avg", "sum"));
      String language = string(object, "language", path, false);
      String fieldType = oneOf(object, "fieldType", path, FIELD_TYPES);
      boolean descending = order.equals("desc");
      if (present(object, "filter") != null) {
        return problem(
            Errors.invalidSearchValue(path + ".filter", "Sort filters are not supported."));
      }
      SearchSort.Mode sortMode =
          mode == null
              ? (descending ? SearchSort.Mode.MAX : SearchSort.Mode.MIN)
              : SearchSort.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
      if (fieldName.equals("score")) {
        return new SearchSort(null, descending, sortMode, language, fieldType);
      }
      Optional<SearchField> field = CustomerSearchFields.resolve(fieldName);
      if (field.isEmpty()) {
        return problem(Errors.unknownSearchField(fieldName));
      }
      if (field.get().isAll()) {
        return problem(
            Errors.invalidSearchValue(path + ".field", "The field 'all' is not sortable."));
      }
      boolean numeric = field.get().custom() || field.get().kind() == SearchFieldKind.NUMBER;
      if (!numeric && (sortMode == SearchSort.Mode.AVG || sortMode == SearchSort.Mode.SUM)) {
        return problem(
            Errors.invalidSearchValue(path + ".mode", "avg and sum apply to numbers only."));
      }
      return new SearchSort(field.get(), descending, sortMode, language, fieldType);
    }

    private int page(JsonValue value, String name, int fallback, int min, int max) {
      if (value == null) {
        return fallback;
      }
      int page = integer(value, name, Integer.MAX_VALUE);
      if (page < min || page > max) {
        problem(
            Errors.searchPageBound(name, ((JsonNumber) value).value().toBigInteger(), min, max));
        return fallback;
      }
      return page;
    }

    /** A JSON integer; one beyond int range becomes {@code outOfRange}, caught by the bounds. */
    private int integer(JsonValue value, String path, int outOfRange) {
      if (!(value instanceof JsonNumber number) || !number.integral()) {
        throw Errors.searchShape(path, "Expected a whole number, got " + describe(value));
      }
      try {
        return number.value().intValueExact();
      } catch (ArithmeticException e) {
        return number.value().signum() < 0 ? Integer.MIN_VALUE : outOfRange;
      }
    }

    private String text(JsonObject object, String path) {
      String text = string(object, "value", path, true);
      if (text.length() > MAX_STRING_LENGTH) {
        problem(tooLong(path + ".value"));
      }
      return text;
    }

    private SearchExpression.MustMatch mustMatch(JsonObject object, String path) {
      String mustMatch = oneOf(object, "mustMatch", path, Set.of("all", "any"));
      return mustMatch == null
          ? SearchExpression.MustMatch.ALL
          : SearchExpression.MustMatch.valueOf(mustMatch.toUpperCase(Locale.ROOT));
    }

    private boolean caseInsensitive(JsonObject object, String path) {
      JsonValue value = present(object, "caseInsensitive");
      if (value == null) {
        return false;
      }
      if (!(value instanceof JsonBoolean bool)) {
        throw Errors.searchShape(
            path + ".caseInsensitive", "Expected a boolean, got " + value.typeName());
      }
      return bool.value();
    }

    private String string(JsonObject object, String name, String path, boolean required) {
      JsonValue value = present(object, name);
      if (value == null) {
        if (required) {
          throw Errors.searchShape(path + "." + name, "Missing required value");
        }
        return null;
      }
      if (!(value instanceof JsonString string)) {
        throw Errors.searchShape(path + "." + name, "Expected a string, got " + value.typeName());
      }
      return string.value();
    }

    private String oneOf(JsonObject object, String name, String path, Set<String> allowed) {
      String value = string(object, name, path, false);
      if (value != null && !allowed.contains(value)) {
        throw Errors.searchShape(
            path + "." + name,
            "Unknown value '"
                + value
                + "', expected one of "
                + allowed.stream().sorted().collect(Collectors.joining(", "))
                + ".");
      }
      return value;
    }

    private BigDecimal number(JsonObject object, String name, String path) {
      JsonValue value = present(object, name);
      if (value == null) {
        return null;
      }
      if (!(value instanceof JsonNumber number)) {
        throw Errors.searchShape(path + "." + name, "Expected a number, got " + value.typeName());
      }
      return number.value();
    }

    private JsonValue scalar(JsonValue value, String path) {
      if (value instanceof JsonString
          || value instanceof JsonNumber
          || value instanceof JsonBoolean) {
        return value;
      }
      throw Errors.searchShape(
          path, "Expected a string, number or boolean, got " + value.typeName());
    }

    private static JsonObject object(JsonValue value, String path) {
      if (!(value instanceof JsonObject object)) {
        throw Errors.searchShape(path, "Expected an object, got " + value.typeName());
      }
      return object;
    }

    /** The member, or null when absent or JSON null. */
    private static JsonValue present(JsonObject object, String name) {
      JsonValue value = object.members().get(name);
      return value instanceof JsonNull ? null : value;
    }

    private static String describe(JsonValue value) {
      return value instanceof JsonNumber ? "a number with a fraction" : value.typeName();
    }

    private static CommercetoolsException tooLong(String path) {
      return Errors.invalidSearchValue(
          path, "A string has at most " + MAX_STRING_LENGTH + " characters.");
    }

    /** Keeps the first semantic problem; the caller goes on reading for shape errors. */
    private <T> T problem(CommercetoolsException exception) {
      if (problem == null) {
        problem = exception;
      }
      return null;
    }
  }
}
