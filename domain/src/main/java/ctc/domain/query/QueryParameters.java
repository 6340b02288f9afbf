package ctc.domain.query;

import ctc.domain.error.Errors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw query parameters of a query endpoint into a {@link QuerySpec} (contract §F): several {@code where}
 * are joined with {@code and}; {@code limit} 0..500 (default 20), {@code offset} 0..10000 (default 0).
 */
public final class QueryParameters {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 500;
  public static final int MAX_OFFSET = 10_000;

  private static final Pattern SORT = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_.]*)\\s+(asc|desc)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final String CUSTOM_FIELDS = "custom.fields.";

  private final PredicateParser parser;

  public QueryParameters(PredicateParser parser) {
    this.parser = parser;
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

  /** The page of a listing; {@code where} and {@code sort} are not supported there and are refused, not ignored. */
  public static Paging paging(Raw raw) {
    if (!raw.where().isEmpty()) {
      throw Errors.malformedParameter("where", "This endpoint lists in creation order and takes no predicates.");
    }
    if (!raw.sort().isEmpty()) {
      throw Errors.malformedParameter("sort", "This endpoint lists in creation order and cannot sort.");
    }
    return new Paging(number("limit", raw.limit(), DEFAULT_LIMIT, MAX_LIMIT), number("offset", raw.offset(), 0,
        MAX_OFFSET), bool("withTotal", raw.withTotal()));
  }

  public QuerySpec parse(Raw raw) {
    List<Where> terms = new ArrayList<>();
    raw.where().forEach(where -> terms.add(parser.parse(where, raw.variables())));
    Where where = terms.isEmpty() ? new Where.All() : terms.size() == 1 ? terms.get(0) : new Where.And(terms);
    return new QuerySpec(
        where,
        raw.sort().stream().map(QueryParameters::sort).toList(),
        number("limit", raw.limit(), DEFAULT_LIMIT, MAX_LIMIT),
        number("offset", raw.offset(), 0, MAX_OFFSET),
        bool("withTotal", raw.withTotal()));
  }

  private static Sort sort(String value) {
    Matcher matcher = SORT.matcher(value);
    if (!matcher.matches()) {
      throw Errors.malformedParameter("sort", "Invalid sort expression '" + value + "'. Expected '<field> asc' or"
          + " '<field> desc'.");
    }
    String path = matcher.group(1);
    boolean ascending = matcher.group(2).equalsIgnoreCase("asc");
    if (path.startsWith(CUSTOM_FIELDS) && path.length() > CUSTOM_FIELDS.length()
        && !path.substring(CUSTOM_FIELDS.length()).contains(".")) {
      return new Sort(null, path.substring(CUSTOM_FIELDS.length()), ascending);
    }
    QueryField field = QueryField.byName(path).orElseThrow(
        () -> Errors.malformedParameter("sort", "The field '" + path + "' does not exist."));
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
    throw Errors.malformedParameter(name, "The value " + value + " is out of range: it must be between 0 and " + max
        + ".");
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
