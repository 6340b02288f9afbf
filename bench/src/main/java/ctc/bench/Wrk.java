package ctc.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;

/**
 * The load generator: wrk, one process per server instance, driven by a script from {@link
 * WrkScript}. wrk rather than a JVM client, because on two cores a JDK HttpClient reached about a
 * tenth of wrk's rate on the bare endpoint and so measured itself (issue 14).
 */
final class Wrk {

  private final String executable;
  private final String version;
  private final Path scripts;
  private final AtomicInteger runs = new AtomicInteger();

  /** wrk is neither installed nor installable here. */
  static final class Missing extends RuntimeException {
    Missing(String message) {
      super(message);
    }
  }

  private Wrk(String executable, String version, Path scripts) {
    this.executable = executable;
    this.version = version;
    this.scripts = scripts;
  }

  /** wrk from the PATH, installed with apt-get first when it is missing. */
  static Wrk locate(Path scripts) throws IOException, InterruptedException {
    String executable = onPath("wrk");
    if (executable == null) {
      System.out.println("wrk not found: installing it with apt-get install -y wrk");
      int code;
      try {
        code = new ProcessBuilder("apt-get", "install", "-y", "wrk").inheritIO().start().waitFor();
      } catch (IOException e) {
        code = -1;
      }
      executable = onPath("wrk");
      if (executable == null) {
        throw new Missing(
            "The benchmark needs wrk, and apt-get install -y wrk did not install it (exit code "
                + code
                + "); install wrk (https://github.com/wg/wrk) and run it again");
      }
    }
    Process probe = new ProcessBuilder(executable, "-v").redirectErrorStream(true).start();
    String banner = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    probe.waitFor();
    String version = banner.lines().findFirst().orElse("wrk").replaceFirst(" Copyright.*", "");
    return new Wrk(executable, version, scripts);
  }

  String describe() {
    return version + " (" + executable + ")";
  }

  /**
   * Sends {@code operation} to every base URL at once for {@code duration}, the connections split
   * over them; {@code ids} is the file of customer ids the operation draws from (or null).
   */
  Measurement run(
      Operation operation,
      List<String> bases,
      Path ids,
      int connections,
      int threads,
      Duration duration)
      throws IOException, InterruptedException {
    Path script = WrkScript.write(operation, ids, scripts);
    String run = "r" + runs.incrementAndGet();
    List<Process> processes = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < bases.size(); i++) {
      int share = connections / bases.size() + (i < connections % bases.size() ? 1 : 0);
      // One connection per thread when each connection keeps its own customer's version.
      int shareThreads =
          operation.tracksVersion() ? share : Math.max(1, Math.min(share, threads / bases.size()));
      processes.add(
          new ProcessBuilder(
                  executable,
                  "-t",
                  Integer.toString(shareThreads),
                  "-c",
                  Integer.toString(share),
                  "-d",
                  duration.toSeconds() + "s",
                  "--timeout",
                  "10s",
                  "-s",
                  script.toString(),
                  bases.get(i),
                  "--",
                  run,
                  Integer.toString(first))
              .redirectErrorStream(true)
              .start());
      first += share;
    }
    List<Measurement> parts = new ArrayList<>();
    for (Process process : processes) {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      parts.add(parse(operation, output));
    }
    return Measurement.combined(parts);
  }

  /**
   * The shortest pause between an answer and a connection's next request, in whole milliseconds
   * (wrk's unit) from 1 to {@code most}, at which a {@code probe}-long run of the operation stays
   * under {@code rate}; {@code most + 1} when none does. The rate falls as the pause grows, so the
   * pauses are tried in order and the first one under the rate ends the search.
   */
  int shortestPauseUnder(
      Operation operation,
      List<String> bases,
      Path ids,
      int connections,
      int threads,
      Duration probe,
      double rate,
      int most)
      throws IOException, InterruptedException {
    for (int pause = 1; pause <= most; pause++) {
      Operation paced = operation.pausing(operation.name(), pause);
      if (run(paced, bases, ids, connections, threads, probe).perSecond() < rate) {
        return pause;
      }
    }
    return most + 1;
  }

  private static Measurement parse(Operation operation, String output) {
    Matcher result = WrkScript.RESULT.matcher(output);
    if (!result.find()) {
      throw new IllegalStateException(
          "wrk gave no result for " + operation.name() + ":\n" + output);
    }
    return new Measurement(
        Long.parseLong(result.group(1)),
        Long.parseLong(result.group(2)),
        Long.parseLong(result.group(3)),
        Long.parseLong(result.group(4)) / 1e6,
        Long.parseLong(result.group(5)) / 1e3,
        Long.parseLong(result.group(6)) / 1e3,
        Long.parseLong(result.group(7)) / 1e3);
  }

  static String onPath(String name) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
