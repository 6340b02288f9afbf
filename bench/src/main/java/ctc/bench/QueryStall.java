package ctc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Issue 11, point 3: do expensive queries stall the other endpoints? Starts the server jar on a
 * fresh H2 file database, seeds customers with five addresses each through the API, then fires
 * twelve {@code addresses(phone = …) or …} queries at once (100 terms, the most a query may have;
 * the issue measured 200) while probing {@code /health} and a GET by id, and prints how long each
 * took. Run: {@code java -cp bench/target/bench.jar ctc.bench.QueryStall [-n customers] [--terms t]
 * [--port p] [--server-jar jar]}.
 */
public final class QueryStall {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT_ID = "stall-admin";
  private static final String CLIENT_SECRET = "stall-secret-not-for-production";
  private static final int ADDRESSES = 5;
  private static final int QUERIES = 12;
  private static final int WARM_UP_QUERIES = 5;

  private final int terms;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private QueryStall(int terms) {
    this.terms = terms;
  }

  /** The status recorded for a request this client gave up on (after 60 s). */
  private static final int TIMED_OUT = -1;

  /** One timed request. */
  private record Timed(int status, double millis) {}

  public static void main(String[] args) throws Exception {
    int customers = 5_000;
    int terms = 100;
    int port = 18300;
    String serverJar = "app/target/customer-service.jar";
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "-n" -> customers = Integer.parseInt(args[i + 1]);
        case "--terms" -> terms = Integer.parseInt(args[i + 1]);
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--server-jar" -> serverJar = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    new QueryStall(terms).run(customers, port, serverJar);
  }

  private void run(int customers, int port, String serverJar) throws Exception {
    ServerProcess.jar(serverJar);
    Path work = Files.createTempDirectory("ctc-stall");
    try (ServerProcess server =
        ServerProcess.start(
            ServerProcess.java("256m", "-jar", serverJar),
            Map.of(
                "PORT",
                Integer.toString(port),
                "DATA_DIR",
                work.toString(),
                "BCRYPT_COST",
                "4",
                "ADMIN_CLIENT_ID",
                CLIENT_ID,
                "ADMIN_CLIENT_SECRET",
                CLIENT_SECRET),
            port,
            work.resolve("server.log"))) {
      String auth = "Bearer " + token(server);
      String base = server.base() + "/default/customers";
      long started = System.nanoTime();
      List<String> ids = seed(base, auth, customers);
      System.out.printf(
          "Seeded %,d customers with %,d addresses in %.1f s (data in %s)%n",
          customers, customers * ADDRESSES, (System.nanoTime() - started) / 1e9, work);

      String id = ids.get(0);
      System.out.printf(
          "Quiet: /health %.1f ms, GET by id %.1f ms, the first expensive query %s%n",
          time(server.base() + "/health", null).millis(),
          time(base + "/" + id, auth).millis(),
          describe(time(base + "?where=" + expensiveWhere(customers), auth)));
      // The server was only seeded so far: query code paths are still interpreted, not yet
      // compiled.
      List<Timed> warmUp = new ArrayList<>();
      for (int i = 0; i < WARM_UP_QUERIES; i++) {
        warmUp.add(time(base + "?where=" + expensiveWhere(customers), auth));
      }
      System.out.printf(
          "Then, one at a time: %s%n",
          warmUp.stream().map(QueryStall::describe).collect(Collectors.joining(", ")));

      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService threads = Executors.newFixedThreadPool(QUERIES + 2);
      try {
        Future<List<Timed>> health =
            threads.submit(() -> probe(running, server.base() + "/health", null));
        Future<List<Timed>> byId = threads.submit(() -> probe(running, base + "/" + id, auth));
        List<Future<Timed>> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
          queries.add(
              threads.submit(() -> time(base + "?where=" + expensiveWhere(customers), auth)));
        }
        List<Timed> answers = new ArrayList<>();
        for (Future<Timed> query : queries) {
          answers.add(query.get());
        }
        running.set(false);
        System.out.printf(
            "%d concurrent %d-term queries: %s%n",
            QUERIES,
            terms,
            answers.stream()
                .sorted((a, b) -> Double.compare(a.millis(), b.millis()))
                .map(QueryStall::describe)
                .collect(Collectors.joining(", ")));
        System.out.printf(
            "  slowest query %.0f ms%n",
            answers.stream().mapToDouble(Timed::millis).max().orElse(0));
        summarize("/health meanwhile", health.get());
        summarize("GET by id meanwhile", byId.get());
      } finally {
        threads.shutdownNow();
      }
    }
  }

  /**
   * Requests the URL again and again (one at a time, 50 ms apart) until the queries are answered.
   */
  private List<Timed> probe(AtomicBoolean running, String url, String auth) throws Exception {
    List<Timed> times = new ArrayList<>();
    while (running.get()) {
      times.add(time(url, auth));
      ServerProcess.sleep(50);
    }
    return times;
  }

  private static void summarize(String name, List<Timed> times) {
    List<Double> millis = times.stream().map(Timed::millis).sorted().toList();
    long failed = times.stream().filter(t -> t.status() != 200).count();
    System.out.printf(
        "  %-20s %d requests, median %.0f ms, max %.0f ms, non-200: %d%n",
        name,
        millis.size(),
        millis.isEmpty() ? 0 : millis.get(millis.size() / 2),
        millis.isEmpty() ? 0 : Collections.max(millis),
        failed);
  }

  private static String describe(Timed timed) {
    return timed.status() == TIMED_OUT
        ? String.format("no answer after %.0f ms", timed.millis())
        : String.format("%d in %.0f ms", timed.status(), timed.millis());
  }

  /** Phone numbers, half of them of stored addresses, joined with or. */
  private String expensiveWhere(int customers) {
    String where =
        IntStream.range(0, terms)
            .mapToObj(
                i ->
                    "addresses(phone = \""
                        + ThreadLocalRandom.current().nextInt(customers * ADDRESSES * 2)
                        + "\")")
            .collect(Collectors.joining(" or "));
    return URLEncoder.encode(where, StandardCharsets.UTF_8);
  }

  private List<String> seed(String url, String auth, int customers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < customers; i++) {
        int number = i;
        futures.add(
            pool.submit(
                () -> {
                  HttpResponse<String> reply = post(url, auth, draft(number));
                  if (reply.statusCode() != 201) {
                    throw new IOException("Seeding failed: " + reply.body());
                  }
                  return JSON.readTree(reply.body()).get("customer").get("id").asText();
                }));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> future : futures) {
        ids.add(future.get());
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String draft(int number) {
    String addresses =
        IntStream.range(0, ADDRESSES)
            .mapToObj(
                j ->
                    "{\"country\": \"DE\", \"city\": \"city-"
                        + number
                        + "\", \"phone\": \""
                        + (number * ADDRESSES + j)
                        + "\"}")
            .collect(Collectors.joining(", ", "[", "]"));
    return "{\"email\": \"stall-"
        + number
        + "@example.com\", \"password\": \"pw\", \"addresses\": "
        + addresses
        + "}";
  }

  private String token(ServerProcess server) throws Exception {
    return ClientCredentials.token(http, server.base(), CLIENT_ID, CLIENT_SECRET);
  }

  private Timed time(String url, String auth) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    long start = System.nanoTime();
    try {
      int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      return new Timed(status, (System.nanoTime() - start) / 1e6);
    } catch (HttpTimeoutException e) {
      return new Timed(TIMED_OUT, (System.nanoTime() - start) / 1e6);
    }
  }

  private HttpResponse<String> post(String url, String auth, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", auth)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
