package ctc.app;

import java.time.Clock;

/** Starts the server with the settings from the environment. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    AppConfig config = AppConfig.fromEnvironment(System.getenv());
    Wiring wiring = new Wiring(config, Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(wiring::close, "shutdown"));
    wiring.app().start(config.port());
  }
}
