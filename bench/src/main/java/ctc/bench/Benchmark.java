package ctc.bench;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The benchmark (README, "Benchmark"): seeds the real server through its public API, then measures
 * each operation with wrk on 127.0.0.1 after a warm-up, beside a bare Javalin endpoint under the
 * same JVM settings and, when npm can install it, the node mock.
 */
public final class Benchmark {

  /** Seeding creates customers as fast as it can; the measured server hashes at the default. */
  private static final int SEEDING_BCRYPT_COST = 4;

  private static final String CLIENT_ID = "bench-admin";
  private static final String CLIENT_SECRET = "bench-secret-not-for-production";
  private static final String BASIC =
      "Basic "
          + Base64.getEncoder()
              .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

  /** wrk threads read the ids file whole; UUIDs are random, so the first ones span the index. */
  private static final int MAX_IDS_IN_FILE = 100_000;

  /** The node mock keeps everything in one process's memory; beyond this it measures swapping. */
  private static final int MAX_NODE_MOCK_CUSTOMERS = 100_000;

  private static final int CEILING_PORT = Options.FIRST_PORT;
  private static final int SERVER_PORT = Options.FIRST_PORT + 10;
  private static final int NODE_MOCK_PORT = Options.FIRST_PORT + 30;

  private final Options options;
  private final Path work;
  private final Path results;
  private final String stamp;
  private final Wrk wrk;
  private final String messagesKey;

  private Benchmark(Options options, Path work, Path results, String stamp, Wrk wrk) {
    this.options = options;
    this.work = work;
    this.results = results;
    this.stamp = stamp;
    this.wrk = wrk;
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    // Instances on one PostgreSQL must seal token messages under the same key.
    this.messagesKey = Base64.getEncoder().encodeToString(key);
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    ServerProcess.jar(options.serverJar());
    Path work = Files.createTempDirectory("ctc-bench");
    Path results = Path.of("bench", "results");
    Files.createDirectories(results);
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    boolean wrkMissing = false;
    try {
      new Benchmark(options, work, results, stamp, Wrk.locate(work)).run();
    } catch (Wrk.Missing e) {
      System.err.println(e.getMessage());
      wrkMissing = true;
    } finally {
      deleteRecursively(work);
    }
    if (wrkMissing) {
      System.exit(2);
    }
  }

