package ctc.domain.search;

import java.util.List;

/** A page of matching customers: ids with their relevance, and the exact number of matches. */
public record SearchResult(List<Hit> results, int limit, int offset, long total) {

  public SearchResult {
    results = List.copyOf(results);
  }

  public record Hit(String id, float relevance) {}
}
