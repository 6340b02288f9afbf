package ctc.app;

import ctc.domain.auth.IssuedApiClient;
import ctc.persistence.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Starts the server with the settings from the environment. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    AppConfig config = AppConfig.fromEnvironment(System.getenv());
    Database database = openDatabase(config);
    Wiring wiring = new Wiring(config, database, Clock.systemUTC());
    // The database closes last: requests still running when the hook starts need it until the
    // server has stopped.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  wiring.close();
                  database.close();
                },
                "shutdown"));
    Optional<IssuedApiClient> firstClient = wiring.bootstrap();
    wiring.app().start(config.port());
    firstClient.ifPresent(client -> announce(client, config));
  }

  /**
   * Opens the configured database (the H2 file in DATA_DIR unless DB_URL is set) and applies
   * pending migrations.
   */
  static Database openDatabase(AppConfig config) {
    String url = config.dbUrl() != null ? config.dbUrl() : Database.h2FileUrl(config.dataDir());
    return Database.open(
        url,
        config.dbUser(),
        config.dbPassword(),
        config.dbPoolSize(),
        new Database.QueryLimits(
            config.queryPoolSize(), Duration.ofMillis(config.queryTimeoutMillis())));
  }

  /**
   * Tells the operator how to use the first client. A generated secret is printed this once, on
   * standard output and not through the logger; a secret that came from ADMIN_CLIENT_SECRET is
   * never printed.
   */
  private static void announce(IssuedApiClient issued, AppConfig config) {
    boolean generated = config.adminClientSecret() == null;
    String secret = generated ? issued.secret() : "$ADMIN_CLIENT_SECRET";
    System.out.println();
    System.out.println(
        "Created the API client '"
            + issued.client().id()
            + "' with scope "
            + String.join(" ", issued.client().scopes())
            + ".");
    if (generated) {
      System.out.println("Its secret is shown only now: " + issued.secret());
    }
    System.out.println("Get a token:");
    System.out.println(
        "  curl -s -X POST -u \""
            + issued.client().id()
            + ":"
            + secret
            + "\" http://localhost:"
            + config.port()
            + "/oauth/token -d grant_type=client_credentials");
    System.out.println();
  }
}
