package ctc.app.http;

import ctc.app.json.ErrorResponse;
import ctc.app.ops.Metrics;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.Throttled;
import ctc.domain.error.Errors;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that writes error bodies: every failure leaves as the commercetools error JSON
 * (contract §E1).
 */
final class ErrorHandling {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

  private ErrorHandling() {}

  static void install(JavalinConfig config, Metrics metrics) {
    config.routes.exception(
        CommercetoolsException.class,
        (e, ctx) -> {
          if (e.error() instanceof ConcurrentModificationError) {
            metrics.concurrentModification();
          } else if (e.error() instanceof Throttled) {
            metrics.rateLimited();
          }
          write(ctx, e);
        });
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          if (e.getStatus() == 413) {
            // The unread rest of the body makes the connection unusable: say so, or a client reuses
            // it and fails.
            ctx.header("Connection", "close");
          }
          write(ctx, fromHttp(ctx, e.getStatus()));
        });
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("Unexpected failure of {} {}", ctx.method(), RequestLog.route(ctx), e);
          write(ctx, Errors.unexpected());
        });
  }

  private static CommercetoolsException fromHttp(Context ctx, int status) {
    return switch (status) {
      case 404 -> Errors.routeNotFound(ctx.method().name(), ctx.path());
      case 405 -> Errors.methodNotAllowed(ctx.method().name(), ctx.path());
      case 413 -> Errors.bodyTooLarge(HttpApi.MAX_BODY_SIZE);
      default -> Errors.httpStatus(status);
    };
  }

  private static void write(Context ctx, CommercetoolsException e) {
    if (e.error() instanceof Throttled throttled) {
      ctx.header("Retry-After", Long.toString(throttled.retryAfterSeconds()));
    }
    ctx.status(e.statusCode()).json(ErrorResponse.of(e));
  }
}
