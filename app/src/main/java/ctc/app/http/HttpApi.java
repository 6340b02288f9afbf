package ctc.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.app.openapi.ApiTypes;
import ctc.app.openapi.OpenApiDocument;
import ctc.app.ops.Metrics;
import ctc.domain.auth.OAuthServer;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.handler.GracefulHandler;

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
      MessageRoutes messages,
      StorePaths storePaths,
      MedusaRoutes medusa,
      OperationsRoutes operations) {}

  private HttpApi() {}

  /**
   * @param shutdownTimeout how long a stop waits for requests in flight, new connections refused
   */
  public static Javalin create(
      ObjectMapper mapper,
      OAuthServer oauth,
      Endpoints endpoints,
      Metrics metrics,
      Duration shutdownTimeout) {
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(mapper, false));
              config.http.maxRequestSize = MAX_BODY_BYTES;
              config.http.prefer405over404 = true;
              config.http.compressionStrategy = CompressionStrategy.GZIP;
              // Javalin copies each answer to the response through a buffer of this size,
              // allocated per answer; unset, it is Jetty's 32 KiB output buffer, which made most of
              // a GET's allocation. Jetty still buffers up to 32 KiB before it writes.
              config.http.responseBufferSize = 4_096;
              config.router.ignoreTrailingSlashes = true;
              config.jetty.modifyServer(
                  server -> {
                    server.setErrorHandler(new JettyErrors(mapper));
                    // Javalin nests its handlers inside: on stop, Jetty closes the connectors and
                    // this handler lets the requests in flight finish, up to the stop timeout.
                    server.setHandler(new GracefulHandler());
                    server.setStopTimeout(shutdownTimeout.toMillis());
                  });
              // The docs page's assets (Swagger UI), public like the page itself.
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/webjars";
                    files.directory = "META-INF/resources/webjars";
                    files.location = Location.CLASSPATH;
                    files.headers = Map.of("Cache-Control", "max-age=86400");
                    files.roles = Set.of(Access.PUBLIC);
                  });
              ErrorHandling.install(config, metrics);
              RequestLog.install(config, metrics);
              // One filter for every check before the handler: Javalin extracts the path
              // parameters again for each filter that runs on a route with parameters.
              config.routes.beforeMatched(
                  ctx -> {
                    if (!Authentication.check(ctx, oauth)) {
                      endpoints.storePaths().require(ctx);
                    }
                    if (!MedusaRoutes.isFacade(ctx)) {
                      Expansion.requireBounded(ctx);
                    }
                  });
              // Javalin tries the routes of a method one by one in this order, so the busiest
              // (customers, credentials, /me, and search, which must precede customers/{id}) come
              // first. None of them matches a path of the routes after them.
              endpoints.search().register(config.routes);
              for (String prefix : PREFIXES) {
                endpoints.credentials().register(config.routes, prefix);
                endpoints.customers().register(config.routes, prefix);
                endpoints.me().register(config.routes, prefix);
              }
              endpoints.operations().register(config.routes);
              endpoints.oauth().register(config.routes);
              endpoints.apiClients().register(config.routes);
              endpoints.resources().forEach(resource -> resource.register(config.routes));
              endpoints.messages().register(config.routes);
              endpoints.medusa().register(config.routes);
            });
    endpoints
        .operations()
        .publish(OpenApiDocument.assemble(mapper, ApiTypes.ALL, routes(app)), mapper);
    return app;
  }

  /** Every HTTP route the router holds, with the scope it declares. */
  public static List<OpenApiDocument.Route> routes(Javalin app) {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .filter(endpoint -> !fallback(endpoint.metadata(Roles.class)))
        .map(
            endpoint ->
                new OpenApiDocument.Route(
                    endpoint.method.name().toLowerCase(Locale.ROOT),
                    endpoint.path,
                    security(endpoint.metadata(Roles.class))))
        .toList();
  }

  /** The facade's catch-all, which answers paths that are no operation. */
  private static boolean fallback(Roles roles) {
    return roles != null && roles.getRoles().contains(MedusaRoutes.FacadeRoute.FALLBACK);
  }

  private static OpenApiDocument.Security security(Roles roles) {
    Set<RouteRole> declared = roles == null ? Set.of() : roles.getRoles();
    for (RouteRole role : declared) {
      if (role instanceof Access.Needs needs) {
        return new OpenApiDocument.Security.Scope(needs.permission().scopeName());
      }
      if (role instanceof Access.NeedsCustomer needs) {
        return new OpenApiDocument.Security.Scope(needs.permission().scopeName());
      }
      if (role instanceof Access.Public) {
        return new OpenApiDocument.Security.Public();
      }
    }
    return new OpenApiDocument.Security.AsDocumented();
  }
}
