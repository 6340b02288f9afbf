package ctc.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fresh databases for tests: a private in-memory H2 database, or, when {@code TEST_POSTGRES_URL} is
 * set, a new schema in that PostgreSQL database, so test classes never see each other's rows.
 */
public final class TestDatabases {

  public static final String POSTGRES_ENV = "TEST_POSTGRES_URL";

  private TestDatabases() {}

  public static String h2() {
    return Database.h2MemoryUrl("test-" + UUID.randomUUID());
  }

  public static Optional<String> postgres() {
    String base = System.getenv(POSTGRES_ENV);
    if (base == null || base.isBlank()) {
      return Optional.empty();
    }
    String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(base);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test schema in " + POSTGRES_ENV, e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(base, schema)));
    return Optional.of(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  private static void dropSchema(String base, String schema) {
    try (Connection connection = DriverManager.getConnection(base);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // A leftover schema only costs space; the next run uses new names anyway.
    }
  }

  /**
   * A fresh H2 database, and a fresh PostgreSQL schema when {@value #POSTGRES_ENV} is set, named
   * for the tests that run on each.
   */
  public static Map<String, Database> openEach() {
    Map<String, Database> databases = new LinkedHashMap<>();
    databases.put("H2", open(h2()));
    postgres().ifPresent(url -> databases.put("PostgreSQL", open(url)));
    return databases;
  }

  public static Database open(String url) {
    return Database.open(url, null, null, 8, new Database.QueryLimits(4, Duration.ofSeconds(10)));
  }
}
