package ctc.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Full compaction of the embedded H2 file when it is opened and closed (README, "File size").
 *
 * <p>H2 appends every commit as a chunk and reuses a chunk's space only when the chunk is dead and
 * older than the retention time, so a file that saw a burst of writes keeps the burst's size after
 * the burst; H2 shrinks it by itself only for 200 ms at a normal close. The live data of such a
 * file is often a small part of it.
 */
final class H2FileCompaction {

  /**
   * A file whose live data is less than 1 / SPARSE_FACTOR of it is compacted fully when it is
   * opened or closed.
   */
  static final int SPARSE_FACTOR = 4;

  /** Files smaller than this are never compacted fully: not worth the time. */
  static final long SPARSE_MIN_BYTES = 4L * 1024 * 1024;

  private H2FileCompaction() {}

  /**
   * When the file is mostly free space, SHUTDOWN COMPACT copies its live data into a new file and
   * closes the database; otherwise nothing happens. Answers whether it compacted. Only when the
   * server opens and closes the file: it blocks every other connection while it runs.
   */
  static boolean compactIfSparse(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      Map<String, Long> info = new HashMap<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT setting_name, setting_value FROM information_schema.settings"
                  + " WHERE setting_name IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
        while (rows.next()) {
          info.put(rows.getString(1), Long.parseLong(rows.getString(2)));
        }
      }
      long fileBytes = info.getOrDefault("info.FILE_SIZE", 0L);
      long liveBytes =
          fileBytes
              * info.getOrDefault("info.FILL_RATE", 100L)
              * info.getOrDefault("info.CHUNKS_FILL_RATE", 100L)
              / 10_000;
      if (fileBytes < SPARSE_MIN_BYTES || liveBytes * SPARSE_FACTOR > fileBytes) {
        return false;
      }
      statement.execute("SHUTDOWN COMPACT");
      return true;
    }
  }
}
