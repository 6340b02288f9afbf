package ctc.bench;

import io.javalin.Javalin;
import java.util.Map;

/**
 * The ceiling: a bare Javalin endpoint answering small JSON, run with the same JVM settings as the
 * server.
 */
public final class CeilingServer {

  private CeilingServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
              config.routes.get("/ceiling", ctx -> ctx.json(Map.of("id", "ceiling", "version", 1)));
            })
        .start("127.0.0.1", port);
  }
}
