package ctc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wrk against a tiny versioned store: the script's updates must never go stale. */
class WrkTest {

  private static final Pattern VERSION = Pattern.compile("\"version\": (\\d+)");

  @TempDir Path directory;

  private final Map<String, Integer> versions = new ConcurrentHashMap<>();
  private final AtomicInteger conflicts = new AtomicInteger();
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    assumeTrue(Wrk.onPath("wrk") != null, "wrk is not installed");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/p/customers/", this::customer);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void everyUpdateOfEveryRunCarriesTheCurrentVersion() throws Exception {
    Path ids = Files.write(directory.resolve("ids.txt"), List.of("a", "b", "c"));
    List.of("a", "b", "c").forEach(id -> versions.put(id, 1));
    Operation update =
        Operation.post("update", "/p/customers/{own}", "{\"version\": {version}}", Map.of());
    Wrk wrk = Wrk.locate(directory);

    Measurement first = wrk.run(update, List.of(base), ids, 2, 1, Duration.ofSeconds(2));
    Measurement split = wrk.run(update, List.of(base, base), ids, 3, 3, Duration.ofSeconds(2));

    assertThat(first.errors()).isZero();
    assertThat(split.errors()).isZero();
    assertThat(conflicts).hasValue(0);
    assertThat(versions).allSatisfy((id, version) -> assertThat(version).isGreaterThan(1));
  }

  private void customer(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/p/customers/".length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    int status = 200;
    int version;
    synchronized (versions) {
      version = versions.get(id);
      if (exchange.getRequestMethod().equals("POST")) {
        Matcher expected = VERSION.matcher(body);
        if (expected.find() && Integer.parseInt(expected.group(1)) == version) {
          versions.put(id, ++version);
        } else {
          conflicts.incrementAndGet();
          status = 409;
        }
      }
    }
    byte[] answer =
        (status == 200
                ? "{\"id\":\"" + id + "\",\"version\":" + version + "}"
                : "{\"errors\":[{\"code\":\"ConcurrentModification\",\"currentVersion\":"
                    + version
                    + "}]}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }
}
