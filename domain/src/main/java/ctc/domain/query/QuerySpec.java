package ctc.domain.query;

import java.util.List;
import java.util.OptionalInt;

/** A validated query: what to match, in which order, which page, and whether to count the total. */
public record QuerySpec(Where where, List<Sort> sort, int limit, int offset, boolean withTotal) {

  /** With a predicate, commercetools counts matches only up to this many (contract §I). */
  public static final int MAX_TOTAL_WITH_WHERE = 10_000;

  public QuerySpec {
    sort = List.copyOf(sort);
  }

  /**
   * The most matches the total counts: capped when there is a predicate, so that a count never
   * scans on and on.
   */
  public OptionalInt totalCap() {
    return where instanceof Where.All ? OptionalInt.empty() : OptionalInt.of(MAX_TOTAL_WITH_WHERE);
  }
}
