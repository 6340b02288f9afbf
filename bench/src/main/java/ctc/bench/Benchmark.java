package ctc.bench;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark (README, "Benchmark"): seeds the real server through its public API, then measures
 * each operation from this separate process on 127.0.0.1, beside a bare Javalin ceiling under the
 * same JVM settings.
 */
public final class Benchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT_ID = "bench-admin";
  private static final String CLIENT_SECRET = "bench-secret-not-for-production";
  private static final String PROJECT = "default";
  private static final String PASSWORD = "bench-password";
  private static final int SIGN_IN_CUSTOMERS = 32;

  private final Options options;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /**
   * The command line: {@code -n}, {@code -c}, {@code -d}, {@code -w}, {@code --smoke}, {@code
   * --heap}, and {@code --jfr FILE} to record the measured server with Java Flight Recorder.
   */
  record Options(
      int customers,
      int connections,
      Duration measure,
      Duration warmup,
      String heap,
      String serverJar,
      int port,
      String jfr) {

    static Options parse(String[] args) {
      int customers = 100_000;
      int connections = 8;
      int seconds = 10;
      int warmup = 3;
      String heap = "256m";
      String jar = "app/target/customer-service.jar";
      String jfr = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-n" -> customers = Integer.parseInt(args[++i]);
          case "-c" -> connections = Integer.parseInt(args[++i]);
          case "-d" -> seconds = Integer.parseInt(args[++i]);
          case "-w" -> warmup = Integer.parseInt(args[++i]);
          case "--heap" -> heap = args[++i];
          case "--server-jar" -> jar = args[++i];
          case "--jfr" -> jfr = args[++i];
          case "--smoke" -> {
            customers = 200;
            seconds = 1;
            warmup = 1;
          }
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      return new Options(
          customers,
          connections,
          Duration.ofSeconds(seconds),
          Duration.ofSeconds(warmup),
          heap,
          jar,
          18_180,
          jfr);
    }
  }

  private Benchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    new Benchmark(Options.parse(args)).run();
  }

  private void run() throws Exception {
    ServerProcess.jar(options.serverJar());
    Path work = Files.createTempDirectory("ctc-bench");
    Path results = Path.of("bench", "results");
    Files.createDirectories(results);
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    System.out.printf(
        "Benchmark: %,d customers, %d connections, %s per operation after %s warm-up, heap %s%n",
        options.customers(),
        options.connections(),
        options.measure(),
        options.warmup(),
        options.heap());

    List<String> ids = new ArrayList<>();
    try (ServerProcess seeding = server(work, 4, results.resolve(stamp + "-seed.log"), null)) {
      long started = System.nanoTime();
      ids.addAll(seed(seeding, token(seeding)));
      System.out.printf(
          "Seeded %,d customers in %.1f s (bcrypt cost 4 while seeding)%n",
          ids.size(), (System.nanoTime() - started) / 1e9);
    }

    List<LoadRun.Result> rows = new ArrayList<>();
    LoadRun.Result ceiling;
    try (ServerProcess bare =
        ServerProcess.start(
            ServerProcess.java(
                options.heap(),
                "-cp",
                Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString(),
                CeilingServer.class.getName(),
                Integer.toString(options.port() + 1)),
            Map.of(),
            options.port() + 1,
            results.resolve(stamp + "-ceiling.log"))) {
      ceiling =
          LoadRun.run(
              "ceiling (bare Javalin)",
              options.connections(),
              options.warmup(),
              options.measure(),
              c -> get(bare.base() + "/ceiling", null));
    }
    rows.add(ceiling);

    long peakRss;
    try (ServerProcess server =
        server(work, 10, results.resolve(stamp + "-server.log"), options.jfr())) {
      String auth = "Bearer " + token(server);
      String base = server.base() + "/" + PROJECT + "/customers";
      List<String> signIn = signInCustomers(server, auth);
      int n = ids.size();
      // The restarted server starts cold (JIT, H2 page cache): one unmeasured run of reads before
      // any figure.
      LoadRun.run(
          "server warm-up",
          options.connections(),
          options.warmup().multipliedBy(3),
          Duration.ZERO,
          c -> get(base + "/" + ids.get(pick(n)), auth));
      rows.add(measure("GET by id", c -> get(base + "/" + ids.get(pick(n)), auth)));
      rows.add(measure("GET by key", c -> get(base + "/key=bench-" + pick(n), auth)));
      rows.add(
          measure(
              "query by email",
              c ->
                  get(
                      base + "?where=" + encode("email = \"bench-" + pick(n) + "@example.com\""),
                      auth)));
      rows.add(
          measure(
              "query addresses(city)",
              c ->
                  get(
                      base + "?where=" + encode("addresses(city = \"city-" + pick(n) + "\")"),
                      auth)));
      long[] versions = new long[options.connections()];
      Arrays.fill(versions, 1);
      rows.add(
          measure(
              "update setFirstName",
              c -> {
                HttpResponse<String> reply =
                    post(
                        base + "/" + ids.get(c),
                        auth,
                        "{\"version\": "
                            + versions[c]
                            + ", \"actions\": [{\"action\": \"setFirstName\", \"firstName\": \"v"
                            + versions[c]
                            + "\"}]}");
                if (reply.statusCode() == 200) {
                  versions[c] = JSON.readTree(reply.body()).get("version").asLong();
                }
                return reply.statusCode();
              }));
      AtomicLong created = new AtomicLong();
      rows.add(
          measure(
              "create (bcrypt 10)",
              c -> post(base, auth, draft("new-" + created.incrementAndGet())).statusCode()));
      rows.add(
          measure(
              "sign-in (bcrypt 10)",
              c ->
                  post(
                          server.base() + "/" + PROJECT + "/login",
                          auth,
                          "{\"email\": \""
                              + signIn.get(pick(signIn.size()))
                              + "\", \"password\": \""
                              + PASSWORD
                              + "\"}")
                      .statusCode()));
      peakRss = server.peakRssMib();
    }

    double bcryptMillis = bcryptMillis();
    double bcryptBound = Runtime.getRuntime().availableProcessors() * 1000 / bcryptMillis;
    report(rows, ceiling, peakRss, bcryptMillis, bcryptBound, results.resolve(stamp));
  }

  private ServerProcess server(Path work, int bcryptCost, Path log, String jfr) throws IOException {
    List<String> command =
        jfr == null
            ? ServerProcess.java(options.heap(), "-jar", options.serverJar())
            : ServerProcess.java(
                options.heap(),
                "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile",
                "-jar",
                options.serverJar());
    return ServerProcess.start(
        command,
        Map.of(
            "PORT",
            Integer.toString(options.port()),
            "DATA_DIR",
            work.toString(),
            "BCRYPT_COST",
            Integer.toString(bcryptCost),
            "ADMIN_CLIENT_ID",
            CLIENT_ID,
            "ADMIN_CLIENT_SECRET",
            CLIENT_SECRET,
            "DEFAULT_PROJECT_KEY",
            PROJECT),
        options.port(),
        log);
  }

  private LoadRun.Result measure(String name, LoadRun.Call call) throws InterruptedException {
    LoadRun.Result result =
        LoadRun.run(name, options.connections(), options.warmup(), options.measure(), call);
    System.out.printf("  %-24s %,10.0f req/s%n", name, result.perSecond());
    return result;
  }

  /**
   * Creates the customers through the public API from several threads; answers their ids in order.
   */
  private List<String> seed(ServerProcess server, String token) throws Exception {
    String auth = "Bearer " + token;
    String url = server.base() + "/" + PROJECT + "/customers";
    ExecutorService pool = Executors.newFixedThreadPool(options.connections());
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < options.customers(); i++) {
        int number = i;
        futures.add(
            pool.submit(
                () -> {
                  HttpResponse<String> reply = post(url, auth, draft(Integer.toString(number)));
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

  /** Customers whose passwords are hashed at the measured cost, for sign-in. */
  private List<String> signInCustomers(ServerProcess server, String auth) throws Exception {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < SIGN_IN_CUSTOMERS; i++) {
      String suffix = "signin-" + i;
      HttpResponse<String> reply =
          post(server.base() + "/" + PROJECT + "/customers", auth, draft(suffix));
      if (reply.statusCode() != 201 && reply.statusCode() != 400) {
        throw new IOException("Could not create a sign-in customer: " + reply.body());
      }
      emails.add("bench-" + suffix + "@example.com");
    }
    return emails;
  }

  private static String draft(String suffix) {
    return "{\"email\": \"bench-"
        + suffix
        + "@example.com\", \"password\": \""
        + PASSWORD
        + "\", \"key\": \"bench-"
        + suffix
        + "\", \"firstName\": \"Bench\", \"addresses\": [{\"country\": \"DE\", \"city\": \"city-"
        + suffix
        + "\"}]}";
  }

  private String token(ServerProcess server) throws Exception {
    return ClientCredentials.token(http, server.base(), CLIENT_ID, CLIENT_SECRET);
  }

  private int get(String url, String auth) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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

  private static int pick(int bound) {
    return ThreadLocalRandom.current().nextInt(bound);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The time of one bcrypt hash at cost 10 here, the bound for create and sign-in. */
  private static double bcryptMillis() {
    BCrypt.Hasher hasher = BCrypt.withDefaults();
    hasher.hash(10, "warm-up".toCharArray());
    long start = System.nanoTime();
    int rounds = 10;
    for (int i = 0; i < rounds; i++) {
      hasher.hash(10, ("password-" + i).toCharArray());
    }
    return (System.nanoTime() - start) / 1e6 / rounds;
  }

  private static void report(
      List<LoadRun.Result> rows,
      LoadRun.Result ceiling,
      long peakRss,
      double bcryptMillis,
      double bcryptBound,
      Path prefix)
      throws IOException {
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%n%-24s %12s %9s %9s %9s %8s %8s%n",
                "operation",
                "requests/s",
                "p50 ms",
                "p99 ms",
                "p99.9 ms",
                "errors",
                "ratio"));
    StringBuilder csv =
        new StringBuilder("operation,requests_per_second,p50_ms,p99_ms,p999_ms,errors,ratio\n");
    List<Map<String, Object>> json = new ArrayList<>();
    for (LoadRun.Result row : rows) {
      double ratio = row.perSecond() / ceiling.perSecond();
      table.append(
          String.format(
              Locale.ROOT,
              "%-24s %12.0f %9.2f %9.2f %9.2f %8d %7.0f%%%n",
              row.operation(),
              row.perSecond(),
              row.p50(),
              row.p99(),
              row.p999(),
              row.errors(),
              ratio * 100));
      csv.append(
          String.format(
              Locale.ROOT,
              "%s,%.1f,%.3f,%.3f,%.3f,%d,%.4f%n",
              row.operation(),
              row.perSecond(),
              row.p50(),
              row.p99(),
              row.p999(),
              row.errors(),
              ratio));
      json.add(
          Map.of(
              "operation",
              row.operation(),
              "requestsPerSecond",
              row.perSecond(),
              "p50Ms",
              row.p50(),
              "p99Ms",
              row.p99(),
              "p999Ms",
              row.p999(),
              "errors",
              row.errors(),
              "ratioToCeiling",
              ratio));
    }
    table.append(
        String.format(
            Locale.ROOT,
            "%nserver peak RSS: %d MiB; bcrypt cost 10: %.1f ms per hash, so the "
                + "create/sign-in bound on %d cores is %.0f/s (target 80%%: %.0f/s)%n",
            peakRss,
            bcryptMillis,
            Runtime.getRuntime().availableProcessors(),
            bcryptBound,
            bcryptBound * 0.8));
    System.out.print(table);
    Files.writeString(Path.of(prefix + ".csv"), csv);
    Files.writeString(
        Path.of(prefix + ".json"),
        JSON.writerWithDefaultPrettyPrinter()
            .writeValueAsString(
                Map.of(
                    "results",
                    json,
                    "serverPeakRssMib",
                    peakRss,
                    "bcryptMillis",
                    bcryptMillis,
                    "bcryptBoundPerSecond",
                    bcryptBound)));
    System.out.println("written: " + prefix + ".csv and .json");
  }
}