  /** The run's database, scripts and node mock installation; the logs stay in bench/results. */
  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private void run() throws Exception {
    long started = System.nanoTime();
    String settings =
        String.format(
            "Benchmark %s: %,d customers, %s, %d connections over %d wrk threads, %d s warm-up"
                + " then %d s measured per operation, heap %s, %d cores",
            stamp,
            options.customers(),
            options.database() == Options.Database.H2
                ? "embedded H2 file database"
                : "PostgreSQL, " + options.instances() + " instance(s)",
            options.connections(),
            options.threads(),
            options.warmup().toSeconds(),
            options.measure().toSeconds(),
            options.heap(),
            Runtime.getRuntime().availableProcessors());
    System.out.println(settings);
    System.out.println("load generator: " + wrk.describe());
    CompletableFuture<NodeMock.Installation> nodeMock =
        options.nodeMock()
            ? CompletableFuture.supplyAsync(
                () ->
                    NodeMock.install(
                        work.resolve("node-mock"), Duration.ofSeconds(options.smoke() ? 45 : 180)))
            : CompletableFuture.completedFuture(
                new NodeMock.Installation(null, "not wanted (--no-mock)"));

    PostgresDatabase postgres =
        options.database() == Options.Database.POSTGRES
            ? PostgresDatabase.create(options.postgresUrl(), "bench_" + stamp)
            : null;
    try {
      Map<String, String> database = postgres == null ? Map.of() : Map.of("DB_URL", postgres.url());
      Seeded seeded = seed(database);
      Measurement ceiling = measureCeiling();
      Ours ours = measureOurs(database, seeded);
      NodeMockFigures mock = measureNodeMock(nodeMock.get());
      List<Report.Row> rows = new ArrayList<>();
      for (Map.Entry<String, Measurement> entry : ours.measured().entrySet()) {
        rows.add(
            new Report.Row(entry.getKey(), entry.getValue(), mock.measured().get(entry.getKey())));
      }
      Report report =
          new Report(
              settings,
              wrk.describe(),
              ceiling,
              rows,
              ours.coldStart(),
              ours.peakRssMib(),
              bcryptMillis(),
              mock.note());
      System.out.print(report.table());
      report.write(results.resolve(stamp));
      System.out.printf(
          "written: %s.csv and .json; the run took %.0f s%n",
          results.resolve(stamp), (System.nanoTime() - started) / 1e9);
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  /** The figures of our server: per operation in order, the cold start, each instance's RSS. */
  private record Ours(
      Map<String, Measurement> measured, List<Measurement> coldStart, List<Long> peakRssMib) {}

  /** What seeding left behind: the file of customer ids and the id of the customers' group. */
  private record Seeded(Path ids, String groupId) {}

  /**
   * Creates run in parallel: H2 writes the commits of concurrent transactions as one, so more
   * clients seed faster, up to the two cores.
   */
  private static final int SEEDING_WORKERS = 16;

  /**
   * Seeds through a server of its own at bcrypt cost 4 (only the store, group and customers without
   * passwords are seeded there; the sign-in customers are created on the measured server).
   */
  private Seeded seed(Map<String, String> database) throws Exception {
    try (ServerProcess seeding =
        server(0, SEEDING_BCRYPT_COST, database.isEmpty() ? deferredH2Writes() : database, null)) {
      long started = System.nanoTime();
      Seeder seeder = new Seeder(seeding.base(), bearer(seeding));
      String groupId = seeder.seedStoreAndGroup();
      String[] ids = seeder.seedCustomers(options.customers(), SEEDING_WORKERS);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "seeded %,d customers in %.1f s (%,.0f/s, %d clients)%n",
          ids.length, seconds, ids.length / seconds, SEEDING_WORKERS);
      return new Seeded(writeIds(work.resolve("ids.txt"), ids), groupId);
    }
  }

  /**
   * The embedded database of the measured servers with H2's own write delay (500 ms) instead of a
   * write per commit: seeding is not measured and ends with a clean close, which stores everything.
   * It gains little (411 against 360 creates/s for 20,000 customers): a create's own work, not its
   * commit, bounds seeding. The other settings are those of {@code Database.h2FileUrl}.
   */
  private Map<String, String> deferredH2Writes() {
    return Map.of(
        "DB_URL",
        "jdbc:h2:file:"
            + work.resolve("customers")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"
            + ";WRITE_DELAY=500;DB_CLOSE_ON_EXIT=FALSE");
  }

  private Measurement measureCeiling() throws Exception {
    Path jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (ServerProcess bare =
        ServerProcess.start(
            ServerProcess.java(
                options.heap(),
                "-cp",
                jar.toString(),
                CeilingServer.class.getName(),
                Integer.toString(CEILING_PORT)),
            Map.of(),
            CEILING_PORT,
            results.resolve(stamp + "-ceiling.log"))) {
      return measure(Operations.ceiling(), List.of(bare.base()), null);
    }
  }

  private Ours measureOurs(Map<String, String> database, Seeded seeded) throws Exception {
    Path ids = seeded.ids();
    List<ServerProcess> servers = new ArrayList<>();
    try {
      for (int i = 0; i < options.instances(); i++) {
        servers.add(server(i, 10, database, i == 0 ? options.jfr() : null));
      }
      List<String> bases = servers.stream().map(ServerProcess::base).toList();
      String bearer = bearer(servers.get(0));
      Seeder seeder = new Seeder(bases.get(0), bearer);
      // Right after the start, before anything else has warmed the JIT or the database caches.
      // Second by second, so that the report can say when the rate reached half its steady value.
      List<Measurement> cold = new ArrayList<>();
      for (long second = 0; second < options.coldStart().toSeconds(); second++) {
        cold.add(
            wrk.run(
                Operations.byId(bearer),
                bases,
                ids,
                options.connections(),
                options.threads(),
                Duration.ofSeconds(1)));
      }
      System.out.printf(
          "cold start: %,.0f GET by id/s (second by second: %s)%n",
          Measurement.sequential(cold).perSecond(), Report.series(cold));
      List<String> signIn = seeder.seedSignInCustomers();
      Operations.Credentials credentials =
          new Operations.Credentials(
              bearer,
              BASIC,
              "Bearer " + seeder.customerToken(BASIC, signIn.get(0)),
              seeded.groupId());
      List<Operation> operations =
          Operations.all(options.customers(), credentials).stream()
              .filter(options::measures)
              .toList();
      warmUp(operations, bases, ids);
      Map<String, Measurement> measured = new LinkedHashMap<>();
      for (Operation operation : operations) {
        measured.put(operation.name(), measure(operation, bases, ids));
      }
      for (Operation operation : operations) {
        if (Operations.HALF_LOAD.contains(operation.name())) {
          double peak = measured.get(operation.name()).perSecond();
          measured.put(operation.name() + " at half load", atHalfLoad(operation, bases, ids, peak));
        }
      }
      return new Ours(measured, cold, servers.stream().map(ServerProcess::peakRssMib).toList());
    } finally {
      servers.forEach(ServerProcess::close);
    }
  }

  /** The node mock's figures by operation, and the line the report prints about it. */
  private record NodeMockFigures(Map<String, Measurement> measured, String note) {

    static NodeMockFigures skipped(String why) {
      System.out.println("node mock skipped: " + why);
      return new NodeMockFigures(Map.of(), "skipped: " + why);
    }
  }

  private NodeMockFigures measureNodeMock(NodeMock.Installation installation) throws Exception {
    if (installation.directory() == null) {
      return NodeMockFigures.skipped(installation.problem());
    }
    Map<String, Measurement> measured = new HashMap<>();
    int customers = Math.min(options.customers(), MAX_NODE_MOCK_CUSTOMERS);
    try (ServerProcess mock =
        NodeMock.start(installation, NODE_MOCK_PORT, results.resolve(stamp + "-node-mock.log"))) {
      // Authentication is off in the mock: any header passes.
      Seeder seeder = new Seeder(mock.base(), "Bearer unchecked");
      String groupId = seeder.seedStoreAndGroup();
      Path ids =
          writeIds(
              work.resolve("node-mock-ids.txt"),
              seeder.seedCustomers(customers, options.connections()));
      Operations.Credentials credentials =
          new Operations.Credentials("Bearer unchecked", BASIC, "Bearer unchecked", groupId);
      List<Operation> operations =
          Operations.all(customers, credentials).stream()
              .filter(
                  operation ->
                      (options.smoke() ? Operations.NODE_MOCK_SMOKE : Operations.NODE_MOCK)
                          .contains(operation.name()))
              .filter(options::measures)
              .toList();
      warmUp(operations, List.of(mock.base()), ids);
      for (Operation operation : operations) {
        measured.put(operation.name(), measure(operation, List.of(mock.base()), ids));
      }
    } catch (IOException | IllegalStateException e) {
      return NodeMockFigures.skipped("it failed while running (" + e.getMessage() + ")");
    }
    return new NodeMockFigures(
        measured, NodeMock.PACKAGE + ", " + String.format("%,d", customers) + " customers");
  }

  /**
   * One warm-up run of every operation before any is measured: a server started for the run needs
   * far longer than one operation's warm-up before its compiler has reached steady state, and
   * without this pass the first operations measured would be measured cold (GET by id read at half
   * the rate of GET by key, measured after it, on the same server).
   */
  private void warmUp(List<Operation> operations, List<String> bases, Path ids)
      throws IOException, InterruptedException {
    if (options.warmup().isZero()) {
      return;
    }
    System.out.printf(
        "warm-up: every operation for %d s before any is measured%n", options.warmup().toSeconds());
    for (Operation operation : operations) {
      wrk.run(operation, bases, ids, options.connections(), options.threads(), options.warmup());
    }
  }

  /** A warm-up run of the operation, then the measured run. */
  private Measurement measure(Operation operation, List<String> bases, Path ids)
      throws IOException, InterruptedException {
    if (!options.warmup().isZero()) {
      wrk.run(operation, bases, ids, options.connections(), options.threads(), options.warmup());
    }
    Measurement measurement =
        wrk.run(operation, bases, ids, options.connections(), options.threads(), options.measure());
    System.out.printf(
        "  %-40s %10.0f req/s  p99 %7.2f ms  %d errors%n",
        operation.name(), measurement.perSecond(), measurement.p99(), measurement.errors());
    return measurement;
  }

  /**
   * The operation at about half its peak rate: wrk cannot hold a rate, so twice the connections
   * each pause between an answer and their next request, the shortest pause (whole milliseconds,
   * wrk's unit, at most 10) whose probe stays at or under 60% of the peak.
   */
  private Measurement atHalfLoad(Operation operation, List<String> bases, Path ids, double peak)
      throws IOException, InterruptedException {
    int connections = options.connections() * 2;
    Duration probe = options.smoke() ? options.measure() : Duration.ofSeconds(3);
    int pause =
        wrk.shortestPauseUnder(
            operation,
            bases,
            ids,
            connections,
            options.threads(),
            probe,
            Math.nextUp(0.6 * peak),
            9);
    Measurement measurement =
        wrk.run(
            operation.pausing(operation.name(), pause),
            bases,
            ids,
            connections,
            options.threads(),
            options.measure());
    System.out.printf(
        "  %-40s %10.0f req/s  p99 %7.2f ms  (%.0f%% of peak; %d connections, %d ms pauses)%n",
        operation.name() + " at half load",
        measurement.perSecond(),
        measurement.p99(),
        100 * measurement.perSecond() / peak,
        connections,
        pause);
    return measurement;
  }

  private ServerProcess server(
      int instance, int bcryptCost, Map<String, String> database, String jfr) throws IOException {
    int port = SERVER_PORT + instance;
    List<String> command =
        jfr == null
            ? ServerProcess.java(options.heap(), "-jar", options.serverJar())
            : ServerProcess.java(
                options.heap(),
                "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile",
                "-jar",
                options.serverJar());
    Map<String, String> env = new HashMap<>(database);
    env.putAll(
        Map.of(
            "PORT",
            Integer.toString(port),
            "DATA_DIR",
            work.toString(),
            "BCRYPT_COST",
            Integer.toString(bcryptCost),
            "ADMIN_CLIENT_ID",
            CLIENT_ID,
            "ADMIN_CLIENT_SECRET",
            CLIENT_SECRET,
            "DEFAULT_PROJECT_KEY",
            Seeder.PROJECT,
            "MESSAGES_KEY",
            messagesKey));
    // The seeding server is not measured, and the smoke only shows that the benchmark still runs:
    // neither waits for the JIT warm-up (up to 30 s by default) that the measured server has.
    if (bcryptCost == SEEDING_BCRYPT_COST) {
      env.put("WARMUP_MS", "0");
    } else if (options.smoke()) {
      env.put("WARMUP_MS", "3000");
    }
    return ServerProcess.start(
        command,
        env,
        port,
        results.resolve(stamp + "-server-" + instance + "-cost" + bcryptCost + ".log"));
  }

  private static String bearer(ServerProcess server) throws Exception {
    return "Bearer "
        + ClientCredentials.token(
            HttpClient.newHttpClient(), server.base(), CLIENT_ID, CLIENT_SECRET);
  }

  private static Path writeIds(Path file, String[] ids) throws IOException {
    Files.write(file, Arrays.asList(ids).subList(0, Math.min(ids.length, MAX_IDS_IN_FILE)));
    return file;
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
}
