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
    int cacheEntries,
    Messages messages,
    Medusa medusa,
    Operations operations,
    Search search) {

  /**
   * Messages: whether they are stored, how many days they are kept (the 1..90 of commercetools'
   * {@code deleteDaysAfterCreation}), and the key that seals token values (null: a key file).
   */
  public record Messages(boolean enabled, int retentionDays, String key) {

    static final int MIN_RETENTION_DAYS = 1;
    static final int MAX_RETENTION_DAYS = 90;
    public static final Messages DEFAULTS = new Messages(true, 15, null);

    @Override
    public String toString() {
      return "Messages[enabled=" + enabled + ", retentionDays=" + retentionDays + "]";
    }
  }

  /** The Medusa store API facade: the clients that switch it on, its event URL and CORS origins. */
  public record Medusa(List<String> storeClients, String eventUrl, List<String> storeCors) {

    public static final Medusa OFF = new Medusa(List.of(), null, List.of());

    public Medusa {
      storeClients = storeClients == null ? List.of() : List.copyOf(storeClients);
      storeCors = storeCors == null ? List.of() : List.copyOf(storeCors);
      if (eventUrl != null && !eventUrl.isBlank()) {
        String scheme = URI.create(eventUrl.trim()).getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
          throw new IllegalArgumentException(
              "MEDUSA_EVENT_URL must be an http(s) URL, got '" + eventUrl + "'");
        }
        eventUrl = eventUrl.trim();
      } else {
        eventUrl = null;
      }
    }

    @Override
    public String toString() {
      return "Medusa[storeClients="
          + storeClients
          + ", eventUrl="
          + (eventUrl == null ? null : "(set)")
          + ", storeCors="
          + storeCors
          + "]";
    }
  }

  /**
   * The metrics token (null: public), the pauses of a graceful shutdown, and how long the JIT
   * warm-up runs before the server opens its port.
   */
  public record Operations(
      String metricsToken, int shutdownDelayMillis, int shutdownTimeoutMillis, int warmupMillis) {

    public static final Operations DEFAULTS = new Operations(null, 0, 20_000, 30_000);

    static final int MAX_WARMUP_MILLIS = 60_000;

    @Override
    public String toString() {
      return "Operations[metricsToken="
          + (metricsToken == null ? "none" : "(set)")
          + ", shutdownDelayMillis="
          + shutdownDelayMillis
          + ", shutdownTimeoutMillis="
          + shutdownTimeoutMillis
          + ", warmupMillis="
          + warmupMillis
          + "]";
    }
  }

  /**
   * Customer Search: the index directory (null: in memory, for tests), whether search is on, the
   * time limit of one search, and whether to rebuild the index beside the live one at start.
   */
  public record Search(String directory, boolean enabled, int timeoutMillis, boolean rebuild) {

    static final int DEFAULT_TIMEOUT_MILLIS = 5_000;
  }

  /**
   * Customers and tokens each kept in memory by the embedded database's read cache: about 2 KiB per
   * customer, so the default takes some 40 MiB of heap at most.
   */
  static final int DEFAULT_CACHE_ENTRIES = 20_000;

  static final int MAX_CACHE_ENTRIES = 1_000_000;

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
        integer(env, "CACHE_ENTRIES", DEFAULT_CACHE_ENTRIES, 0, MAX_CACHE_ENTRIES),
        new Messages(
            bool(env, "MESSAGES_ENABLED", Messages.DEFAULTS.enabled()),
            integer(
                env,
                "MESSAGES_RETENTION_DAYS",
                Messages.DEFAULTS.retentionDays(),
                Messages.MIN_RETENTION_DAYS,
                Messages.MAX_RETENTION_DAYS),
            env.get("MESSAGES_KEY")),
        new Medusa(
            list(env, "MEDUSA_STORE_CLIENTS"),
            env.get("MEDUSA_EVENT_URL"),
            list(env, "MEDUSA_STORE_CORS")),
        new Operations(
            env.get("METRICS_TOKEN"),
            integer(env, "SHUTDOWN_DELAY_MS", Operations.DEFAULTS.shutdownDelayMillis()),
            integer(env, "SHUTDOWN_TIMEOUT_MS", Operations.DEFAULTS.shutdownTimeoutMillis()),
            integer(
                env,
                "WARMUP_MS",
                Operations.DEFAULTS.warmupMillis(),
                0,
                Operations.MAX_WARMUP_MILLIS)),
        new Search(
            env.getOrDefault(
                "SEARCH_DIR", Path.of(env.getOrDefault("DATA_DIR", "./data"), "search").toString()),
            bool(env, "SEARCH_ENABLED", true),
            integer(env, "SEARCH_TIMEOUT_MS", Search.DEFAULT_TIMEOUT_MILLIS),
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
        + ", cacheEntries="
        + cacheEntries
        + ", messages="
        + messages
        + ", medusa="
        + medusa
        + ", operations="
        + operations
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
