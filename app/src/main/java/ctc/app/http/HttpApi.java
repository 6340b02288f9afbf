package ctc.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.domain.auth.OAuthServer;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Builds the unstarted Javalin application: configuration, errors, logging, authentication and
 * every route.
 */
public final class HttpApi {

  /** Contract: request bodies over 1 MiB are refused with 413. */
  static final long MAX_BODY_BYTES = 1024 * 1024;

  /** {@link #MAX_BODY_BYTES} as the 413 message shows it. */
  static final String MAX_BODY_SIZE = "1 MiB";

  /**
   * The scope prefixes every customer route is registered under: the project, and one of its
   * stores.
   */
  private static final List<String> PREFIXES =
      List.of("/{projectKey}", "/{projectKey}/in-store/key={storeKey}");

  /** The route groups of the application. */
  public record Endpoints(
      OAuthRoutes oauth,
      ApiClientRoutes apiClients,
      List<ResourceRoutes<?, ?, ?>> resources,
      CredentialRoutes credentials,
      CustomerRoutes customers,
      SearchRoutes search,
      MeRoutes me,
      StorePaths storePaths) {}

  private HttpApi() {}

  public static Javalin create(
      ObjectMapper mapper, OAuthServer oauth, Endpoints endpoints, BooleanSupplier databaseUp) {
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.jsonMapper(new JavalinJackson(mapper, false));
          config.http.maxRequestSize = MAX_BODY_BYTES;
          config.http.prefer405over404 = true;
          config.http.compressionStrategy = CompressionStrategy.GZIP;
          config.router.ignoreTrailingSlashes = true;
          config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(mapper)));
          ErrorHandling.install(config);
          RequestLog.install(config);
          Authentication.install(config, oauth);
          endpoints.storePaths().install(config);
          config.routes.beforeMatched(Expansion::requireBounded);
          config.routes.get(
              "/health",
              ctx -> {
                boolean up = databaseUp.getAsBoolean();
                ctx.status(up ? 200 : 503).json(new Health(up ? "UP" : "DOWN"));
              },
              Access.PUBLIC);
          endpoints.oauth().register(config.routes);
          endpoints.apiClients().register(config.routes);
          endpoints.resources().forEach(resource -> resource.register(config.routes));
          endpoints.search().register(config.routes);
          for (String prefix : PREFIXES) {
            endpoints.credentials().register(config.routes, prefix);
            endpoints.customers().register(config.routes, prefix);
            endpoints.me().register(config.routes, prefix);
          }
        });
  }

  private record Health(String status) {}
}
