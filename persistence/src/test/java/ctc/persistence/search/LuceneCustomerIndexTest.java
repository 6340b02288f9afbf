package ctc.persistence.search;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.SearchNotReadyError;
import ctc.domain.search.IndexingStatus;
import ctc.domain.search.SearchRequest;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The index's availability (contract customer-search §10): a build that fails shows {@code Failed}
 * with its retry count while search answers SearchNotReady, and is retried until it succeeds.
 */
class LuceneCustomerIndexTest {

  private static IndexingStatus await(
      LuceneCustomerIndex index, Predicate<IndexingStatus> condition) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!condition.test(index.status()) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return index.status();
  }

  @Test
  void aFailedBuildIsShownRetriedAndNeverAnswersFromAPartialIndex() throws Exception {
    String url = TestDatabases.h2();
    // The database is there but not migrated yet: every build fails until it is.
    Jdbi bare = Jdbi.create(url);
    LuceneCustomerIndex index =
        LuceneCustomerIndex.start(
            new LuceneCustomerIndex.Settings(null, Duration.ofSeconds(5), Duration.ofMillis(50)),
            new JdbiCustomerChanges(bare),
            new JdbiSearchSource(bare),
            Clock.systemUTC(),
            false);
    try {
      IndexingStatus failed =
          await(index, status -> status.status() == IndexingStatus.Status.Failed);
      assertThat(failed.status()).isEqualTo(IndexingStatus.Status.Failed);
      assertThat(failed.retryCount()).isPositive();
      assertThat(failed.startedAt()).isNotNull();
      expectError(
          409,
          SearchNotReadyError.class,
          () -> index.search("p", new SearchRequest(null, List.of(), 20, 0)));

      try (Database migrated = TestDatabases.open(url)) {
        IndexingStatus ready = await(index, IndexingStatus::ready);
        assertThat(ready.status()).isEqualTo(IndexingStatus.Status.Ready);
        assertThat(ready.retryCount()).isNull();
        assertThat(ready.states()).isNull();
        assertThat(index.search("p", new SearchRequest(null, List.of(), 20, 0)).total()).isZero();
      }
    } finally {
      index.close();
    }
  }
}
