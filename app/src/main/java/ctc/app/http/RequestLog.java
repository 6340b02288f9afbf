package ctc.app.http;

import static net.logstash.logback.argument.StructuredArguments.value;

import ctc.app.ops.Metrics;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Correlation ids, the request log and the request metrics. A request keeps the client's {@code
 * X-Correlation-ID} (or gets a new one), every response echoes it, and the log line carries it, in
 * the text and, as fields of the logging context (MDC), in the JSON format too. The log names the
 * route template, never the concrete path, query or body, so that token values and personal data
 * stay out of the log.
 */
final class RequestLog {

  static final String CORRELATION_ID = "X-Correlation-ID";
  private static final Pattern SAFE_ID = Pattern.compile("^[A-Za-z0-9._:/+=-]{1,128}$");
  private static final Logger LOG = LoggerFactory.getLogger("request");

  private RequestLog() {}

  static void install(JavalinConfig config, Metrics metrics) {
    config.routes.before(
        ctx -> {
          String given = ctx.header(CORRELATION_ID);
          String id = given != null && SAFE_ID.matcher(given).matches() ? given : "ctc-" + newId();
          ctx.attribute(CORRELATION_ID, id);
          ctx.header(CORRELATION_ID, id);
          // For whatever else this request logs on this thread (e.g. an unexpected failure).
          MDC.put("correlationId", id);
        });
    config.requestLogger.http(
        (ctx, millis) -> {
          String route = route(ctx);
          int status = ctx.status().getCode();
          metrics.request(ctx.method().name(), route, status, (long) (millis * 1_000_000));
          // The request's own fields come as arguments: the text shows their values, the JSON
          // format writes them as typed fields (so the context must not carry them twice).
          MDC.clear();
          LOG.info(
              "{} {} {} {}ms correlationId={}",
              ctx.method(),
              value("route", route),
              value("status", status),
              value("durationMs", Math.round(millis)),
              value("correlationId", ctx.<String>attribute(CORRELATION_ID)));
        });
  }

  /**
   * A random id in UUID form. It identifies a request in the logs and is no secret, so it comes
   * from the thread's fast generator rather than the locked system source of {@link
   * UUID#randomUUID}.
   */
  private static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new UUID(random.nextLong(), random.nextLong()).toString();
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
