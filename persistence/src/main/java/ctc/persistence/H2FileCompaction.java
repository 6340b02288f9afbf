package ctc.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Keeps the embedded H2 file close to its live data while the server runs (README, "Durability").
 *
 * <p>With WRITE_DELAY=0 every commit appends a chunk and H2's background writer, the only thread that would rewrite
 * half-empty chunks and move chunks towards the start of the file, never runs. One {@link #run} does, in steps of
 * at most {@link #STEP_BYTES} each and until its time budget is spent, what that writer's housekeeping does: it
 * rewrites the live pages of sparse chunks into a new chunk, moves the last chunks into free space nearer the start
 * and truncates the file. Both steps are H2's own ({@code MVStore.compact}, {@code compactMoveChunks}); they respect
 * H2's retention time and sync the file before they overwrite or shorten it, so a kill -9 at any moment leaves a
 * file that opens with every committed write.
 *
 * <p>Before compacting, every run forces the file to disk ({@code CHECKPOINT SYNC}): the short retention time set in
 * {@link Database#h2FileUrl} is safe only because writes never stay in the operating system's buffers for longer.
 */
public final class H2FileCompaction {

  /** Below this share of live data, chunks are rewritten and the file is packed. */
  static final int TARGET_FILL_RATE = 80;
  /** The most a single step writes or moves, so that commits waiting for H2's store lock never wait long. */
  static final int STEP_BYTES = 4 * 1024 * 1024;

  private final DataSource dataSource;

  H2FileCompaction(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The file's size and the shares of it that hold chunks and, within chunks, live data. */
  public record FileState(long bytes, int fileFillRate, int chunksFillRate) {}

  /** Syncs the file, then compacts it until it is dense enough or {@code budget} is spent; answers the state after. */
  public FileState run(Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    try (Connection connection = dataSource.getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CHECKPOINT SYNC");
      }
      MVStore store = mvStore(connection);
      FileStore<?> file = store.getFileStore();
      boolean progress = true;
      while (progress && System.nanoTime() < deadline && !store.isClosed()) {
        progress = false;
        if (file.getChunksFillRate() < TARGET_FILL_RATE) {
          progress = store.compact(TARGET_FILL_RATE, STEP_BYTES);
        }
        if (file instanceof RandomAccessStore randomAccess && file.getFillRate() < TARGET_FILL_RATE) {
          long before = file.size();
          randomAccess.compactMoveChunks(TARGET_FILL_RATE, STEP_BYTES, store);
          progress |= file.size() < before;
        }
      }
      return new FileState(file.size(), file.getFillRate(), file.getChunksFillRate());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not compact the H2 file", e);
    }
  }

  private static MVStore mvStore(Connection connection) throws SQLException {
    SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    return session.getDatabase().getStore().getMvStore();
  }
}
