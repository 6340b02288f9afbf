package ctc.app;

import ctc.persistence.ExpiredRows;
import ctc.persistence.H2FileCompaction;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one background thread (README, "Durability" and "Tokens"): it compacts the embedded H2 file every
 * {@link #COMPACTION_INTERVAL} and purges expired rows every {@link #PURGE_INTERVAL}. A failed run is logged and the
 * next one tries again. {@link #close} stops the thread and, for H2, compacts once more within
 * {@link #SHUTDOWN_COMPACTION_BUDGET}.
 */
final class Maintenance implements AutoCloseable {

  /** Shorter than H2's retention time in {@code Database}, which is safe only because every run syncs the file. */
  static final Duration COMPACTION_INTERVAL = Duration.ofSeconds(1);
  /** How long one run may hold up commits at most (between steps; one step is bounded by its size). */
  static final Duration COMPACTION_BUDGET = Duration.ofMillis(200);
  static final Duration SHUTDOWN_COMPACTION_BUDGET = Duration.ofSeconds(5);
  static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

  private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);

  private final Optional<H2FileCompaction> compaction;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "maintenance");
    thread.setDaemon(true);
    return thread;
  });

  Maintenance(Optional<H2FileCompaction> compaction, ExpiredRows expiredRows, Clock clock) {
    this.compaction = compaction;
    compaction.ifPresent(file -> every(COMPACTION_INTERVAL, "compaction", () -> file.run(COMPACTION_BUDGET)));
    every(PURGE_INTERVAL, "purge", () -> {
      ExpiredRows.Purged purged = expiredRows.purge(clock.instant());
      LOG.info("Purged {}", purged);
    });
  }

  private void every(Duration interval, String name, Runnable task) {
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.warn("The {} run failed; the next one will try again", name, e);
      }
    }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    // No interrupt: H2 treats an interrupted file operation as a broken file and closes the database.
    scheduler.shutdown();
    try {
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    compaction.ifPresent(file -> {
      try {
        file.run(SHUTDOWN_COMPACTION_BUDGET);
      } catch (RuntimeException e) {
        LOG.warn("The compaction at shutdown failed", e);
      }
    });
  }
}
