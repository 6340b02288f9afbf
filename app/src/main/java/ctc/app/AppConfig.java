package ctc.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The server's settings, from environment variables with defaults (README, configuration table).
 * {@code toString} never shows the database password or the admin client secret.
 */
public record AppConfig(
    int port,
    String dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    int dbPoolSize,
    int bcryptCost,
    String defaultProjectKey,
    String adminClientId,
    String adminClientSecret,
    int queryPoolSize,
    int queryTimeoutMillis,
    boolean messagesEnabled,
    Search search) {

  /**
   * Customer Search: the index directory (null: in memory, for tests), whether search is on, the
   * time limit of one search, and whether to rebuild the index beside the live one at start.
   */
  public record Search(String directory, boolean enabled, int timeoutMillis, boolean rebuild) {}

  public static AppConfig fromEnvironment(Map<String, String> env) {
    return new AppConfig(
        integer(env, "PORT", 8080),
        env.getOrDefault("DATA_DIR", "./data"),
        env.get("DB_URL"),
        env.get("DB_USER"),
        env.get("DB_PASSWORD"),
        integer(env, "DB_POOL_SIZE", 10),
        integer(env, "BCRYPT_COST", 10),
        env.getOrDefault("DEFAULT_PROJECT_KEY", "default"),
        env.get("ADMIN_CLIENT_ID"),
        env.get("ADMIN_CLIENT_SECRET"),
        integer(env, "DB_QUERY_POOL_SIZE", 4),
        integer(env, "QUERY_TIMEOUT_MS", 2000),
        bool(env, "MESSAGES_ENABLED", true),
        new Search(
            env.getOrDefault(
                "SEARCH_DIR", Path.of(env.getOrDefault("DATA_DIR", "./data"), "search").toString()),
            bool(env, "SEARCH_ENABLED", true),
            integer(env, "SEARCH_TIMEOUT_MS", 5000),
            bool(env, "SEARCH_REBUILD", false)));
  }

  @Override
  public String toString() {
    return "AppConfig[port="
        + port
        + ", dataDir="
        + dataDir
        + ", dbUrl="
        + dbUrl
        + ", dbUser="
        + dbUser
        + ", dbPoolSize="
        + dbPoolSize
        + ", bcryptCost="
        + bcryptCost
        + ", defaultProjectKey="
        + defaultProjectKey
        + ", adminClientId="
        + adminClientId
        + ", queryPoolSize="
        + queryPoolSize
        + ", queryTimeoutMillis="
        + queryTimeoutMillis
        + ", messagesEnabled="
        + messagesEnabled
        + ", search="
        + search
        + "]";
  }

  /** {@code true} or {@code false} in any case; anything else refuses to start. */
  private static boolean bool(Map<String, String> env, String name, boolean fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
    };
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
    }
  }
}
