package ctc.domain.search;

import java.util.List;

/**
 * A checked CustomerSearchRequest (contract §2): the query (null for every customer), the sort
 * criteria, and the page.
 */
public record SearchRequest(SearchExpression query, List<SearchSort> sort, int limit, int offset) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 9900;

  public SearchRequest {
    sort = List.copyOf(sort);
  }
}
