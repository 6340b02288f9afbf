package ctc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customer Search throughput and latency (README, "Benchmark"): starts the server jar on a fresh H2
 * file database with search off, seeds customers with generated names and cities through the API,
 * restarts it with search on and times the build of the index from the database, then measures
 * {@code fullText}, {@code fuzzy} and {@code fullTextPrefix} searches from this process.
 *
 * <p>Options: {@code -n} customers (100,000), {@code -c} connections (8), {@code -d}/{@code -w}
 * seconds measured and warm-up (10/3), {@code --heap} (256m), {@code --server-jar}, {@code --port}
 * (18600), {@code --reuse DIR} to measure again on the data directory of an earlier run (its
 * temporary directory is kept) instead of seeding.
 */
public final class SearchRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT_ID = "bench-admin";
  private static final String CLIENT_SECRET = "bench-secret-not-for-production";
  private static final String PROJECT = "default";

  /** Syllables of the generated names: some thousand distinct last names, near misses included. */
  private static final String[] SYLLABLES = {
    "an", "bel", "cor", "dan", "el", "fen", "gar", "hol", "is", "jon", "kel", "lor", "mar", "nor",
    "os", "per", "quin", "ros", "sam", "tor", "ul", "ven", "wil", "xan", "yor", "zel"
  };

  private static final String[] CITIES = {
    "Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf", "Leipzig",
    "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Duisburg", "Bochum"
  };

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private int customers = 100_000;
  private int connections = 8;
  private Duration measure = Duration.ofSeconds(10);
  private Duration warmup = Duration.ofSeconds(3);
  private String heap = "256m";
  private String serverJar = "app/target/customer-service.jar";
  private int port = 18_600;
  private Path reuse;

  public static void main(String[] args) throws Exception {
    SearchRun run = new SearchRun();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-n" -> run.customers = Integer.parseInt(args[++i]);
        case "-c" -> run.connections = Integer.parseInt(args[++i]);
        case "-d" -> run.measure = Duration.ofSeconds(Integer.parseInt(args[++i]));
        case "-w" -> run.warmup = Duration.ofSeconds(Integer.parseInt(args[++i]));
        case "--heap" -> run.heap = args[++i];
        case "--server-jar" -> run.serverJar = args[++i];
        case "--port" -> run.port = Integer.parseInt(args[++i]);
        case "--reuse" -> run.reuse = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    run.run();
  }

  /** The generated first name of customer {@code i}: one of 26 × 26 two-syllable names. */
  static String firstName(int i) {
    return capital(SYLLABLES[i % 26] + SYLLABLES[(i / 26) % 26]);
  }

  /** The generated last name of customer {@code i}: one of 26³ three-syllable names. */
  static String lastName(int i) {
    int n = (int) ((i * 2_654_435_761L) % (26 * 26 * 26));
    return capital(SYLLABLES[n % 26] + SYLLABLES[(n / 26) % 26] + SYLLABLES[n / 676]);
  }

  private static String capital(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** One typo: two adjacent characters swapped, in the middle of the word. */
  static String typo(String word) {
    int at = word.length() / 2;
    return word.substring(0, at - 1)
        + word.charAt(at)
        + word.charAt(at - 1)
        + word.substring(at + 1);
  }

  private void run() throws Exception {
    ServerProcess.jar(serverJar);
    Path work = reuse != null ? reuse : Files.createTempDirectory("ctc-search-bench");
    Path results = Path.of("bench", "results");
    Files.createDirectories(results);
    System.out.printf(
        "Search benchmark: %,d customers, %d connections, %s per query after %s warm-up, heap %s%n",
        customers, connections, measure, warmup, heap);

    try (ServerProcess server = server(work, results.resolve("search-server.log"))) {
      String auth = "Bearer " + token(server);
      String url = server.base() + "/" + PROJECT + "/customers/search";
      long started = System.nanoTime();
      if (reuse == null) {
        seed(server.base(), auth);
        System.out.printf(
            "Seeded %,d customers in %.1f s%n", customers, (System.nanoTime() - started) / 1e9);
      }
      long seeded = System.nanoTime();
      while (total(url, auth) != customers) {
        ServerProcess.sleep(20);
      }
      System.out.printf(
          "Search saw the last of them %.2f s after the last create was answered%n",
          (System.nanoTime() - seeded) / 1e9);

      List<LoadRun.Result> rows = new ArrayList<>();
      LoadRun.run(
          "warm-up", connections, warmup.multipliedBy(3), Duration.ZERO, c -> fullText(url, auth));
      // The same route, token check and JSON answer without any search: what the HTTP layer allows.
      rows.add(measure("HEAD (token check only)", c -> head(url, auth)));
      rows.add(measure("fullText all (2 terms)", c -> fullText(url, auth)));
      rows.add(measure("fuzzy all level 1 (2 typos)", c -> fuzzy(url, auth)));
      rows.add(measure("fullTextPrefix lastName", c -> prefix(url, auth)));
      System.out.printf(
          Locale.ROOT,
          "%n%-28s %12s %9s %9s %9s %8s%n",
          "query",
          "searches/s",
          "p50 ms",
          "p99 ms",
          "p99.9 ms",
          "errors");
      for (LoadRun.Result row : rows) {
        System.out.printf(
            Locale.ROOT,
            "%-28s %12.0f %9.2f %9.2f %9.2f %8d%n",
            row.operation(),
            row.perSecond(),
            row.p50(),
            row.p99(),
            row.p999(),
            row.errors());
      }
      System.out.printf("Server peak RSS %d MiB%n", server.peakRssMib());
    }
  }

  private int fullText(String url, String auth) throws Exception {
    int i = pick();
    return post(
        url,
        auth,
        "{\"query\": {\"fullText\": {\"field\": \"all\", \"value\": \""
            + firstName(i)
            + " "
            + lastName(i)
            + "\"}}}");
  }

  private int fuzzy(String url, String auth) throws Exception {
    int i = pick();
    return post(
        url,
        auth,
        "{\"query\": {\"fuzzy\": {\"field\": \"all\", \"level\": 1, \"value\": \""
            + typo(firstName(i))
            + " "
            + typo(lastName(i))
            + "\"}}}");
  }

  private int prefix(String url, String auth) throws Exception {
    int i = pick();
    String last = lastName(i);
    return post(
        url,
        auth,
        "{\"query\": {\"fullTextPrefix\": {\"field\": \"lastName\", \"value\": \""
            + last.substring(0, 4)
            + "\"}}}");
  }

  private int pick() {
    return ThreadLocalRandom.current().nextInt(customers);
  }

  private LoadRun.Result measure(String name, LoadRun.Call call) throws InterruptedException {
    LoadRun.Result result = LoadRun.run(name, connections, warmup, measure, call);
    System.out.printf("  %-28s %,10.0f searches/s%n", name, result.perSecond());
    return result;
  }

  private ServerProcess server(Path work, Path log) throws IOException {
    return ServerProcess.start(
        ServerProcess.java(heap, "-jar", serverJar),
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
            CLIENT_SECRET,
            "DEFAULT_PROJECT_KEY",
            PROJECT),
        port,
        log);
  }

  private void seed(String base, String auth) throws Exception {
    String url = base + "/" + PROJECT + "/customers";
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < customers; i++) {
        int number = i;
        futures.add(
            pool.submit(
                () -> {
                  int status = post(url, auth, draft(number));
                  if (status != 201) {
                    throw new IOException("Seeding failed with " + status);
                  }
                  return status;
                }));
      }
      for (Future<Integer> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String draft(int i) {
    return "{\"email\": \"c"
        + i
        + "@example.com\", \"password\": \"pw\", \"firstName\": \""
        + firstName(i)
        + "\", \"lastName\": \""
        + lastName(i)
        + "\", \"addresses\": [{\"country\": \"DE\", \"city\": \""
        + CITIES[i % CITIES.length]
        + "\", \"postalCode\": \""
        + (10000 + i % 90000)
        + "\"}]}";
  }

  private String token(ServerProcess server) throws Exception {
    return ClientCredentials.token(http, server.base(), CLIENT_ID, CLIENT_SECRET);
  }

  private int head(String url, String auth) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private int post(String url, String auth, String body) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** How many customers search finds in the project. */
  private long total(String url, String auth) throws Exception {
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"limit\": 1}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(reply.body()).path("total").asLong();
  }
}
