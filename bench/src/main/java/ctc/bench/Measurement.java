package ctc.bench;

import java.util.List;

/**
 * What wrk saw of one operation: every answer in {@code requests}, those outside 2xx in {@code
 * non2xx}; latencies in milliseconds.
 */
record Measurement(
    long requests,
    long non2xx,
    long socketErrors,
    double seconds,
    double p50,
    double p99,
    double p999) {

  /** Only 2xx answers count: an error answered fast must not look like throughput. */
  double perSecond() {
    return (requests - non2xx) / seconds;
  }

  long errors() {
    return non2xx + socketErrors;
  }

  /** Runs one after the other: counts and durations summed, the worst percentiles. */
  static Measurement sequential(List<Measurement> parts) {
    return new Measurement(
        parts.stream().mapToLong(Measurement::requests).sum(),
        parts.stream().mapToLong(Measurement::non2xx).sum(),
        parts.stream().mapToLong(Measurement::socketErrors).sum(),
        parts.stream().mapToDouble(Measurement::seconds).sum(),
        parts.stream().mapToDouble(Measurement::p50).max().orElseThrow(),
        parts.stream().mapToDouble(Measurement::p99).max().orElseThrow(),
        parts.stream().mapToDouble(Measurement::p999).max().orElseThrow());
  }

  /**
   * Runs that loaded several instances at once: counts summed, the longest duration, and the worst
   * instance's percentiles (wrk hands out percentiles, not the samples they could be merged from).
   */
  static Measurement combined(List<Measurement> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return new Measurement(
        parts.stream().mapToLong(Measurement::requests).sum(),
        parts.stream().mapToLong(Measurement::non2xx).sum(),
        parts.stream().mapToLong(Measurement::socketErrors).sum(),
        parts.stream().mapToDouble(Measurement::seconds).max().orElseThrow(),
        parts.stream().mapToDouble(Measurement::p50).max().orElseThrow(),
        parts.stream().mapToDouble(Measurement::p99).max().orElseThrow(),
        parts.stream().mapToDouble(Measurement::p999).max().orElseThrow());
  }
}
