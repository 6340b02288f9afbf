package ctc.app;

import ctc.persistence.ExpiredRows;
import ctc.persistence.message.JdbiMessages;
import ctc.persistence.search.JdbiCustomerChanges;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one background thread (README, "Tokens", "Messages" and "Customer Search"): it
 * purges expired rows and change feed rows older than {@link #KEEP_CHANGES} every {@link
 * #PURGE_INTERVAL}, and messages past their retention at start and every {@link
 * #RETENTION_INTERVAL}. A failed run is logged and the next one tries again; {@link #close} stops
 * the thread.
 */
final class Maintenance implements AutoCloseable {

  static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

  /** The message contract: at least hourly. */
  static final Duration RETENTION_INTERVAL = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "maintenance");
            thread.setDaemon(true);
            return thread;
          });

  /** Rows of the customer change feed are kept this long for search indexes to catch up. */
  static final Duration KEEP_CHANGES = Duration.ofDays(1);

  Maintenance(
      ExpiredRows expiredRows,
      JdbiCustomerChanges changes,
      JdbiMessages messages,
      Duration retention,
      Clock clock) {
    every(
        PURGE_INTERVAL,
        PURGE_INTERVAL,
        "purge",
        () -> LOG.info("Purged {}", expiredRows.purge(clock.instant())));
    every(
        PURGE_INTERVAL,
        PURGE_INTERVAL,
        "change feed purge",
        () -> changes.purge(clock.instant().minus(KEEP_CHANGES)));
    every(
        Duration.ZERO,
        RETENTION_INTERVAL,
        "message retention",
        () ->
            LOG.info(
                "Deleted {} messages older than {} days",
                messages.purgeCreatedBefore(clock.instant().minus(retention)),
                retention.toDays()));
  }

  private void every(Duration first, Duration interval, String name, Runnable task) {
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.warn("The {} run failed; the next one will try again", name, e);
          }
        },
        first.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    // No interrupt: H2 treats an interrupted file operation as a broken file and closes the
    // database.
    scheduler.shutdown();
    try {
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
