package ctc.persistence;

import ctc.domain.error.Errors;
import ctc.domain.query.Where;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SQL condition of a comparison, {@code in} or {@code is defined} on one column, as the query
 * language means them for every resource: a missing value matches only {@code !=}, {@code not in}
 * and {@code is not defined}. Values are bound by the caller's {@code bind}, which answers the
 * placeholder.
 */
public final class ScalarConditions {

  private ScalarConditions() {}

  public static String of(Where where, String column, Function<Object, String> bind) {
    if (where instanceof Where.Compare compare) {
      String value = bind.apply(compare.value());
      return switch (compare.operator()) {
        case EQUAL -> column + " = " + value;
        case NOT_EQUAL -> "(" + column + " <> " + value + " OR " + column + " IS NULL)";
        case LESS -> column + " < " + value;
        case LESS_OR_EQUAL -> column + " <= " + value;
        case GREATER -> column + " > " + value;
        case GREATER_OR_EQUAL -> column + " >= " + value;
      };
    }
    if (where instanceof Where.In in) {
      String list = in.values().stream().map(bind).collect(Collectors.joining(", ", "(", ")"));
      return in.negated()
          ? "(" + column + " NOT IN " + list + " OR " + column + " IS NULL)"
          : column + " IN " + list;
    }
    if (where instanceof Where.IsDefined defined) {
      return column + (defined.negated() ? " IS NULL" : " IS NOT NULL");
    }
    throw Errors.untranslatablePredicate("This operator cannot be used on a single value.");
  }
}
