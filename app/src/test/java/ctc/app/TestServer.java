package ctc.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.persistence.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** The real server on a free port over a fresh database, and a small HTTP client for it. */
public final class TestServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Wiring wiring;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  private TestServer(String databaseUrl, Clock clock) {
    AppConfig config = new AppConfig(0, null, databaseUrl, null, null, 16, 4, "default");
    this.wiring = new Wiring(config, clock);
    wiring.app().start("127.0.0.1", 0);
    this.base = "http://127.0.0.1:" + wiring.app().port();
  }

  /** A server over a private in-memory H2 database. */
  public static TestServer start() {
    return start(TestDatabases.h2());
  }

  public static TestServer start(String databaseUrl) {
    return new TestServer(databaseUrl, Clock.systemUTC());
  }

  /** A server whose notion of now is the given clock, e.g. a MutableClock that tests move forward. */
  public static TestServer start(Clock clock) {
    return new TestServer(TestDatabases.h2(), clock);
  }

  /** A project key no other test uses, so tests share a server without seeing each other's data. */
  public static String newProject() {
    return "p-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Wiring wiring() {
    return wiring;
  }

  public String base() {
    return base;
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply head(String path) {
    return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply post(String path, String body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply post(String path, byte[] body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder builder = request(path).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return send(builder);
  }

  public HttpResponse<byte[]> raw(HttpRequest.Builder builder) {
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json; charset=utf-8");
  }

  private Reply send(HttpRequest.Builder builder) {
    HttpResponse<byte[]> response = raw(builder);
    return new Reply(response.statusCode(), response.headers(), new String(response.body()));
  }

  @Override
  public void close() {
    wiring.close();
  }

  /** One response: status, headers and the body as text and as JSON. */
  public record Reply(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }

    /** The first error's code, for error responses. */
    public String code() {
      return json().path("errors").path(0).path("code").asText();
    }

    public String message() {
      return json().path("message").asText();
    }
  }
}
