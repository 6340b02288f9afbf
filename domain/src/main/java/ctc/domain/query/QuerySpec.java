package ctc.domain.query;

import java.util.List;

/** A validated query: what to match, in which order, which page, and whether to count the total. */
public record QuerySpec(Where where, List<Sort> sort, int limit, int offset, boolean withTotal) {

  public QuerySpec {
    sort = List.copyOf(sort);
  }
}
