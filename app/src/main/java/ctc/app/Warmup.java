package ctc.app;

import ch.qos.logback.classic.Level;
import ctc.persistence.Database;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the server opens its port, the same code serves a private copy of itself, on a throwaway
 * in-memory database, with the requests a storefront and a back office send most: reads by id and
 * key, queries, updates, tokens. The JIT compiles those paths there, so the real server answers at
 * close to its steady rate from its first request instead of a twentieth of it. Nothing of the real
 * database is touched; the copy is gone before the real server starts.
 */
final class Warmup {

  private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
  private static final int CUSTOMERS = 50;

  /**
   * One client: on two cores, C2 compiles for some 35 s of CPU before the common paths settle, and
   * every busy request thread takes a share of the cores from it (with four clients its compiling
   * stayed near a full core for 40 s; with one it fell below a quarter after about 34 s).
   */
  private static final int THREADS = 1;

  /** The warm-up ends early once the compilers took less than this per second, three in a row. */
  private static final long QUIET_COMPILE_MILLIS = 250;

  private static final int QUIET_SECONDS = 3;
  private static final Duration LEAST = Duration.ofSeconds(5);

  private Warmup() {}

  /**
   * Runs the copy until the JIT is quiet, for {@code duration} at most; a failure is logged and
   * start-up goes on, only colder.
   */
  static long run(Duration duration) {
    if (duration.isZero()) {
      return 0;
    }
    long started = System.nanoTime();
    // The copy's requests, its start and its stop are not the server's: only its warnings and
    // errors are logged.
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.classic.Logger requests =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("request");
    Level rootLevel = root.getLevel();
    Level requestLevel = requests.getLevel();
    root.setLevel(Level.WARN);
    requests.setLevel(Level.OFF);
    long rounds;
    try {
      rounds = serve(duration);
    } finally {
      root.setLevel(rootLevel);
      requests.setLevel(requestLevel);
    }
    LOG.info(
        "JIT warm-up done in {} ms ({} rounds of requests)",
        (System.nanoTime() - started) / 1_000_000,
        rounds);
    return rounds;
  }

  /** The rounds of requests the copy answered; 0 when it could not start or serve. */
  private static long serve(Duration duration) {
    String secret = UUID.randomUUID().toString();
    AppConfig config =
        new AppConfig(
            0,
            null,
            Database.h2MemoryUrl("warmup-" + UUID.randomUUID()),
            null,
            null,
            THREADS + 2,
            4,
            "warmup",
            "warmup",
            secret,
            2,
            2000,
            AppConfig.DEFAULT_CACHE_ENTRIES,
            AppConfig.Messages.DEFAULTS,
            AppConfig.Medusa.OFF,
            // No graceful stop: nothing is in flight when the copy stops, and a graceful stop
            // (about 1.5 s here) overran the 1-s timeout it had.
            new AppConfig.Operations(null, 0, 0, 0),
            new AppConfig.Search(null, false, 1_000, false));
    long rounds = 0;
    try (Database database = Main.openDatabase(config)) {
      Wiring wiring = new Wiring(config, database, Clock.systemUTC());
      try {
        wiring.app().start("127.0.0.1", 0);
        wiring.bootstrap();
        rounds =
            exercise(
                "http://127.0.0.1:" + wiring.app().port(),
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(("warmup:" + secret).getBytes(StandardCharsets.UTF_8)),
                duration);
      } finally {
        wiring.close();
      }
    } catch (Exception e) {
      LOG.warn(
          "The JIT warm-up failed or its copy did not stop cleanly; the server starts anyway", e);
    }
    return rounds;
  }

  private static long exercise(String base, String basic, Duration duration) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String token = match(TOKEN, send(http, tokenRequest(base, basic)));
    String bearer = "Bearer " + token;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      ids.add(
          match(
              ID,
              send(
                  http,
                  json(base + "/warmup/customers", bearer)
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              """
                              {"email": "w%d@example.com", "password": "secret-%d", "key": "w%d",
                               "firstName": "W", "addresses": [{"country": "DE", "city": "c%d"}]}"""
                                  .formatted(i, i, i, i))))));
    }
    long started = System.nanoTime();
    long until = started + duration.toNanos();
    AtomicBoolean done = new AtomicBoolean();
    AtomicLong rounds = new AtomicLong();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        running.add(
            threads.submit(
                () -> {
                  while (!done.get() && System.nanoTime() < until) {
                    requests(http, base, basic, bearer, ids);
                    rounds.incrementAndGet();
                  }
                  return null;
                }));
      }
      awaitQuietJit(started, until);
      done.set(true);
      for (Future<?> thread : running) {
        thread.get();
      }
    } finally {
      threads.shutdownNow();
    }
    return rounds.get();
  }

  /**
   * Returns once the compilers were quiet for {@link #QUIET_SECONDS} seconds in a row after at
   * least {@link #LEAST}, or at {@code until}: a machine with more cores compiles sooner, and waits
   * less.
   */
  private static void awaitQuietJit(long started, long until) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
    long compiled = measurable ? jit.getTotalCompilationTime() : 0;
    int quiet = 0;
    while (System.nanoTime() < until) {
      Thread.sleep(Math.max(1, Math.min(1_000, (until - System.nanoTime()) / 1_000_000)));
      if (!measurable) {
        continue;
      }
      long now = jit.getTotalCompilationTime();
      quiet = now - compiled < QUIET_COMPILE_MILLIS ? quiet + 1 : 0;
      compiled = now;
      if (quiet >= QUIET_SECONDS && System.nanoTime() - started >= LEAST.toNanos()) {
        return;
      }
    }
  }

  /** One round of the common requests, against a random customer. */
  private static void requests(
      HttpClient http, String base, String basic, String bearer, List<String> ids)
      throws IOException, InterruptedException {
    int i = ThreadLocalRandom.current().nextInt(ids.size());
    int name = ThreadLocalRandom.current().nextInt();
    String customer = base + "/warmup/customers/" + ids.get(i);
    for (int round = 0; round < 20; round++) {
      send(http, json(customer, bearer).GET());
      send(http, json(base + "/warmup/customers/key=w" + i, bearer).GET());
    }
    send(
        http,
        json(base + "/warmup/customers?where=email%3D%22w" + i + "%40example.com%22", bearer)
            .GET());
    String current = send(http, json(customer, bearer).GET());
    Matcher version = VERSION.matcher(current);
    if (version.find()) {
      send(
          http,
          json(customer, bearer)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      """
                      {"version": %s, "actions": [{"action": "setFirstName", "firstName": "W%d"}]}"""
                          .formatted(version.group(1), name))));
    }
    send(http, tokenRequest(base, basic));
  }

  private static HttpRequest.Builder tokenRequest(String base, String basic) {
    return HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
        .header("Authorization", basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
  }

  private static HttpRequest.Builder json(String uri, String bearer) {
    return HttpRequest.newBuilder(URI.create(uri))
        .header("Authorization", bearer)
        .header("Content-Type", "application/json");
  }

  private static String send(HttpClient http, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String match(Pattern pattern, String body) {
    Matcher matcher = pattern.matcher(body);
    if (!matcher.find()) {
      throw new IllegalStateException("Unexpected warm-up answer: " + body);
    }
    return matcher.group(1);
  }
}
