package ctc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The disk measurement of issue 11 (README, "Benchmark"): the real server jar on a fresh H2 data
 * directory, driven through the HTTP API with creates (several addresses each) and then {@code
 * setFirstName} updates, while the data directory's size is sampled. Run 1 stops the server
 * normally and restarts it; run 2 kills it with SIGKILL in the middle of the updates, restarts it
 * and checks that every acknowledged write is there.
 *
 * <p>{@code java -cp bench/target/bench.jar ctc.bench.DiskRun [--creates N] [--addresses N]
 * [--updates N] [-c N] [--heap SIZE] [--server-jar PATH] [--port N] [--kill-only]}
 */
public final class DiskRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT_ID = "disk-admin";
  private static final String CLIENT_SECRET = "disk-secret-not-for-production";
  private static final String PROJECT = "default";
  private static final long MIB = 1024 * 1024;

  record Options(
      int creates,
      int addresses,
      int updates,
      int connections,
      String heap,
      String serverJar,
      int port,
      boolean killOnly) {

    static Options parse(String[] args) {
      int creates = 5_000;
      int addresses = 5;
      int updates = 20_000;
      int connections = 8;
      String heap = "256m";
      String jar = "app/target/customer-service.jar";
      int port = 18_183;
      boolean killOnly = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--creates" -> creates = Integer.parseInt(args[++i]);
          case "--addresses" -> addresses = Integer.parseInt(args[++i]);
          case "--updates" -> updates = Integer.parseInt(args[++i]);
          case "-c" -> connections = Integer.parseInt(args[++i]);
          case "--heap" -> heap = args[++i];
          case "--server-jar" -> jar = args[++i];
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--kill-only" -> killOnly = true;
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      return new Options(creates, addresses, updates, connections, heap, jar, port, killOnly);
    }
  }

  /** What the server acknowledged: each customer's last acknowledged version and first name. */
  private record Acknowledged(long version, String firstName) {}

  private final Options options;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private DiskRun(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    new DiskRun(Options.parse(args)).run();
  }

  private void run() throws Exception {
    ServerProcess.jar(options.serverJar());
    System.out.printf(
        "Disk run: %,d creates with %d addresses each, then %,d setFirstName updates, %d connections%n",
        options.creates(), options.addresses(), options.updates(), options.connections());
    if (!options.killOnly()) {
      sizeRun();
    }
    killRun();
  }

  /** Run 1: the workload, a normal stop, a restart. */
  private void sizeRun() throws Exception {
    Path data = Files.createTempDirectory("ctc-disk-size");
    Sampler sampler = new Sampler(data);
    Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    long peak;
    try (ServerProcess server = server(data, "run")) {
      String auth = "Bearer " + token(server);
      sampler.start();
      long started = System.nanoTime();
      List<String> ids = create(server, auth, acknowledged);
      long createMax = sampler.max();
      System.out.printf(
          "  created %,d customers in %.1f s; data directory %s (peak %s)%n",
          ids.size(), seconds(started), mib(size(data)), mib(createMax));
      started = System.nanoTime();
      int done = update(server, auth, ids, acknowledged, options.updates(), null);
      System.out.printf(
          "  %,d updates in %.1f s; data directory %s (peak while running %s)%n",
          done, seconds(started), mib(size(data)), mib(sampler.max()));
      ServerProcess.sleep(5_000);
      sampler.stop();
      peak = sampler.max();
      System.out.printf("  5 s idle: %s%n", mib(size(data)));
    }
    System.out.printf("  after a normal stop: %s%n", mib(size(data)));
    int lost;
    try (ServerProcess server = server(data, "restart")) {
      System.out.printf("  after a restart: %s%n", mib(size(data)));
      lost = checkAcknowledged(server, "Bearer " + token(server), acknowledged);
    }
    System.out.printf(
        "RESULT size: peak while running %s, after restart %s, %d acknowledged writes lost (%s)%n",
        mib(peak), mib(size(data)), lost, data);
  }

  /**
   * Run 2: SIGKILL in the middle of the updates, then a restart that must show every acknowledged
   * write.
   */
  private void killRun() throws Exception {
    Path data = Files.createTempDirectory("ctc-disk-kill");
    Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    ServerProcess server = server(data, "run");
    AtomicInteger done = new AtomicInteger();
    try {
      String auth = "Bearer " + token(server);
      List<String> ids = create(server, auth, acknowledged);
      ServerProcess victim = server;
      Thread killer =
          new Thread(
              () -> {
                while (done.get() < options.updates() / 2) {
                  ServerProcess.sleep(1);
                }
                victim.kill();
              },
              "killer");
      killer.start();
      update(server, auth, ids, acknowledged, options.updates(), done);
      killer.join();
    } finally {
      server.kill();
    }
    System.out.printf(
        "  killed with SIGKILL after %,d acknowledged updates; data directory %s%n",
        done.get(), mib(size(data)));
    int lost;
    try (ServerProcess restarted = server(data, "restart")) {
      System.out.printf("  after the restart: %s%n", mib(size(data)));
      lost = checkAcknowledged(restarted, "Bearer " + token(restarted), acknowledged);
    }
    System.out.printf(
        "RESULT kill -9: %,d customers checked, %d acknowledged writes lost, %s after the restart "
            + "(%s)%n",
        acknowledged.size(), lost, mib(size(data)), data);
  }

  private ServerProcess server(Path data, String name) throws IOException {
    Path log = data.resolveSibling(data.getFileName() + "-" + name + ".log");
    return ServerProcess.start(
        ServerProcess.java(options.heap(), "-jar", options.serverJar()),
        Map.of(
            "PORT",
            Integer.toString(options.port()),
            "DATA_DIR",
            data.toString(),
            "BCRYPT_COST",
            "4",
            "ADMIN_CLIENT_ID",
            CLIENT_ID,
            "ADMIN_CLIENT_SECRET",
            CLIENT_SECRET,
            "DEFAULT_PROJECT_KEY",
            PROJECT),
        options.port(),
        log);
  }

  private List<String> create(
      ServerProcess server, String auth, Map<String, Acknowledged> acknowledged)
      throws InterruptedException {
    String url = server.base() + "/" + PROJECT + "/customers";
    String[] ids = new String[options.creates()];
    AtomicInteger next = new AtomicInteger();
    parallel(
        connection -> {
          for (int i = next.getAndIncrement(); i < ids.length; i = next.getAndIncrement()) {
            HttpResponse<String> reply = post(url, auth, draft(i));
            if (reply.statusCode() != 201) {
              throw new IOException("create answered " + reply.statusCode() + ": " + reply.body());
            }
            JsonNode customer = JSON.readTree(reply.body()).get("customer");
            ids[i] = customer.get("id").asText();
            acknowledged.put(ids[i], new Acknowledged(customer.get("version").asLong(), "First"));
          }
        });
    return List.of(ids);
  }

  /**
   * Connection c updates the customers c, c + connections, … in turn, so no two connections touch
   * one customer and every version is known. Stops at {@code count} or at the first failed request
   * (the server was killed).
   */
  private int update(
      ServerProcess server,
      String auth,
      List<String> ids,
      Map<String, Acknowledged> acknowledged,
      int count,
      AtomicInteger done)
      throws InterruptedException {
    String url = server.base() + "/" + PROJECT + "/customers/";
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger succeeded = done == null ? new AtomicInteger() : done;
    AtomicBoolean failed = new AtomicBoolean();
    int connections = options.connections();
    parallel(
        connection -> {
          int position = connection;
          while (!failed.get() && issued.getAndIncrement() < count) {
            String id = ids.get(position % ids.size());
            position += connections;
            Acknowledged before = acknowledged.get(id);
            String firstName = "name-" + (before.version() + 1);
            HttpResponse<String> reply;
            try {
              reply =
                  post(
                      url + id,
                      auth,
                      "{\"version\": "
                          + before.version()
                          + ", \"actions\": [{\"action\": \"setFirstName\", \"firstName\": \""
                          + firstName
                          + "\"}]}");
            } catch (IOException e) {
              failed.set(true);
              return;
            }
            if (reply.statusCode() != 200) {
              throw new IOException("update answered " + reply.statusCode() + ": " + reply.body());
            }
            acknowledged.put(
                id,
                new Acknowledged(JSON.readTree(reply.body()).get("version").asLong(), firstName));
            succeeded.incrementAndGet();
          }
        });
    return succeeded.get();
  }

  /**
   * Reads every customer back; a write is lost when the customer is missing, older than
   * acknowledged, or at the acknowledged version with another first name. (A request in flight at
   * the kill may have committed unanswered, so a newer version is fine.) Answers the number of lost
   * writes.
   */
  private int checkAcknowledged(
      ServerProcess server, String auth, Map<String, Acknowledged> acknowledged) throws Exception {
    String url = server.base() + "/" + PROJECT + "/customers/";
    AtomicInteger lost = new AtomicInteger();
    List<Map.Entry<String, Acknowledged>> entries = new ArrayList<>(acknowledged.entrySet());
    AtomicInteger next = new AtomicInteger();
    parallel(
        connection -> {
          for (int i = next.getAndIncrement(); i < entries.size(); i = next.getAndIncrement()) {
            Map.Entry<String, Acknowledged> entry = entries.get(i);
            HttpResponse<String> reply =
                http.send(
                    HttpRequest.newBuilder(URI.create(url + entry.getKey()))
                        .header("Authorization", auth)
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
              System.out.printf(
                  "  lost: customer %s answers %d%n", entry.getKey(), reply.statusCode());
              lost.incrementAndGet();
              continue;
            }
            JsonNode customer = JSON.readTree(reply.body());
            long version = customer.get("version").asLong();
            Acknowledged expected = entry.getValue();
            if (version < expected.version()
                || version == expected.version()
                    && !expected.firstName().equals(customer.get("firstName").asText())) {
              System.out.printf(
                  "  lost: customer %s acknowledged at version %d (%s), stored %d (%s)%n",
                  entry.getKey(),
                  expected.version(),
                  expected.firstName(),
                  version,
                  customer.get("firstName").asText());
              lost.incrementAndGet();
            }
          }
        });
    if (lost.get() > 0) {
      System.out.printf("  LOST %d acknowledged writes%n", lost.get());
    }
    return lost.get();
  }

  @FunctionalInterface
  private interface Work {
    void run(int connection) throws Exception;
  }

  /** Runs {@code work} on every connection's thread and waits; the first failure ends the run. */
  private void parallel(Work work) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = new ArrayList<>();
    for (int c = 0; c < options.connections(); c++) {
      int connection = c;
      Thread thread =
          new Thread(
              () -> {
                try {
                  work.run(connection);
                } catch (Exception e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              },
              "disk-" + c);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException(failures.get(0));
    }
  }

  private String draft(int number) {
    StringBuilder addresses = new StringBuilder();
    for (int a = 0; a < options.addresses(); a++) {
      addresses
          .append(a == 0 ? "" : ", ")
          .append("{\"key\": \"a")
          .append(a)
          .append("\", \"country\": \"DE\", \"city\": \"city-")
          .append(number % 97)
          .append("\", \"streetName\": \"Street ")
          .append(a)
          .append("\", \"postalCode\": \"")
          .append(10_000 + number % 89_999)
          .append("\"}");
    }
    return "{\"email\": \"disk-"
        + number
        + "@example.com\", \"password\": \"disk-password\", \"key\": \"disk-"
        + number
        + "\", \"firstName\": \"First\", \"lastName\": \"Last\", \"addresses\": ["
        + addresses
        + "]}";
  }

  private String token(ServerProcess server) throws Exception {
    return ClientCredentials.token(http, server.base(), CLIENT_ID, CLIENT_SECRET);
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

  /** The total size of the files in a directory tree. */
  static long size(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException e) {
                  return 0; // removed while walking (H2's temporary files)
                }
              })
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static String mib(long bytes) {
    return String.format("%.1f MiB", bytes / (double) MIB);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  /** Samples the size of the data directory every 100 ms and keeps the largest value. */
  private static final class Sampler {
    private final Path directory;
    private final AtomicLong max = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;

    Sampler(Path directory) {
      this.directory = directory;
    }

    void start() {
      running.set(true);
      thread =
          new Thread(
              () -> {
                while (running.get()) {
                  max.accumulateAndGet(size(directory), Math::max);
                  ServerProcess.sleep(100);
                }
              },
              "disk-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long max() {
      return max.get();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join();
    }
  }
}
