package ctc.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.LoggerFactory;

/**
 * Two migrated connection pools over one database and a Jdbi for each; close it to release them
 * (and, for H2 in-memory, the data). Queries ({@code GET /customers}) run on a pool of their own
 * whose statements time out, so however many expensive queries arrive, they never hold the
 * connections that health checks, token lookups, reads by id and writes need.
 */
public final class Database implements AutoCloseable {

  /**
   * What bounds queries: how many run at once, and how long one may run (or wait for a connection).
   */
  public record QueryLimits(int poolSize, Duration timeout) {

    public QueryLimits {
      if (poolSize < 1 || timeout.toMillis() < 1) {
        throw new IllegalArgumentException(
            "Queries need at least one connection and a timeout of 1 ms or more");
      }
    }
  }

  /** Hikari refuses to wait less than this for a connection. */
  private static final long MIN_CONNECTION_WAIT_MILLIS = 250;

  private final HikariDataSource dataSource;
  private final HikariDataSource queryDataSource;
  private final Jdbi jdbi;
  private final Jdbi queryJdbi;

  /** For an H2 file, what tells the next start whether this one closed cleanly; otherwise null. */
  private final H2CrashRecovery recovery;

  private Database(
      HikariDataSource dataSource, HikariDataSource queryDataSource, H2CrashRecovery recovery) {
    this.dataSource = dataSource;
    this.queryDataSource = queryDataSource;
    this.recovery = recovery;
    this.jdbi = jdbi(dataSource);
    this.queryJdbi = jdbi(queryDataSource);
    // Query statements are generated, long and of ever new shapes: neither templates nor Jdbi's
    // ANTLR parser.
    queryJdbi
        .getConfig(SqlStatements.class)
        .setTemplateEngine(new NoTemplateEngine())
        .setSqlParser(new GeneratedSqlParser());
  }

  private static Jdbi jdbi(DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    // Exception messages name the statement but never its bound values: those are customer data.
    jdbi.getConfig(StatementExceptions.class)
        .setMessageRendering(StatementExceptions.MessageRendering.NONE);
    return jdbi;
  }

  /** Opens the pools and applies pending migrations. */
  public static Database open(
      String url, String user, String password, int poolSize, QueryLimits queries) {
    H2CrashRecovery recovery =
        url.startsWith(H2_FILE_PREFIX) ? H2CrashRecovery.of(url, H2_FILE_PREFIX) : null;
    if (recovery != null) {
      recovery.beforeOpen();
      try (Connection connection = DriverManager.getConnection(url, user, password)) {
        compactIfSparse(connection, "opened");
      } catch (SQLException e) {
        throw new IllegalStateException("Could not open the H2 file", e);
      }
    }
    HikariDataSource dataSource =
        new HikariDataSource(config(url, user, password, poolSize, "customers"));
    try {
      Flyway.configure().dataSource(dataSource).load().migrate();
      return new Database(
          dataSource, new HikariDataSource(queryConfig(url, user, password, queries)), recovery);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static HikariConfig config(
      String url, String user, String password, int poolSize, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName(name);
    return config;
  }

  /**
   * Every statement on these connections is cancelled by the database after the timeout (a session
   * setting, since JDBC's own query timeout counts whole seconds); waiting longer than that for a
   * connection fails as well, so a query answers within about twice the timeout however busy the
   * pool is.
   */
  private static HikariConfig queryConfig(
      String url, String user, String password, QueryLimits queries) {
    HikariConfig config = config(url, user, password, queries.poolSize(), "customer-queries");
    long millis = queries.timeout().toMillis();
    config.setConnectionInitSql(
        url.startsWith("jdbc:postgresql:")
            ? "SET statement_timeout = " + millis
            : "SET QUERY_TIMEOUT " + millis);
    config.setConnectionTimeout(Math.max(millis, MIN_CONNECTION_WAIT_MILLIS));
    config.setReadOnly(true);
    return config;
  }

  /**
   * The embedded default: an H2 file database in {@code directory}. PostgreSQL mode keeps the SQL
   * portable; WRITE_DELAY=0 writes every commit to the file before it is acknowledged.
   *
   * <p>DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the database under requests still
   * running; the server's hook closes it after stopping them.
   *
   * <p>H2's RETENTION_TIME stays at its default (45 s), so under sustained writes the file holds
   * about 45 s of written chunks: with 1 s, a running server once failed a commit with "Chunk not
   * found", and before {@link H2CrashRecovery} short retention times lost acknowledged writes in
   * kill runs (README, "File size").
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

  /**
   * Whether this process is the only one that can write the database: an embedded H2 file or memory
   * database, not a server (PostgreSQL, H2's TCP server or its automatic mixed mode). Only then may
   * a {@link ReadCache} be on.
   */
  public boolean singleProcess() {
    String url = dataSource.getJdbcUrl();
    return (url.startsWith(H2_FILE_PREFIX) || url.startsWith("jdbc:h2:mem:"))
        && !url.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE");
  }

  /** A cache of reads of this database, on only when {@link #singleProcess()}. */
  public <K, V> ReadCache<K, V> readCache(int capacity) {
    return singleProcess() ? ReadCache.of(jdbi, capacity) : ReadCache.off(jdbi);
  }

  /**
   * The Jdbi of the query pool: only for reads that may be expensive, never inside a transaction of
   * {@link #jdbi}.
   */
  public Jdbi queryJdbi() {
    return queryJdbi;
  }

  /**
   * Reports both pools' connections (HikariCP's {@code hikaricp_connections_*}, tagged by pool
   * name) to a Micrometer {@code MeterRegistry}. Typed as Object the way HikariCP takes it, so this
   * module needs no metrics library.
   */
  public void reportPoolMetricsTo(Object meterRegistry) {
    dataSource.setMetricRegistry(meterRegistry);
    queryDataSource.setMetricRegistry(meterRegistry);
  }

  /** Whether the database answers a trivial query. */
  public boolean isUp() {
    try {
      return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one())
          == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * For H2 files, compacts first if the file is mostly free space (see {@link
   * H2FileCompaction#compactIfSparse}), after the query pool is closed: the compaction closes the
   * database under every open connection.
   */
  @Override
  public void close() {
    queryDataSource.close();
    if (recovery != null) {
      try {
        Connection connection = dataSource.getConnection();
        try {
          compactIfSparse(connection, "closed");
        } finally {
          // not returned to the pool: after SHUTDOWN COMPACT, resetting it for reuse would fail
          dataSource.evictConnection(connection);
        }
      } catch (SQLException | RuntimeException e) {
        LoggerFactory.getLogger(Database.class)
            .warn("Could not compact the H2 file before closing it", e);
      }
    }
    dataSource.close();
    if (recovery != null) {
      recovery.afterClose();
    }
  }

  private static void compactIfSparse(Connection connection, String when) throws SQLException {
    long started = System.nanoTime();
    if (H2FileCompaction.compactIfSparse(connection)) {
      LoggerFactory.getLogger(Database.class)
          .info(
              "Compacted the H2 file, mostly free space, as it was {} ({} ms)",
              when,
              (System.nanoTime() - started) / 1_000_000);
    }
  }
}
