package ctc.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one operation from {@code connections} threads of JDK HttpClient calls: a warm-up, then a
 * measured period whose latencies are all kept, so that percentiles are exact. Every loop is
 * bounded by time. Only the search benchmark ({@link SearchRun}) still uses it, for requests whose
 * bodies vary per call (typos, name prefixes), and measures its own ceiling beside them (a HEAD
 * with the token check only).
 */
final class LoadRun {

  /** One request on behalf of connection {@code connection}; answers the HTTP status. */
  @FunctionalInterface
  interface Call {
    int send(int connection) throws Exception;
  }

  /** The figures of one operation; latencies in milliseconds. */
  record Result(
      String operation,
      long requests,
      long errors,
      double seconds,
      double p50,
      double p99,
      double p999) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private LoadRun() {}

  static Result run(String operation, int connections, Duration warmup, Duration measure, Call call)
      throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long end = measureFrom + measure.toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int connection = c;
      long[][] samples = {new long[1 << 14]};
      int[] count = {0};
      Thread thread =
          new Thread(
              () -> {
                while (true) {
                  long before = System.nanoTime();
                  if (before >= end) {
                    break;
                  }
                  boolean ok;
                  try {
                    int status = call.send(connection);
                    ok = status < 400;
                  } catch (Exception e) {
                    ok = false;
                  }
                  long after = System.nanoTime();
                  if (before >= measureFrom) {
                    if (!ok) {
                      errors.incrementAndGet();
                    }
                    if (count[0] == samples[0].length) {
                      samples[0] = Arrays.copyOf(samples[0], samples[0].length * 2);
                    }
                    samples[0][count[0]++] = after - before;
                  }
                }
                synchronized (latencies) {
                  latencies.add(Arrays.copyOf(samples[0], count[0]));
                }
              },
              "load-" + operation + "-" + c);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(
        operation,
        all.length,
        errors.get(),
        measure.toNanos() / 1e9,
        percentile(all, 0.50),
        percentile(all, 0.99),
        percentile(all, 0.999));
  }

  private static double percentile(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }
}
