package ctc.domain.search;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.SearchNotReadyError;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CustomerSearchTest {

  private static final IndexingStatus READY =
      new IndexingStatus(IndexingStatus.Status.Ready, null, Instant.EPOCH, Instant.EPOCH, null);
  private static final IndexingStatus INDEXING =
      new IndexingStatus(
          IndexingStatus.Status.Indexing,
          new IndexingStatus.Progress(1, 0, 10),
          Instant.EPOCH,
          Instant.EPOCH,
          null);

  /** An index that finds nothing and answers the given status. */
  private static CustomerSearchIndex index(IndexingStatus status) {
    return new CustomerSearchIndex() {
      @Override
      public SearchResult search(String projectKey, SearchRequest request) {
        return new SearchResult(List.of(), request.limit(), request.offset(), 0);
      }

      @Override
      public IndexingStatus status() {
        return status;
      }
    };
  }

  @Test
  void aReadyIndexSearchesTheParsedRequest() {
    CustomerSearch search = new CustomerSearch(index(READY));
    assertThat(search.search("p", () -> Json.obj("limit", 3)).limit()).isEqualTo(3);
    search.requireReady();
    assertThat(search.status()).isEqualTo(READY);
  }

  @Test
  void whileIndexingSearchIsNotReadyAndTheBodyIsNotRead() {
    CustomerSearch search = new CustomerSearch(index(INDEXING));
    AtomicBoolean read = new AtomicBoolean();
    expectError(
        409,
        SearchNotReadyError.class,
        () ->
            search.search(
                "p",
                () -> {
                  read.set(true);
                  return Json.obj();
                }));
    assertThat(read).isFalse();
    expectError(409, SearchNotReadyError.class, search::requireReady);
    assertThat(search.status()).isEqualTo(INDEXING);
  }

  @Test
  void switchedOffEveryUseCaseIsNotReady() {
    CustomerSearch search = new CustomerSearch(null);
    expectError(409, SearchNotReadyError.class, () -> search.search("p", Json::obj));
    expectError(409, SearchNotReadyError.class, search::requireReady);
    expectError(409, SearchNotReadyError.class, search::status);
  }
}
