package ctc.domain.query;

import ctc.domain.error.Errors;
import ctc.domain.query.QuerySchema.Scalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the raw query parameters of a query endpoint into a {@link QuerySpec} (contract §F):
 * several {@code where} are joined with {@code and}; {@code limit} 0..500 (default 20), {@code
 * offset} 0..10000 (default 0).
 */
public final class QueryParameters {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 500;
  public static final int MAX_OFFSET = 10_000;

  /**
   * Most terms (comparisons, {@code in}, {@code contains}, {@code is …}) over all {@code where}
   * parameters; each can become a subquery.
   */
  public static final int MAX_TERMS = 100;

  /**
   * Most values of one {@code in}/{@code contains} list or one {@code var.*} parameter: one page of
   * ids.
   */
  public static final int MAX_LIST_VALUES = MAX_LIMIT;

  /** Most distinct {@code var.*} parameters. */
  public static final int MAX_VARIABLES = 100;

  /** Most {@code sort} parameters. */
  public static final int MAX_SORTS = 10;

  private static final Pattern SORT =
      Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_.]*)\\s+(asc|desc)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final String CUSTOM_FIELDS = "custom.fields.";

  private final PredicateParser parser;
  private final Sortable sortable;

  /** The query parameters of customers. */
  public QueryParameters(PredicateParser parser) {
    this(parser, Sortable.CUSTOMERS);
  }

  public QueryParameters(PredicateParser parser, Sortable sortable) {
    this.parser = parser;
    this.sortable = sortable;
  }

  /**
   * What a resource can be sorted by: its top-level fields by name, and whether custom fields too
   * ({@code custom.fields.<name>}).
   */
  public record Sortable(Map<String, Scalar> fields, boolean customFields) {

    public static final Sortable CUSTOMERS =
        new Sortable(
            Arrays.stream(QueryField.values())
                .collect(Collectors.toUnmodifiableMap(QueryField::jsonName, QueryField::node)),
            true);

    public Sortable {
      fields = Map.copyOf(fields);
    }
  }

  /** The raw values as they came in the query string; absent single values are null. */
  public record Raw(
      List<String> where,
      Map<String, List<String>> variables,
      List<String> sort,
      String limit,
      String offset,
      String withTotal) {}

  /** Page parameters alone, for resources that are listed rather than queried. */
  public record Paging(int limit, int offset, boolean withTotal) {}

  /**
   * The page of a listing; {@code where} and {@code sort} are not supported there and are refused,
   * not ignored.
   */
  public static Paging paging(Raw raw) {
    if (!raw.where().isEmpty()) {
      throw Errors.malformedParameter(
          "where", "This endpoint lists in creation order and takes no predicates.");
    }
    if (!raw.sort().isEmpty()) {
      throw Errors.malformedParameter(
          "sort", "This endpoint lists in creation order and cannot sort.");
    }
    return new Paging(
        number("limit", raw.limit(), DEFAULT_LIMIT, MAX_LIMIT),
        number("offset", raw.offset(), 0, MAX_OFFSET),
        bool("withTotal", raw.withTotal()));
  }

  public QuerySpec parse(Raw raw) {
    requireBounded(raw);
    List<Where> terms = new ArrayList<>();
    raw.where().forEach(where -> terms.add(parser.parse(where, raw.variables())));
    if (terms.stream().mapToInt(QueryParameters::countTerms).sum() > MAX_TERMS) {
      throw Errors.malformedParameter(
          "where",
          "The predicates have too many terms: at most "
              + MAX_TERMS
              + " comparisons, 'in', 'contains' and 'is' terms are allowed over all 'where' parameters.");
    }
    Where where =
        terms.isEmpty() ? new Where.All() : terms.size() == 1 ? terms.get(0) : new Where.And(terms);
    return new QuerySpec(
        where,
        raw.sort().stream().map(this::sort).toList(),
        number("limit", raw.limit(), DEFAULT_LIMIT, MAX_LIMIT),
        number("offset", raw.offset(), 0, MAX_OFFSET),
        bool("withTotal", raw.withTotal()));
  }

  /** The counts that are known before any predicate is parsed. */
  private static void requireBounded(Raw raw) {
    if (raw.sort().size() > MAX_SORTS) {
      throw Errors.malformedParameter(
          "sort", "At most " + MAX_SORTS + " sort parameters are allowed.");
    }
    if (raw.variables().size() > MAX_VARIABLES) {
      throw Errors.malformedParameter(
          "var", "At most " + MAX_VARIABLES + " input variables are allowed.");
    }
    raw.variables()
        .forEach(
            (name, values) -> {
              if (values.size() > MAX_LIST_VALUES) {
                throw Errors.malformedParameter(
                    "var." + name, "At most " + MAX_LIST_VALUES + " values are allowed.");
              }
            });
  }

  /**
   * The leaf terms of a predicate, refusing a value list over {@link #MAX_LIST_VALUES} on the way.
   */
  private static int countTerms(Where where) {
    if (where instanceof Where.And and) {
      return and.terms().stream().mapToInt(QueryParameters::countTerms).sum();
    }
    if (where instanceof Where.Or or) {
      return or.terms().stream().mapToInt(QueryParameters::countTerms).sum();
    }
    if (where instanceof Where.Not not) {
      return countTerms(not.term());
    }
    if (where instanceof Where.Within within) {
      return countTerms(within.inner());
    }
    if (where instanceof Where.All) {
      return 0;
    }
    List<Object> values =
        where instanceof Where.In in
            ? in.values()
            : where instanceof Where.Contains contains ? contains.values() : List.of();
    if (values.size() > MAX_LIST_VALUES) {
      throw Errors.malformedParameter(
          "where",
          "A list of values has "
              + values.size()
              + " values: at most "
              + MAX_LIST_VALUES
              + " are allowed.");
    }
    return 1;
  }

  private Sort sort(String value) {
    Matcher matcher = SORT.matcher(value);
    if (!matcher.matches()) {
      throw Errors.malformedParameter(
          "sort",
          "Invalid sort expression '"
              + value
              + "'. Expected '<field> asc' or"
              + " '<field> desc'.");
    }
    String path = matcher.group(1);
    boolean ascending = matcher.group(2).equalsIgnoreCase("asc");
    if (sortable.customFields()
        && path.startsWith(CUSTOM_FIELDS)
        && path.length() > CUSTOM_FIELDS.length()
        && !path.substring(CUSTOM_FIELDS.length()).contains(".")) {
      return new Sort(null, path.substring(CUSTOM_FIELDS.length()), ascending);
    }
    Scalar field = sortable.fields().get(path);
    if (field == null) {
      throw Errors.unknownQueryField("sort", path);
    }
    return Sort.by(field, ascending);
  }

  private static int number(String name, String value, int fallback, int max) {
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= 0 && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      throw Errors.malformedParameter(name, "The value '" + value + "' is not a valid integer.");
    }
    throw Errors.malformedParameter(
        name, "The value " + value + " is out of range: it must be between 0 and " + max + ".");
  }

  private static boolean bool(String name, String value) {
    if (value == null || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw Errors.malformedParameter(name, "The value '" + value + "' is not a valid boolean.");
  }
}
