package ctc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the Lua script that makes wrk send one {@link Operation}: the templates become Lua
 * expressions, {@code response()} counts answers outside 2xx (and keeps an updating connection's
 * version current), and {@code done()} prints one line that {@link Wrk} parses.
 */
final class WrkScript {

  /** The line {@code done()} prints; every figure is an integer, latencies in microseconds. */
  static final Pattern RESULT =
      Pattern.compile(
          "WRK-RESULT requests=(\\d+) non2xx=(\\d+) socket_errors=(\\d+) duration_us=(\\d+)"
              + " p50_us=(\\d+) p99_us=(\\d+) p999_us=(\\d+)");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(n|id|own|version|unique)}");

  private WrkScript() {}

  /**
   * The script's arguments after {@code --} are a tag unique to this wrk run and the number of the
   * run's first connection (two instances split the connections between two wrk processes).
   */
  static Path write(Operation operation, Path ids, Path directory) throws IOException {
    Path script = Files.createTempFile(directory, "operation-", ".lua");
    Files.writeString(script, lua(operation, ids));
    return script;
  }

  static String lua(Operation operation, Path ids) {
    String path = expression(operation.path());
    String format =
        "wrk.format(\"%s\", %s, headers, %s)"
            .formatted(
                operation.method(),
                path,
                operation.body() == null ? "nil" : expression(operation.body()));
    String template = operation.path() + (operation.body() == null ? "" : operation.body());
    String request =
        """
        function request()
        %s%s%s  return %s
        end
        """
            .formatted(
                operation.tracksVersion() ? PRIMING.formatted(path) : "",
                template.contains("{n}")
                    ? "  local n = math.random(0, %d - 1)\n".formatted(operation.bound())
                    : "",
                template.contains("{unique}")
                    ? "  counter = counter + 1\n"
                        + "  local unique = run .. \"-\" .. connection .. \"-\" .. counter\n"
                    : "",
                PLACEHOLDER.matcher(template).find() ? format : "static");
    return """
        local threads = {}
        local ids_file = %s
        headers = %s

        function setup(thread)
          thread:set("number", #threads)
          table.insert(threads, thread)
        end

        function init(args)
          run, connection = args[1], tonumber(args[2]) + number
          counter, non2xx = 0, 0
          math.randomseed(os.time() + connection * 7919)
          ids = {}
          if ids_file then
            for line in io.lines(ids_file) do ids[#ids + 1] = line end
          end
          own = ids[connection + 1]
          static = %s
        end

        %s%s
        function response(status, headers, body)
          if status < 200 or status > 299 then non2xx = non2xx + 1 end
        %s
        end

        function done(summary, latency, requests)
          local non2xx = 0
          for _, thread in ipairs(threads) do non2xx = non2xx + thread:get("non2xx") end
          local e = summary.errors
          io.write(string.format(
            "WRK-RESULT requests=%%d non2xx=%%d socket_errors=%%d duration_us=%%d"
              .. " p50_us=%%d p99_us=%%d p999_us=%%d\\n",
            summary.requests, non2xx, e.connect + e.read + e.write + e.timeout, summary.duration,
            latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
        end
        """
        .formatted(
            ids == null ? "nil" : quote(ids.toString()),
            luaHeaders(operation.headers()),
            PLACEHOLDER.matcher(template).find() ? "nil" : format,
            request,
            operation.pauseMillis() > 0
                ? "\nfunction delay()\n  return %d\nend\n".formatted(operation.pauseMillis())
                : "",
            operation.tracksVersion() ? TRACKING : "");
  }

  /**
   * Until an answer has told it its customer's version, an updating connection reads the customer
   * (the previous run may have ended with an update whose answer wrk never read). wrk calls {@code
   * request()} once more than it sends, to check the script, so the flag is set by the answer. The
   * read counts as one request of the run.
   */
  private static final String PRIMING =
      """
        if not version then
          return wrk.format("GET", %s, headers)
        end
      """;

  /** Keeps an updating connection's version current from its answers, a 409's included. */
  private static final String TRACKING =
      """
        local seen
        if status == 200 then
          seen = body:match('"version":%s*(%d+)')
        elseif status == 409 then
          seen = body:match('"currentVersion":%s*(%d+)')
        end
        if seen then version = tonumber(seen) end
      """;

  /** A template as a Lua expression: literal parts quoted, placeholders as the script's names. */
  private static String expression(String template) {
    List<String> parts = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    int from = 0;
    while (matcher.find()) {
      if (matcher.start() > from) {
        parts.add(quote(template.substring(from, matcher.start())));
      }
      parts.add(
          switch (matcher.group(1)) {
            case "id" -> "ids[math.random(#ids)]";
            default -> matcher.group(1);
          });
      from = matcher.end();
    }
    if (from < template.length() || parts.isEmpty()) {
      parts.add(quote(template.substring(from)));
    }
    return String.join(" .. ", parts);
  }

  private static String luaHeaders(Map<String, String> headers) {
    List<String> entries = new ArrayList<>();
    headers.forEach((name, value) -> entries.add("[" + quote(name) + "] = " + quote(value)));
    return "{" + String.join(", ", entries) + "}";
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
