package ctc.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server process killed with SIGKILL while it commits, after H2 has begun to reuse the space of
 * dead chunks: every commit it acknowledged must be there when the file is opened again. A short
 * retention time makes H2 reuse space within the test's few seconds; before {@link
 * H2CrashRecovery}, such files reopened a few commits back.
 */
class H2CrashRecoveryTest {

  private static final int ROWS = 200;
  private static final int WRITERS = 4;
  private static final Duration RUN_BEFORE_KILL = Duration.ofSeconds(6);

  /** On a loaded machine the writer may need longer to start; it runs at most this long. */
  private static final Duration LONGEST_RUN = Duration.ofSeconds(60);

  @TempDir Path directory;

  @Test
  void everyAcknowledgedCommitSurvivesAKillAfterSpaceIsReused() throws Exception {
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Writer.class.getName(),
                url())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Map<Integer, Integer> acknowledged = new HashMap<>();
    long started = System.nanoTime();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (!longEnough(started, acknowledged) && (line = lines.readLine()) != null) {
        String[] idAndVersion = line.split(" ");
        acknowledged.merge(
            Integer.parseInt(idAndVersion[0]), Integer.parseInt(idAndVersion[1]), Math::max);
      }
      writer.destroyForcibly().waitFor();
    }
    assertThat(acknowledged)
        .as("the writer committed before it was killed")
        .hasSizeGreaterThan(ROWS / 2);

    try (Database reopened = TestDatabases.open(url())) {
      Map<Integer, Integer> stored = new HashMap<>();
      reopened
          .jdbi()
          .useHandle(
              handle ->
                  handle
                      .createQuery("SELECT id, version FROM crash_probe")
                      .map((rows, context) -> stored.put(rows.getInt(1), rows.getInt(2)))
                      .list());
      acknowledged.forEach(
          (id, version) ->
              assertThat(stored.get(id)).as("row %d", id).isGreaterThanOrEqualTo(version));
    }
  }

  /** Killed once it ran its time and committed to most rows, or when it takes far too long. */
  private static boolean longEnough(long started, Map<Integer, Integer> acknowledged) {
    long ran = System.nanoTime() - started;
    return ran > LONGEST_RUN.toNanos()
        || (ran > RUN_BEFORE_KILL.toNanos() && acknowledged.size() > ROWS / 2);
  }

  private String url() {
    return Database.h2FileUrl(directory.toString()) + ";RETENTION_TIME=1000";
  }

  /** The process that is killed: writers raising versions, each commit printed once it returned. */
  public static final class Writer {

    public static void main(String[] args) throws Exception {
      Database database = TestDatabases.open(args[0]);
      Jdbi jdbi = database.jdbi();
      jdbi.useHandle(
          handle -> {
            handle.execute(
                "CREATE TABLE crash_probe (id INT PRIMARY KEY, version INT NOT NULL, filler VARCHAR)");
            for (int id = 0; id < ROWS; id++) {
              handle.execute("INSERT INTO crash_probe VALUES (?, 0, ?)", id, "x".repeat(500));
            }
          });
      AtomicInteger next = new AtomicInteger();
      List<Thread> threads = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        Thread thread =
            new Thread(
                () -> {
                  while (true) {
                    int id = Math.floorMod(next.getAndIncrement(), ROWS);
                    int version =
                        jdbi.withHandle(
                            handle ->
                                handle
                                    .createQuery(
                                        "SELECT version FROM FINAL TABLE (UPDATE crash_probe SET version = version + 1 WHERE id = :id)")
                                    .bind("id", id)
                                    .mapTo(Integer.class)
                                    .one());
                    synchronized (System.out) {
                      System.out.println(id + " " + version);
                      System.out.flush();
                    }
                  }
                });
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
    }
  }
}
