package ctc.app.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Correlation ids and the request log. A request keeps the client's {@code X-Correlation-ID} (or
 * gets a new one), every response echoes it, and the log line carries it. The log names the route
 * template, never the concrete path, query or body, so that token values and personal data stay out
 * of the log.
 */
final class RequestLog {

  static final String CORRELATION_ID = "X-Correlation-ID";
  private static final Pattern SAFE_ID = Pattern.compile("^[A-Za-z0-9._:/+=-]{1,128}$");
  private static final Logger LOG = LoggerFactory.getLogger("request");

  private RequestLog() {}

  static void install(JavalinConfig config) {
    config.routes.before(
        ctx -> {
          String given = ctx.header(CORRELATION_ID);
          String id =
              given != null && SAFE_ID.matcher(given).matches()
                  ? given
                  : "ctc-" + UUID.randomUUID();
          ctx.attribute(CORRELATION_ID, id);
          ctx.header(CORRELATION_ID, id);
        });
    config.requestLogger.http(
        (ctx, millis) ->
            LOG.info(
                "{} {} {} {}ms correlationId={}",
                ctx.method(),
                route(ctx),
                ctx.status().getCode(),
                Math.round(millis),
                ctx.<String>attribute(CORRELATION_ID)));
  }

  /** The matched route template, e.g. {@code /{projectKey}/customers/{id}}. */
  static String route(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException e) {
      return "(no route)";
    }
  }
}
