package ctc.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.domain.auth.ApiClient;
import ctc.domain.auth.ApiClientDraft;
import ctc.domain.auth.IssuedApiClient;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import ctc.persistence.auth.JdbiApiClientRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real server on a free port over a fresh database, and a small HTTP client for it. Requests to
 * a project's paths carry a bearer token with {@code manage_project} for that project, got through
 * the real client-credentials flow from an API client made for the project on first use.
 */
public final class TestServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Search on, its index in memory, 5 s per search. */
  public static final AppConfig.Search SEARCH_IN_MEMORY =
      new AppConfig.Search(null, true, 5000, false);

  private final Database database;
  private final Wiring wiring;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final Map<String, String> projectTokens = new ConcurrentHashMap<>();

  /** What a test server is started with; each factory below changes what its tests need. */
  private record Settings(
      String databaseUrl,
      Clock clock,
      Throttling throttling,
      int poolSize,
      int queryPoolSize,
      int queryTimeoutMillis,
      AppConfig.Messages messages,
      AppConfig.Medusa medusa,
      String metricsToken,
      boolean ready,
      AppConfig.Search search) {

    static Settings defaults() {
      return new Settings(
          TestDatabases.h2(),
          Clock.systemUTC(),
          Throttling.DEFAULTS,
          16,
          4,
          10_000,
          AppConfig.Messages.DEFAULTS,
          AppConfig.Medusa.OFF,
          null,
          true,
          SEARCH_IN_MEMORY);
    }

    Settings database(String url) {
      return new Settings(
          url,
          clock,
          throttling,
          poolSize,
          queryPoolSize,
          queryTimeoutMillis,
          messages,
          medusa,
          metricsToken,
          ready,
          search);
    }

    Settings clock(Clock newClock, Throttling newThrottling) {
      return new Settings(
          databaseUrl,
          newClock,
          newThrottling,
          poolSize,
          queryPoolSize,
          queryTimeoutMillis,
          messages,
          medusa,
          metricsToken,
          ready,
          search);
    }

    Settings pools(int pool, int queryPool, int queryTimeout) {
      return new Settings(
          databaseUrl,
          clock,
          throttling,
          pool,
          queryPool,
          queryTimeout,
          messages,
          medusa,
          metricsToken,
          ready,
          search);
    }

    Settings messages(AppConfig.Messages newMessages) {
      return new Settings(
          databaseUrl,
          clock,
          throttling,
          poolSize,
          queryPoolSize,
          queryTimeoutMillis,
          newMessages,
          medusa,
          metricsToken,
          ready,
          search);
    }

    Settings medusa(AppConfig.Medusa newMedusa) {
      return new Settings(
          databaseUrl,
          clock,
          throttling,
          poolSize,
          queryPoolSize,
          queryTimeoutMillis,
          messages,
          newMedusa,
          metricsToken,
          ready,
          search);
    }

    Settings metrics(String token, boolean isReady) {
      return new Settings(
          databaseUrl,
          clock,
          throttling,
          poolSize,
          queryPoolSize,
          queryTimeoutMillis,
          messages,
          medusa,
          token,
          isReady,
          search);
    }

    Settings search(AppConfig.Search newSearch) {
      return new Settings(
          databaseUrl,
          clock,
          throttling,
          poolSize,
          queryPoolSize,
          queryTimeoutMillis,
          messages,
          medusa,
          metricsToken,
          ready,
          newSearch);
    }
  }

  private TestServer(Settings settings) {
    AppConfig config =
        new AppConfig(
            0,
            null,
            settings.databaseUrl(),
            null,
            null,
            settings.poolSize(),
            4,
            "default",
            null,
            null,
            settings.queryPoolSize(),
            settings.queryTimeoutMillis(),
            AppConfig.DEFAULT_CACHE_ENTRIES,
            settings.messages(),
            settings.medusa(),
            new AppConfig.Operations(settings.metricsToken(), 0, 5_000, 0),
            settings.search());
    this.database = Main.openDatabase(config);
    this.wiring = new Wiring(config, database, settings.clock(), settings.throttling());
    wiring.app().start("127.0.0.1", 0);
    if (settings.ready()) {
      wiring.readiness().ready();
    }
    this.base = "http://127.0.0.1:" + wiring.app().port();
  }

  /** A server over a private in-memory H2 database. */
  public static TestServer start() {
    return new TestServer(Settings.defaults());
  }

  public static TestServer start(String databaseUrl) {
    return new TestServer(Settings.defaults().database(databaseUrl));
  }

  /** A server over that database whose notion of now is the given clock. */
  public static TestServer start(String databaseUrl, Clock clock) {
    return new TestServer(
        Settings.defaults().database(databaseUrl).clock(clock, Throttling.DEFAULTS));
  }

  /**
   * A server whose notion of now is the given clock, e.g. a MutableClock that tests move forward.
   */
  public static TestServer start(Clock clock) {
    return new TestServer(Settings.defaults().clock(clock, Throttling.DEFAULTS));
  }

  /**
   * A server with these limits on guessing, and a clock that tests move forward to end their
   * windows.
   */
  public static TestServer start(Clock clock, Throttling throttling) {
    return new TestServer(Settings.defaults().clock(clock, throttling));
  }

  /**
   * A server over a private in-memory H2 database with these pool sizes and this query timeout
   * (DB_POOL_SIZE, DB_QUERY_POOL_SIZE, QUERY_TIMEOUT_MS).
   */
  public static TestServer start(int poolSize, int queryPoolSize, int queryTimeoutMillis) {
    return new TestServer(Settings.defaults().pools(poolSize, queryPoolSize, queryTimeoutMillis));
  }

  /**
   * A server over that database with these search settings (another server may share the database).
   */
  public static TestServer start(String databaseUrl, AppConfig.Search search) {
    return new TestServer(Settings.defaults().database(databaseUrl).search(search));
  }

  /** A server over a private in-memory H2 database with MESSAGES_ENABLED=false. */
  public static TestServer startWithoutMessages() {
    return new TestServer(Settings.defaults().messages(new AppConfig.Messages(false, 15, null)));
  }

  /** A server whose /metrics needs this bearer token (METRICS_TOKEN). */
  public static TestServer startWithMetricsToken(String metricsToken) {
    return new TestServer(Settings.defaults().metrics(metricsToken, true));
  }

  /** A server that listens but has not been told that start-up is complete, as Main does last. */
  public static TestServer startNotReady() {
    return new TestServer(Settings.defaults().metrics(null, false));
  }

  /**
   * A server with the Medusa store API facade configured: MEDUSA_STORE_CLIENTS, MEDUSA_EVENT_URL
   * (may be null) and MEDUSA_STORE_CORS.
   */
  public static TestServer startMedusa(List<String> clients, String eventUrl, List<String> cors) {
    return new TestServer(
        Settings.defaults().medusa(new AppConfig.Medusa(clients, eventUrl, cors)));
  }

  /** An API client with a chosen id (as MEDUSA_STORE_CLIENTS names it), stored directly. */
  public void storeClient(String id, String projectKey, String scope) {
    new JdbiApiClientRepository(database.jdbi())
        .insert(
            new ApiClient(
                id,
                projectKey,
                "storefront",
                "not-a-usable-secret-hash",
                List.of(scope.split(" ")),
                null,
                null,
                Instant.now()));
  }

  /** A project key no other test uses, so tests share a server without seeing each other's data. */
  public static String newProject() {
    return "p-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Wiring wiring() {
    return wiring;
  }

  /** The server's database, for checks that look beneath the API. */
  public Database database() {
    return database;
  }

  public String base() {
    return base;
  }

  /** A new API client of the project with these scopes, made the way the bootstrap makes one. */
  public IssuedApiClient newClient(String projectKey, String scope) {
    return wiring
        .apiClients()
        .create(projectKey, new ApiClientDraft("test client", scope, null, null));
  }

  /** POSTs a form to a token endpoint with the client's HTTP Basic credentials. */
  public Reply oauth(String path, IssuedApiClient apiClient, String form) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (apiClient.client().id() + ":" + apiClient.secret())
                    .getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** A client-credentials access token of a new client with these scopes. */
  public String token(String projectKey, String scope) {
    Reply reply =
        oauth("/oauth/token", newClient(projectKey, scope), "grant_type=client_credentials");
    if (reply.status() != 200) {
      throw new IllegalStateException("No token: " + reply.body());
    }
    return reply.json().get("access_token").asText();
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

  /** Any request; headers given here (e.g. another Authorization) replace the defaults. */
  public Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder builder =
        (hasAuthorization(headers) ? plainRequest(path) : request(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return send(builder);
  }

  /** A request with no Authorization header at all. */
  public Reply sendWithoutToken(String method, String path, String body) {
    return send(
        plainRequest(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<byte[]> raw(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    try {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        // A pooled connection the server had already closed: the request never reached it, so
        // sending it again
        // on a new connection is safe. Any other failure is the test's to see.
        if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
          throw e;
        }
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A JSON request with the bearer token of the path's project. */
  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = plainRequest(path);
    String project = path.substring(1).split("[/?]", 2)[0];
    if (!project.equals("health") && !project.equals("oauth")) {
      builder.header(
          "Authorization",
          "Bearer "
              + projectTokens.computeIfAbsent(project, key -> token(key, "manage_project:" + key)));
    }
    return builder;
  }

  /** A JSON request without any token. */
  public HttpRequest.Builder plainRequest(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json; charset=utf-8");
  }

  private static boolean hasAuthorization(String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Authorization")) {
        return true;
      }
    }
    return false;
  }

  private Reply send(HttpRequest.Builder builder) {
    HttpResponse<byte[]> response = raw(builder);
    return new Reply(
        response.statusCode(),
        response.headers(),
        new String(response.body(), StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    wiring.close();
    database.close();
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
