package ctc.app.ops;

import ctc.domain.common.ServiceCounters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every metric the server exposes at {@code /metrics}, in one Prometheus registry: HTTP requests by
 * route template, method and status, the JVM, the connection pools (bound by the database) and the
 * service's own counters.
 */
public final class Metrics implements ServiceCounters, AutoCloseable {

  /** The Prometheus text format the registry writes by default. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  /**
   * Histogram buckets of request durations: a few fixed ones instead of Micrometer's percentile
   * histogram (about 70 buckets per series), enough for p50/p99 alerts on an API answering in
   * milliseconds.
   */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  /**
   * Timers by request, so that a request costs a map lookup and not the registry's id building.
   * Bounded: routes, methods and statuses are finite sets (an unmatched path counts as one route).
   */
  private final Map<RequestKey, Timer> requests = new ConcurrentHashMap<>();

  private final Counter signInsSucceeded = signIns("succeeded");
  private final Counter signInsFailed = signIns("failed");
  private final Counter tokensIssued =
      Counter.builder("ctc.access.tokens.issued")
          .description("Access tokens issued by the token endpoints")
          .register(registry);
  private final Counter conflicts =
      Counter.builder("ctc.concurrent.modifications")
          .description("Writes refused with 409 ConcurrentModification (optimistic concurrency)")
          .register(registry);
  private final Counter rateLimited =
      Counter.builder("ctc.rate.limited")
          .description("Requests refused with 429 by the sign-in and OAuth throttles")
          .register(registry);

  public Metrics() {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  private Counter signIns(String outcome) {
    return Counter.builder("ctc.sign.ins")
        .description("Sign-ins that reached the password check, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  /** The registry, for libraries that bind their own meters (the HikariCP pools). */
  public MeterRegistry registry() {
    return registry;
  }

  /**
   * One finished request.
   *
   * @param route the matched route template, or a fixed word for a request no route matched
   */
  public void request(String method, String route, int status, long nanos) {
    requests
        .computeIfAbsent(new RequestKey(method, route, status), this::timer)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer timer(RequestKey key) {
    return Timer.builder("http.server.requests")
        .description("HTTP requests by route template, method and status")
        .tag("method", key.method())
        .tag("uri", key.route())
        .tag("status", Integer.toString(key.status()))
        .tag("outcome", outcome(key.status()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private static String outcome(int status) {
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    return status >= 300 ? "REDIRECTION" : "SUCCESS";
  }

  @Override
  public void signIn(boolean succeeded) {
    (succeeded ? signInsSucceeded : signInsFailed).increment();
  }

  @Override
  public void accessTokenIssued() {
    tokensIssued.increment();
  }

  public void concurrentModification() {
    conflicts.increment();
  }

  public void rateLimited() {
    rateLimited.increment();
  }

  /** All metrics in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }

  private record RequestKey(String method, String route, int status) {}
}
