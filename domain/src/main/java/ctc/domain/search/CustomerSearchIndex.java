package ctc.domain.search;

/** The search index of customers: a port, implemented over an embedded search engine. */
public interface CustomerSearchIndex {

  /**
   * The page of the project's customers that match; throws QueryTimedOut when the search runs out
   * of time.
   */
  SearchResult search(String projectKey, SearchRequest request);

  IndexingStatus status();
}
