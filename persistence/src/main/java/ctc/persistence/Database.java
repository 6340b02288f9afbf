package ctc.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.LoggerFactory;

/** A migrated connection pool and its Jdbi; close it to release the pool (and, for H2 in-memory, the data). */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final boolean h2File;

  private Database(HikariDataSource dataSource, boolean h2File) {
    this.dataSource = dataSource;
    this.h2File = h2File;
    this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    // Exception messages name the statement but never its bound values: those are customer data.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
  }

  /** Opens the pool and applies pending migrations. */
  public static Database open(String url, String user, String password, int poolSize) {
    boolean h2File = url.startsWith(H2_FILE_PREFIX);
    if (h2File) {
      try (Connection connection = DriverManager.getConnection(url, user, password)) {
        compactIfSparse(connection, "opened");
      } catch (SQLException e) {
        throw new IllegalStateException("Could not open the H2 file", e);
      }
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("customers");
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(dataSource).load().migrate();
      return new Database(dataSource, h2File);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * The embedded default: an H2 file database in {@code directory}. PostgreSQL mode keeps the SQL portable;
   * WRITE_DELAY=0 writes every commit to the file before it is acknowledged (a kill -9 loses nothing).
   *
   * <p>DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the database under requests still running; the
   * server's hook closes it after stopping them.
   *
   * <p>H2's RETENTION_TIME stays at its default (45 s), so under sustained writes the file holds about 45 s of written
   * chunks: with 2 s, files killed with SIGKILL reopened at an older version, losing acknowledged writes (README,
   * "File size").
   */
  public static String h2FileUrl(String directory) {
    return H2_FILE_PREFIX + directory + "/customers;" + H2_SETTINGS + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  private static final String H2_FILE_PREFIX = "jdbc:h2:file:";

  /** A private in-memory H2 database, for tests. */
  public static String h2MemoryUrl(String name) {
    return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;" + H2_SETTINGS;
  }

  private static final String H2_SETTINGS =
      "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0";

  public Jdbi jdbi() {
    return jdbi;
  }

  /** Whether the database answers a trivial query. */
  public boolean isUp() {
    try {
      return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** For H2 files, compacts first if the file is mostly free space (see {@link H2FileCompaction#compactIfSparse}). */
  @Override
  public void close() {
    if (h2File) {
      try {
        Connection connection = dataSource.getConnection();
        try {
          compactIfSparse(connection, "closed");
        } finally {
          // not returned to the pool: after SHUTDOWN COMPACT, resetting it for reuse would fail
          dataSource.evictConnection(connection);
        }
      } catch (SQLException | RuntimeException e) {
        LoggerFactory.getLogger(Database.class).warn("Could not compact the H2 file before closing it", e);
      }
    }
    dataSource.close();
  }

  private static void compactIfSparse(Connection connection, String when) throws SQLException {
    long started = System.nanoTime();
    if (H2FileCompaction.compactIfSparse(connection)) {
      LoggerFactory.getLogger(Database.class).info("Compacted the H2 file, mostly free space, as it was {} ({} ms)",
          when, (System.nanoTime() - started) / 1_000_000);
    }
  }
}
