package ctc.domain.search;

import java.time.Instant;

/**
 * CustomerSearchIndexingStatusResponse (contract §10): {@code states} only while indexing, {@code
 * retryCount} only after a failed attempt.
 */
public record IndexingStatus(
    Status status, Progress states, Instant startedAt, Instant lastModifiedAt, Integer retryCount) {

  public enum Status {
    Indexing,
    Ready,
    Failed
  }

  /** How far the running build is. */
  public record Progress(long indexed, long failed, long estimatedTotal) {}

  public boolean ready() {
    return status == Status.Ready;
  }
}
