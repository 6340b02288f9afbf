package ctc.app;

import ch.qos.logback.core.spi.LifeCycle;
import ctc.domain.auth.IssuedApiClient;
import ctc.persistence.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** Starts the server with the settings from the environment. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    AppConfig config = AppConfig.fromEnvironment(System.getenv());
    Warmup.run(Duration.ofMillis(config.operations().warmupMillis()));
    Database database = openDatabase(config);
    Wiring wiring = new Wiring(config, database, Clock.systemUTC());
    // On SIGTERM: /health/ready turns 503 at once, the server keeps serving for
    // SHUTDOWN_DELAY_MS (so that load balancers notice and send traffic elsewhere), then refuses
    // new connections and lets requests in flight finish. The database closes last: those
    // requests need it until the server has stopped.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  wiring.readiness().stopping();
                  pause(Duration.ofMillis(config.operations().shutdownDelayMillis()));
                  wiring.close();
                  database.close();
                  // Writes the request lines still queued for the log's writer thread.
                  if (LoggerFactory.getILoggerFactory() instanceof LifeCycle logging) {
                    logging.stop();
                  }
                },
                "shutdown"));
    wiring.app().start(config.port());
    Optional<IssuedApiClient> firstClient = wiring.bootstrap();
    wiring.readiness().ready();
    firstClient.ifPresent(client -> announce(client, config));
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
