package ctc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one run, printed as a table and written as CSV and JSON: each operation's rate
 * (2xx answers per second), latency percentiles and errors, its ratio to the bare endpoint and,
 * where the node mock was measured, the ratio of ours to the mock's.
 */
record Report(
    String settings,
    String generator,
    Measurement ceiling,
    List<Row> rows,
    List<Measurement> coldStartSeconds,
    List<Long> peakRssMib,
    double bcryptMillis,
    String nodeMock) {

  /** One operation; {@code mock} is null where the node mock was not measured. */
  record Row(String operation, Measurement ours, Measurement mock) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%n%s%nload generator: %s%n", settings, generator));
    out.append(
        String.format(
            Locale.ROOT,
            "%n%-40s %10s %8s %8s %8s %7s %7s %11s %8s%n",
            "operation",
            "req/s",
            "p50 ms",
            "p99 ms",
            "p99.9 ms",
            "errors",
            "/ bare",
            "mock req/s",
            "/ mock"));
    for (Row row : allRows()) {
      Measurement ours = row.ours();
      out.append(
          String.format(
              Locale.ROOT,
              "%-40s %10.0f %8.2f %8.2f %8.2f %7d %7.3f %11s %8s%n",
              row.operation(),
              ours.perSecond(),
              ours.p50(),
              ours.p99(),
              ours.p999(),
              ours.errors(),
              ours.perSecond() / ceiling.perSecond(),
              row.mock() == null ? "-" : String.format(Locale.ROOT, "%.0f", row.mock().perSecond()),
              row.mock() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%.2f", ours.perSecond() / row.mock().perSecond())));
    }
    double bound = Runtime.getRuntime().availableProcessors() * 1000 / bcryptMillis;
    Measurement coldStart = Measurement.sequential(coldStartSeconds);
    out.append(
        String.format(
            Locale.ROOT,
            "%ncold start: %.0f GET by id/s in the first %.0f s after the server started"
                + " (p99 %.2f ms); second by second: %s; %s%n"
                + "node mock: %s%n"
                + "server peak RSS: %s; bcrypt cost 10: %.1f ms per hash, so the create and"
                + " sign-in bound on %d cores is %.0f/s (80%%: %.0f/s)%n",
            coldStart.perSecond(),
            coldStart.seconds(),
            coldStart.p99(),
            series(coldStartSeconds),
            halfSteady(),
            nodeMock,
            peakRssMib.stream().map(mib -> mib + " MiB").collect(Collectors.joining(" and ")),
            bcryptMillis,
            Runtime.getRuntime().availableProcessors(),
            bound,
            bound * 0.8));
    return out.toString();
  }

  /** Per-second rates, e.g. {@code 3,120 / 9,877 / 15,002}. */
  static String series(List<Measurement> seconds) {
    return seconds.stream()
        .map(second -> String.format(Locale.ROOT, "%,.0f", second.perSecond()))
        .collect(Collectors.joining(" / "));
  }

  /** In which second after the start GET by id first reached half its measured steady rate. */
  private String halfSteady() {
    Row steady =
        rows.stream()
            .filter(row -> row.operation().equals(Operations.BY_ID))
            .findFirst()
            .orElse(null);
    if (steady == null) {
      return "GET by id not measured steadily";
    }
    double half = steady.ours().perSecond() / 2;
    for (int second = 0; second < coldStartSeconds.size(); second++) {
      if (coldStartSeconds.get(second).perSecond() >= half) {
        return String.format(
            Locale.ROOT,
            "half the steady GET by id rate (%,.0f/s) reached in second %d",
            half,
            second + 1);
      }
    }
    return String.format(Locale.ROOT, "half the steady GET by id rate (%,.0f/s) not reached", half);
  }

  void write(Path prefix) throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "operation,requests_per_second,p50_ms,p99_ms,p999_ms,errors,ratio_to_bare,"
                + "node_mock_requests_per_second,ratio_to_node_mock\n");
    List<Map<String, Object>> json = new ArrayList<>();
    for (Row row : allRows()) {
      Measurement ours = row.ours();
      double ratio = ours.perSecond() / ceiling.perSecond();
      String mockRate = row.mock() == null ? "" : format(row.mock().perSecond());
      String mockRatio =
          row.mock() == null ? "" : format(ours.perSecond() / row.mock().perSecond());
      csv.append(
          String.join(
                  ",",
                  '"' + row.operation() + '"',
                  format(ours.perSecond()),
                  format(ours.p50()),
                  format(ours.p99()),
                  format(ours.p999()),
                  Long.toString(ours.errors()),
                  format(ratio),
                  mockRate,
                  mockRatio)
              + "\n");
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("operation", row.operation());
      entry.put("ours", figures(ours));
      entry.put("ratioToBare", ratio);
      entry.put("nodeMock", row.mock() == null ? null : figures(row.mock()));
      json.add(entry);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("settings", settings);
    document.put("loadGenerator", generator);
    document.put("results", json);
    document.put("coldStart", figures(Measurement.sequential(coldStartSeconds)));
    document.put("nodeMock", nodeMock);
    document.put("serverPeakRssMib", peakRssMib);
    document.put("bcryptMillis", bcryptMillis);
    Files.writeString(Path.of(prefix + ".csv"), csv);
    Files.writeString(
        Path.of(prefix + ".json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
  }

  private List<Row> allRows() {
    List<Row> all = new ArrayList<>();
    all.add(new Row(Operations.ceiling().name(), ceiling, null));
    all.addAll(rows);
    return all;
  }

  private static Map<String, Object> figures(Measurement measurement) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("requestsPerSecond", measurement.perSecond());
    figures.put("p50Ms", measurement.p50());
    figures.put("p99Ms", measurement.p99());
    figures.put("p999Ms", measurement.p999());
    figures.put("errors", measurement.errors());
    figures.put("answers", measurement.requests());
    figures.put("seconds", measurement.seconds());
    return figures;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
