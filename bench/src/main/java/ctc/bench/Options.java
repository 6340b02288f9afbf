package ctc.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark's command line (README, "Benchmark"): {@code -n} customers, {@code -c} connections,
 * {@code -t} wrk threads, {@code -d}/{@code -w} measured and warm-up seconds per operation, {@code
 * --db h2|postgres}, {@code --pg-url}, {@code --instances 1|2}, {@code --heap}, {@code
 * --server-jar}, {@code --jfr FILE}, {@code --no-mock}, {@code --smoke} and {@code --only NAMES}.
 */
record Options(
    int customers,
    int connections,
    int threads,
    Duration measure,
    Duration warmup,
    Duration coldStart,
    Database database,
    String postgresUrl,
    int instances,
    String heap,
    String serverJar,
    String jfr,
    boolean nodeMock,
    boolean smoke,
    Set<String> only) {

  enum Database {
    H2,
    POSTGRES
  }

  /** The first of the ports the benchmark's servers listen on (ceiling, servers, node mock). */
  static final int FIRST_PORT = 18_800;

  static Options parse(String[] args) {
    int customers = 100_000;
    int connections = 8;
    int threads = Runtime.getRuntime().availableProcessors();
    int seconds = 10;
    int warmup = 20;
    int cold = 10;
    Database database = Database.H2;
    String postgresUrl = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    int instances = 1;
    String heap = "256m";
    String jar = "app/target/customer-service.jar";
    String jfr = null;
    boolean nodeMock = true;
    boolean smoke = false;
    Set<String> only = Set.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-n" -> customers = Integer.parseInt(args[++i]);
        case "-c" -> connections = Integer.parseInt(args[++i]);
        case "-t" -> threads = Integer.parseInt(args[++i]);
        case "-d" -> seconds = Integer.parseInt(args[++i]);
        case "-w" -> warmup = Integer.parseInt(args[++i]);
        case "--db" -> database = Database.valueOf(args[++i].toUpperCase(Locale.ROOT));
        case "--pg-url" -> postgresUrl = args[++i];
        case "--instances" -> instances = Integer.parseInt(args[++i]);
        case "--heap" -> heap = args[++i];
        case "--server-jar" -> jar = args[++i];
        case "--jfr" -> jfr = args[++i];
        case "--no-mock" -> nodeMock = false;
        case "--only" ->
            only =
                Arrays.stream(args[++i].split(","))
                    .map(String::trim)
                    .collect(Collectors.toUnmodifiableSet());
        case "--smoke" -> {
          smoke = true;
          customers = Seeder.GROUP_CUSTOMERS;
          connections = 4;
          seconds = 1;
          warmup = 1;
          cold = 1;
        }
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    if (instances < 1 || instances > 2) {
      throw new IllegalArgumentException("--instances is 1 or 2");
    }
    // The embedded H2 file is locked by the process that opened it.
    if (instances > 1 && database == Database.H2) {
      throw new IllegalArgumentException("--instances 2 needs --db postgres");
    }
    if (customers < 1 || connections < instances) {
      throw new IllegalArgumentException("-n needs at least 1, -c at least one per instance");
    }
    return new Options(
        customers,
        connections,
        Math.min(threads, connections),
        Duration.ofSeconds(seconds),
        Duration.ofSeconds(warmup),
        Duration.ofSeconds(cold),
        database,
        postgresUrl,
        instances,
        heap,
        jar,
        jfr,
        nodeMock,
        smoke,
        only);
  }

  /** Whether {@code --only} (operation names, comma-separated) leaves this operation in. */
  boolean measures(Operation operation) {
    return only.isEmpty() || only.contains(operation.name());
  }
}
