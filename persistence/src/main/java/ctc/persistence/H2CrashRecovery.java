package ctc.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.LoggerFactory;

/**
 * Finds the newest committed state of an H2 file that was not closed cleanly, before H2 opens it.
 *
 * <p>After a crash, H2 looks for the newest chunk by following the chain of chunks from its file
 * header, and accepts the last chunk of that chain whose chunk set is complete. Once H2 reuses the
 * space of dead chunks, a chunk of the chain can already be overwritten while the header still
 * points before it: the chain then ends early, and H2 opened such files a few acknowledged commits
 * back (README, "Durability"). Opening the file once in MVStore's recovery mode scans the whole
 * file for chunks instead and settles on the newest complete one; closing it writes a header that
 * points there, so H2 then opens exactly that state.
 *
 * <p>Whether the last close was clean is told by a marker file beside the database, present while
 * it is open.
 */
final class H2CrashRecovery {

  private final Path file;
  private final Path openMarker;

  private H2CrashRecovery(Path file) {
    this.file = file;
    this.openMarker = file.resolveSibling(file.getFileName() + ".open");
  }

  /** For the file of an {@code jdbc:h2:file:} URL. */
  static H2CrashRecovery of(String url, String prefix) {
    String path = url.substring(prefix.length());
    int settings = path.indexOf(';');
    return new H2CrashRecovery(
        Path.of((settings < 0 ? path : path.substring(0, settings)) + ".mv.db"));
  }

  /** Before the database is opened: recovers the file if it was left open, then marks it open. */
  void beforeOpen() {
    try {
      if (Files.exists(openMarker) && Files.exists(file)) {
        long started = System.nanoTime();
        MVStore store = new MVStore.Builder().fileName(file.toString()).recoveryMode().open();
        store.close();
        LoggerFactory.getLogger(H2CrashRecovery.class)
            .info(
                "The database was not closed cleanly; found its newest complete state in {} ms",
                (System.nanoTime() - started) / 1_000_000);
      }
      Files.createDirectories(openMarker.getParent());
      Files.writeString(openMarker, "");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not mark the H2 file open", e);
    }
  }

  /** After the database was closed cleanly. */
  void afterClose() {
    try {
      Files.deleteIfExists(openMarker);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not mark the H2 file closed", e);
    }
  }
}
