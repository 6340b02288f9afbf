package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * /health/ready answers 503 until start-up is complete and again once a shutdown has begun, while
 * /health keeps its meaning; a stop lets requests in flight finish.
 */
class ReadinessTest {

  @Test
  void notReadyUntilStartUpIsCompleteThenReady() {
    try (TestServer server = TestServer.startNotReady()) {
      TestServer.Reply starting = server.sendWithoutToken("GET", "/health/ready", null);
      assertThat(starting.status()).isEqualTo(503);
      assertThat(starting.json().get("status").asText()).isEqualTo("STARTING");
      assertThat(server.sendWithoutToken("GET", "/health", null).status()).isEqualTo(200);

      server.wiring().readiness().ready();

      TestServer.Reply ready = server.sendWithoutToken("GET", "/health/ready", null);
      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.json().get("status").asText()).isEqualTo("READY");
    }
  }

  @Test
  void notReadyOnceAShutdownHasBegunWhileStillAlive() {
    try (TestServer server = TestServer.start()) {
      server.wiring().readiness().stopping();

      TestServer.Reply stopping = server.sendWithoutToken("GET", "/health/ready", null);
      assertThat(stopping.status()).isEqualTo(503);
      assertThat(stopping.json().get("status").asText()).isEqualTo("STOPPING");
      assertThat(server.sendWithoutToken("GET", "/health", null).status()).isEqualTo(200);
      server.wiring().readiness().ready();
      assertThat(server.sendWithoutToken("GET", "/health/ready", null).status()).isEqualTo(503);
    }
  }

  @Test
  void aStopLetsARequestInFlightFinish() throws Exception {
    TestServer server = TestServer.start();
    // A refused client authentication is answered only after OAuthRoutes.REFUSED_CLIENT_DELAY.
    CompletableFuture<HttpResponse<String>> inFlight =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(URI.create(server.base() + "/oauth/token"))
                    .header("Authorization", "Basic bm8tc3VjaDpjbGllbnQ=")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Thread.sleep(OAuthRoutes.REFUSED_CLIENT_DELAY.toMillis() / 3);

    server.close();

    HttpResponse<String> response = inFlight.get();
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("invalid_client");
  }
}
