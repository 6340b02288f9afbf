package ctc.domain.search;

import ctc.domain.error.Errors;
import java.util.function.Supplier;

/**
 * The Customer Search use cases (contract §1): search, ask whether search works, and the indexing
 * status. The body is read only once search is known to be ready, so that 409 comes before any 400
 * (contract, check order).
 */
public final class CustomerSearch {

  private final CustomerSearchIndex index;
  private final SearchRequestParser parser = new SearchRequestParser();

  /**
   * @param index the index; null when search is switched off ({@code SEARCH_ENABLED=false})
   */
  public CustomerSearch(CustomerSearchIndex index) {
    this.index = index;
  }

  public SearchResult search(String projectKey, Supplier<JsonValue> body) {
    requireReady();
    return index.search(projectKey, parser.parse(body.get()));
  }

  /** HEAD: answers when search works, else throws SearchNotReady. */
  public void requireReady() {
    if (index == null || !index.status().ready()) {
      throw Errors.searchNotReady();
    }
  }

  public IndexingStatus status() {
    if (index == null) {
      throw Errors.searchNotReady();
    }
    return index.status();
  }
}
