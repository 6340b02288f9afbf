package ctc.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Two migrated connection pools over one database and a Jdbi for each; close it to release them (and, for H2
 * in-memory, the data). Queries ({@code GET /customers}) run on a pool of their own whose statements time out, so
 * however many expensive queries arrive, they never hold the connections that health checks, token lookups, reads
 * by id and writes need.
 */
public final class Database implements AutoCloseable {

  /** What bounds queries: how many run at once, and how long one may run (or wait for a connection). */
  public record QueryLimits(int poolSize, Duration timeout) {

    public QueryLimits {
      if (poolSize < 1 || timeout.toMillis() < 1) {
        throw new IllegalArgumentException("Queries need at least one connection and a timeout of 1 ms or more");
      }
    }
  }

  /** Hikari refuses to wait less than this for a connection. */
  private static final long MIN_CONNECTION_WAIT_MILLIS = 250;

  private final HikariDataSource dataSource;
  private final HikariDataSource queryDataSource;
  private final Jdbi jdbi;
  private final Jdbi queryJdbi;

  private Database(HikariDataSource dataSource, HikariDataSource queryDataSource) {
    this.dataSource = dataSource;
    this.queryDataSource = queryDataSource;
    this.jdbi = jdbi(dataSource);
    this.queryJdbi = jdbi(queryDataSource);
    // Query statements are generated, long and of ever new shapes: neither templates nor Jdbi's ANTLR parser.
    queryJdbi.getConfig(SqlStatements.class).setTemplateEngine(new NoTemplateEngine())
        .setSqlParser(new GeneratedSqlParser());
  }

  private static Jdbi jdbi(DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    // Exception messages name the statement but never its bound values: those are customer data.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    return jdbi;
  }

  /** Opens the pools and applies pending migrations. */
  public static Database open(String url, String user, String password, int poolSize, QueryLimits queries) {
    HikariDataSource dataSource = new HikariDataSource(config(url, user, password, poolSize, "customers"));
    try {
      Flyway.configure().dataSource(dataSource).load().migrate();
      return new Database(dataSource, new HikariDataSource(queryConfig(url, user, password, queries)));
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static HikariConfig config(String url, String user, String password, int poolSize, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName(name);
    return config;
  }

  /**
   * Every statement on these connections is cancelled by the database after the timeout (a session setting, since
   * JDBC's own query timeout counts whole seconds); waiting longer than that for a connection fails as well, so a
   * query answers within about twice the timeout however busy the pool is.
   */
  private static HikariConfig queryConfig(String url, String user, String password, QueryLimits queries) {
    HikariConfig config = config(url, user, password, queries.poolSize(), "customer-queries");
    long millis = queries.timeout().toMillis();
    config.setConnectionInitSql(url.startsWith("jdbc:postgresql:") ? "SET statement_timeout = " + millis
        : "SET QUERY_TIMEOUT " + millis);
    config.setConnectionTimeout(Math.max(millis, MIN_CONNECTION_WAIT_MILLIS));
    config.setReadOnly(true);
    return config;
  }

  /**
   * The embedded default: an H2 file database in {@code directory}. PostgreSQL mode keeps the SQL portable;
   * WRITE_DELAY=0 writes every commit to the file before it is acknowledged (a kill -9 loses nothing).
   */
  public static String h2FileUrl(String directory) {
    return "jdbc:h2:file:" + directory + "/customers;" + H2_SETTINGS;
  }

  /** A private in-memory H2 database, for tests. */
  public static String h2MemoryUrl(String name) {
    return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;" + H2_SETTINGS;
  }

  private static final String H2_SETTINGS =
      "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0";

  public Jdbi jdbi() {
    return jdbi;
  }

  /** The Jdbi of the query pool: only for reads that may be expensive, never inside a transaction of {@link #jdbi}. */
  public Jdbi queryJdbi() {
    return queryJdbi;
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
    queryDataSource.close();
    dataSource.close();
  }
}
