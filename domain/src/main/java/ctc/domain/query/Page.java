package ctc.domain.query;

import java.util.List;
import java.util.function.Function;

/** One page of query results (PagedQueryResponse); {@code total} is null when not requested. */
public record Page<T>(int limit, int offset, int count, Long total, List<T> results) {

  public Page {
    results = List.copyOf(results);
  }

  public <U> Page<U> map(Function<T, U> mapper) {
    return new Page<>(limit, offset, count, total, results.stream().map(mapper).toList());
  }
}
