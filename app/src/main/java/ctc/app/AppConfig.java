package ctc.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server's settings, from environment variables with defaults (README, configuration table).
 * {@code toString} never shows the database password, the admin client secret or the messages key.
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
    int messagesRetentionDays,
    String messagesKey,
    List<String> medusaStoreClients,
    String medusaEventUrl,
    List<String> medusaStoreCors,
    String metricsToken,
    int shutdownDelayMillis,
    int shutdownTimeoutMillis,
    Search search) {

  /**
   * Customer Search: the index directory (null: in memory, for tests), whether search is on, the
   * time limit of one search, and whether to rebuild the index beside the live one at start.
   */
  public record Search(String directory, boolean enabled, int timeoutMillis, boolean rebuild) {}

  /** The range of commercetools' {@code deleteDaysAfterCreation}. */
  static final int MIN_RETENTION_DAYS = 1;

  static final int MAX_RETENTION_DAYS = 90;

  static final int DEFAULT_SHUTDOWN_TIMEOUT_MILLIS = 20_000;

  static final int DEFAULT_SEARCH_TIMEOUT_MILLIS = 5_000;

  public AppConfig {
    medusaStoreClients = medusaStoreClients == null ? List.of() : List.copyOf(medusaStoreClients);
    medusaStoreCors = medusaStoreCors == null ? List.of() : List.copyOf(medusaStoreCors);
    if (medusaEventUrl != null && !medusaEventUrl.isBlank()) {
      String scheme = URI.create(medusaEventUrl.trim()).getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException(
            "MEDUSA_EVENT_URL must be an http(s) URL, got '" + medusaEventUrl + "'");
      }
      medusaEventUrl = medusaEventUrl.trim();
    } else {
      medusaEventUrl = null;
    }
  }

  /**
   * Without the Medusa store API facade and with the operations defaults (their settings unset).
   */
  public AppConfig(
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
      int messagesRetentionDays,
      String messagesKey) {
    this(
        port,
        dataDir,
        dbUrl,
        dbUser,
        dbPassword,
        dbPoolSize,
        bcryptCost,
        defaultProjectKey,
        adminClientId,
        adminClientSecret,
        queryPoolSize,
        queryTimeoutMillis,
        messagesEnabled,
        messagesRetentionDays,
        messagesKey,
        List.of(),
        null,
        List.of(),
        null,
        0,
        DEFAULT_SHUTDOWN_TIMEOUT_MILLIS,
        new Search(null, true, DEFAULT_SEARCH_TIMEOUT_MILLIS, false));
  }

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
        integer(env, "MESSAGES_RETENTION_DAYS", 15, MIN_RETENTION_DAYS, MAX_RETENTION_DAYS),
        env.get("MESSAGES_KEY"),
        list(env, "MEDUSA_STORE_CLIENTS"),
        env.get("MEDUSA_EVENT_URL"),
        list(env, "MEDUSA_STORE_CORS"),
        env.get("METRICS_TOKEN"),
        integer(env, "SHUTDOWN_DELAY_MS", 0),
        integer(env, "SHUTDOWN_TIMEOUT_MS", DEFAULT_SHUTDOWN_TIMEOUT_MILLIS),
        new Search(
            env.getOrDefault(
                "SEARCH_DIR", Path.of(env.getOrDefault("DATA_DIR", "./data"), "search").toString()),
            bool(env, "SEARCH_ENABLED", true),
            integer(env, "SEARCH_TIMEOUT_MS", DEFAULT_SEARCH_TIMEOUT_MILLIS),
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
        + ", messagesRetentionDays="
        + messagesRetentionDays
        + ", medusaStoreClients="
        + medusaStoreClients
        + ", medusaEventUrl="
        + (medusaEventUrl == null ? null : "(set)")
        + ", medusaStoreCors="
        + medusaStoreCors
        + ", metricsToken="
        + (metricsToken == null ? "none" : "(set)")
        + ", shutdownDelayMillis="
        + shutdownDelayMillis
        + ", shutdownTimeoutMillis="
        + shutdownTimeoutMillis
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

  /** A comma-separated list; blanks and surrounding spaces are dropped. */
  private static List<String> list(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
    int value = integer(env, name, fallback);
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
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
