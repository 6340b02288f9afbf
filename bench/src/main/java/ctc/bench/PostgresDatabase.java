package ctc.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database created for one run on the PostgreSQL server of {@code adminUrl} (a URL of an existing
 * database, usually {@code postgres}), dropped when closed.
 */
final class PostgresDatabase implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

  private final String adminUrl;
  private final String name;
  private final String url;

  private PostgresDatabase(String adminUrl, String name, String url) {
    this.adminUrl = adminUrl;
    this.name = name;
    this.url = url;
  }

  static PostgresDatabase create(String adminUrl, String name) throws SQLException {
    Matcher parts = URL.matcher(adminUrl);
    if (!parts.matches()) {
      throw new IllegalArgumentException("Not a jdbc:postgresql://host/database URL: " + adminUrl);
    }
    execute(adminUrl, "CREATE DATABASE " + name);
    String query = parts.group(3) == null ? "" : parts.group(3);
    return new PostgresDatabase(adminUrl, name, parts.group(1) + name + query);
  }

  String url() {
    return url;
  }

  @Override
  public void close() throws SQLException {
    execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
