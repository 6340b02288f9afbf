package ctc.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

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
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("customers");
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(dataSource).load().migrate();
      return new Database(dataSource, url.startsWith(H2_FILE_PREFIX));
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * The embedded default: an H2 file database in {@code directory}. PostgreSQL mode keeps the SQL portable;
   * WRITE_DELAY=0 writes every commit to the file before it is acknowledged (a kill -9 loses nothing). H2 keeps the
   * space of replaced chunks for RETENTION_TIME milliseconds (45 s by default, in case the operating system holds
   * writes that long), and neither reuses nor compacts it before then. {@link H2FileCompaction}
   * forces the file to disk every run, so a short retention time is enough. DB_CLOSE_ON_EXIT=FALSE leaves closing to
   * the server's shutdown hook, which compacts once more before it closes the pool.
   */
  public static String h2FileUrl(String directory) {
    return H2_FILE_PREFIX + directory + "/customers;" + H2_SETTINGS + ";RETENTION_TIME=" + H2_RETENTION_MILLIS
        + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /** Milliseconds H2 keeps a replaced chunk: several compaction runs, each of which syncs the file first. */
  static final int H2_RETENTION_MILLIS = 3_000;

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

  /** The online compaction of the embedded file; empty for other databases, which need none. */
  public Optional<H2FileCompaction> fileCompaction() {
    return h2File ? Optional.of(new H2FileCompaction(dataSource)) : Optional.empty();
  }

  /** Whether the database answers a trivial query. */
  public boolean isUp() {
    try {
      return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
