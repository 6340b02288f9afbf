package ctc.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.app.openapi.OpenApiDocument;
import ctc.app.ops.Metrics;
import ctc.app.ops.Readiness;
import ctc.domain.error.Errors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * What operators and integrators use beside the API, all without an OAuth token: liveness,
 * readiness, metrics (behind METRICS_TOKEN when that is set), the OpenAPI document and its viewer.
 */
public final class OperationsRoutes {

  private static final String SWAGGER_UI = "org.webjars/swagger-ui";

  private final BooleanSupplier databaseUp;
  private final Readiness readiness;
  private final Metrics metrics;
  private final byte[] metricsToken;
  private final String docsPage;
  private volatile byte[] openApiJson;
  private volatile byte[] openApiYaml;

  /**
   * @param metricsToken the bearer token /metrics requires, or null for none
   */
  public OperationsRoutes(
      BooleanSupplier databaseUp, Readiness readiness, Metrics metrics, String metricsToken) {
    this.databaseUp = databaseUp;
    this.readiness = readiness;
    this.metrics = metrics;
    this.metricsToken = metricsToken == null ? null : metricsToken.getBytes(StandardCharsets.UTF_8);
    this.docsPage = docsPage(webjarVersion(SWAGGER_UI));
  }

  void register(RoutesConfig routes) {
    routes.get(
        "/health",
        ctx -> {
          boolean up = databaseUp.getAsBoolean();
          ctx.status(up ? 200 : 503).json(new Health(up ? "UP" : "DOWN"));
        },
        Access.PUBLIC);
    routes.get(
        "/health/ready",
        ctx -> {
          Readiness.State state = readiness.state();
          boolean ready = state == Readiness.State.READY && databaseUp.getAsBoolean();
          ctx.status(ready ? 200 : 503).json(new Health(ready ? "READY" : state.name()));
        },
        Access.PUBLIC);
    routes.get("/metrics", this::metrics, Access.PUBLIC);
    routes.get(
        "/openapi.json",
        ctx -> ctx.contentType("application/json").result(openApiJson),
        Access.PUBLIC);
    routes.get(
        "/openapi.yaml",
        ctx -> ctx.contentType("application/yaml").result(openApiYaml),
        Access.PUBLIC);
    routes.get("/docs", ctx -> ctx.html(docsPage), Access.PUBLIC);
  }

  /** Serves this document; called once the router knows every route. */
  void publish(OpenApiDocument document, ObjectMapper mapper) {
    this.openApiJson = document.json(mapper);
    this.openApiYaml = document.yaml();
  }

  private void metrics(Context ctx) {
    if (metricsToken != null) {
      String given = ctx.header("Authorization");
      byte[] presented = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
      byte[] expected =
          ("Bearer " + new String(metricsToken, StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.UTF_8);
      if (!MessageDigest.isEqual(presented, expected)) {
        throw given == null ? Errors.missingToken() : Errors.invalidToken();
      }
    }
    ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape());
  }

  /**
   * Swagger UI from its webjar in this jar (no internet needed), on this server's document. Its
   * "Authorize" runs the client-credentials flow against /oauth/token.
   */
  private static String docsPage(String version) {
    String assets = "/webjars/swagger-ui/" + version;
    return """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Customer service API</title>
          <link rel="stylesheet" href="%1$s/swagger-ui.css">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="%1$s/swagger-ui-bundle.js"></script>
          <script>
            window.ui = SwaggerUIBundle({
              url: "/openapi.json",
              dom_id: "#swagger-ui",
              deepLinking: true,
              persistAuthorization: true,
              oauth2RedirectUrl: window.location.origin + "%1$s/oauth2-redirect.html"
            });
          </script>
        </body>
        </html>
        """
        .formatted(assets);
  }

  private static String webjarVersion(String webjar) {
    String resource = "META-INF/maven/" + webjar + "/pom.properties";
    try (InputStream in = OperationsRoutes.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Health(String status) {}
}
