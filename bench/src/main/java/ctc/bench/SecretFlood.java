package ctc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Does guessing client secrets starve real traffic? Starts the real server jar (bcrypt cost 10, a
 * bootstrap client with a chosen secret), then, for each kind of target, floods {@code POST
 * /oauth/token} with wrong secrets from 32 connections for 6 s while one connection reads a
 * customer by id with a valid token, back to back, and prints the read's p50/p90/p99 beside the
 * same figures with no flood.
 *
 * <pre>
 * java -cp bench/target/bench.jar ctc.bench.SecretFlood [--server-jar FILE] [--port N] [-c N] [-d SECONDS]
 * </pre>
 */
public final class SecretFlood {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROJECT = "bench";
  private static final String ADMIN_ID = "bench-admin";
  private static final String ADMIN_SECRET = "a-chosen-bench-secret";

  private final HttpClient reader = client();
  private final int connections;
  private final Duration duration;

  private SecretFlood(int connections, Duration duration) {
    this.connections = connections;
    this.duration = duration;
  }

  public static void main(String[] args) throws Exception {
    String jar = "app/target/customer-service.jar";
    int port = 18_400;
    int connections = 32;
    int seconds = 6;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--server-jar" -> jar = args[++i];
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "-c" -> connections = Integer.parseInt(args[++i]);
        case "-d" -> seconds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    ServerProcess.jar(jar);
    Path work = Files.createTempDirectory("ctc-secret-flood");
    try (ServerProcess server =
        ServerProcess.start(
            ServerProcess.java("256m", "-jar", jar),
            Map.of(
                "PORT",
                Integer.toString(port),
                "DATA_DIR",
                work.toString(),
                "BCRYPT_COST",
                "10",
                "ADMIN_CLIENT_ID",
                ADMIN_ID,
                "ADMIN_CLIENT_SECRET",
                ADMIN_SECRET,
                "DEFAULT_PROJECT_KEY",
                PROJECT),
            port,
            work.resolve("server.log"))) {
      new SecretFlood(connections, Duration.ofSeconds(seconds)).run(server.base());
    }
  }

  private void run(String base) throws Exception {
    String auth = "Bearer " + token(base, ADMIN_ID, ADMIN_SECRET);
    HttpResponse<String> created =
        reader.send(
            HttpRequest.newBuilder(URI.create(base + "/" + PROJECT + "/customers"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"flood@example.com\", \"password\": \"pw\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String readUrl =
        base
            + "/"
            + PROJECT
            + "/customers/"
            + JSON.readTree(created.body()).get("customer").get("id").asText();
    HttpResponse<String> generated =
        reader.send(
            HttpRequest.newBuilder(URI.create(base + "/" + PROJECT + "/api-clients"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"flood\", \"scope\": \"view_customers:" + PROJECT + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String generatedId = JSON.readTree(generated.body()).get("id").asText();

    read(readUrl, auth, Duration.ofSeconds(3));
    System.out.printf(
        "Reads of one customer by id during %d s; %d connections flood /oauth/token with wrong "
            + "secrets%n%n",
        duration.toSeconds(), connections);
    System.out.printf(
        "%-38s %10s %10s %8s %8s %8s%n",
        "flood target", "guesses/s", "reads", "p50 ms", "p90 ms", "p99 ms");
    print("none (idle)", 0, read(readUrl, auth, duration));
    flood(readUrl, auth, base, "chosen secret (bootstrap, bcrypt)", c -> ADMIN_ID);
    flood(readUrl, auth, base, "generated secret (API client)", c -> generatedId);
    flood(readUrl, auth, base, "unknown client ids", c -> "unknown-" + c);
  }

  private interface Target {
    String clientId(int connection);
  }

  private void flood(String readUrl, String auth, String base, String name, Target target)
      throws Exception {
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong guesses = new AtomicLong();
    Map<Integer, Long> statuses = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int connection = c;
      Thread thread =
          new Thread(
              () -> {
                HttpClient http = client();
                long n = 0;
                while (System.nanoTime() < end) {
                  String basic =
                      Base64.getEncoder()
                          .encodeToString(
                              (target.clientId(connection) + ":wrong-" + connection + "-" + n++)
                                  .getBytes(StandardCharsets.UTF_8));
                  try {
                    HttpResponse<Void> reply =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                        "grant_type=client_credentials"))
                                .build(),
                            HttpResponse.BodyHandlers.discarding());
                    statuses.merge(reply.statusCode(), 1L, Long::sum);
                    guesses.incrementAndGet();
                  } catch (Exception e) {
                    statuses.merge(-1, 1L, Long::sum);
                  }
                }
              },
              "flood-" + c);
      threads.add(thread);
      thread.start();
    }
    long[] latencies = read(readUrl, auth, duration);
    for (Thread thread : threads) {
      thread.join();
    }
    print(name, guesses.get() / (double) duration.toSeconds(), latencies);
    System.out.printf("%-38s statuses of the guesses: %s%n", "", new TreeMap<>(statuses));
  }

  /** Back-to-back reads for the given time; answers their latencies in nanoseconds, sorted. */
  private long[] read(String url, String auth, Duration time) throws Exception {
    long end = System.nanoTime() + time.toNanos();
    long[] latencies = new long[1 << 12];
    int count = 0;
    while (System.nanoTime() < end) {
      long before = System.nanoTime();
      HttpResponse<Void> reply =
          reader.send(
              HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
              HttpResponse.BodyHandlers.discarding());
      if (reply.statusCode() != 200) {
        throw new IllegalStateException("The read answered " + reply.statusCode());
      }
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = System.nanoTime() - before;
    }
    long[] sorted = Arrays.copyOf(latencies, count);
    Arrays.sort(sorted);
    return sorted;
  }

  private static void print(String name, double guessesPerSecond, long[] sorted) {
    System.out.printf(
        "%-38s %10.0f %10d %8.2f %8.2f %8.2f%n",
        name,
        guessesPerSecond,
        sorted.length,
        percentile(sorted, 0.50),
        percentile(sorted, 0.90),
        percentile(sorted, 0.99));
  }

  private static double percentile(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.max(0, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  private String token(String base, String id, String secret) throws Exception {
    return ClientCredentials.token(reader, base, id, secret);
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }
}
