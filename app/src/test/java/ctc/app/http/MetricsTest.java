package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** /metrics in the Prometheus text format: requests by route, the JVM, the pools, our counters. */
class MetricsTest {

  private static final TestServer SERVER = TestServer.start();

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  @Test
  void aRequestRaisesTheCounterOfItsRouteTemplateMethodAndStatus() {
    String project = TestServer.newProject();
    String series =
        "http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\","
            + "uri=\"/{projectKey}/customers/{id}\"}";
    double before = value(scrape(), series);

    SERVER.get("/" + project + "/customers/no-such-id");

    assertThat(value(scrape(), series)).isEqualTo(before + 1);
    assertThat(scrape())
        .contains("http_server_requests_seconds_sum{method=\"GET\",outcome=\"CLIENT_ERROR\"")
        .contains("uri=\"/{projectKey}/customers/{id}\",le=\"0.005\"}");
  }

  @Test
  void jvmAndConnectionPoolMetricsAreThere() {
    assertThat(scrape())
        .contains("jvm_memory_used_bytes{")
        .contains("jvm_threads_live_threads")
        .contains("jvm_gc_")
        .contains("hikaricp_connections_active{pool=\"customers\"}")
        .contains("hikaricp_connections_max{pool=\"customer-queries\"}");
  }

  @Test
  void signInsAreCountedByOutcomeAndTokensAsIssued() {
    String project = TestServer.newProject();
    String email = Customers.uniqueEmail();
    Customers.create(
        SERVER,
        project,
        """
        {"email": "%s", "password": "right-password"}"""
            .formatted(email));
    double succeeded = value(scrape(), "ctc_sign_ins_total{outcome=\"succeeded\"}");
    double failed = value(scrape(), "ctc_sign_ins_total{outcome=\"failed\"}");
    double tokens = value(scrape(), "ctc_access_tokens_issued_total");

    SERVER.post(
        "/" + project + "/login",
        """
        {"email": "%s", "password": "right-password"}"""
            .formatted(email));
    SERVER.post(
        "/" + project + "/login",
        """
        {"email": "%s", "password": "wrong-password"}"""
            .formatted(email));
    SERVER.token(project, "view_customers:" + project);

    String after = scrape();
    assertThat(value(after, "ctc_sign_ins_total{outcome=\"succeeded\"}")).isEqualTo(succeeded + 1);
    assertThat(value(after, "ctc_sign_ins_total{outcome=\"failed\"}")).isEqualTo(failed + 1);
    assertThat(value(after, "ctc_access_tokens_issued_total")).isEqualTo(tokens + 1);
  }

  @Test
  void conflictsAndRateLimitedRequestsAreCounted() {
    String project = TestServer.newProject();
    String email = Customers.uniqueEmail();
    String id = Customers.create(SERVER, project).get("id").asText();
    double conflicts = value(scrape(), "ctc_concurrent_modifications_total");
    double limited = value(scrape(), "ctc_rate_limited_total");

    assertThat(
            SERVER
                .post(
                    "/" + project + "/customers/" + id,
                    Customers.update(7, "{\"action\": \"setFirstName\", \"firstName\": \"J\"}"))
                .status())
        .isEqualTo(409);
    int status = 0;
    for (int attempt = 0; attempt < 10 && status != 429; attempt++) {
      status =
          SERVER
              .post(
                  "/" + project + "/login",
                  """
                  {"email": "%s", "password": "guess-%d"}"""
                      .formatted(email, attempt))
              .status();
    }

    assertThat(status).isEqualTo(429);
    assertThat(value(scrape(), "ctc_concurrent_modifications_total")).isEqualTo(conflicts + 1);
    assertThat(value(scrape(), "ctc_rate_limited_total")).isEqualTo(limited + 1);
  }

  @Test
  void withAMetricsTokenOnlyItsBearerMayScrape() {
    try (TestServer server = TestServer.startWithMetricsToken("scrape-secret")) {
      assertThat(server.sendWithoutToken("GET", "/metrics", null).status()).isEqualTo(401);
      assertThat(
              server
                  .send("GET", "/metrics", null, "Authorization", "Bearer not-the-token")
                  .status())
          .isEqualTo(401);
      TestServer.Reply reply =
          server.send("GET", "/metrics", null, "Authorization", "Bearer scrape-secret");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).contains("jvm_memory_used_bytes");
    }
  }

  private static String scrape() {
    TestServer.Reply reply = SERVER.sendWithoutToken("GET", "/metrics", null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    return reply.body();
  }

  /** The value of one series, 0 when it has not been written yet. */
  private static double value(String scrape, String series) {
    Matcher matcher =
        Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
            .matcher(scrape);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
