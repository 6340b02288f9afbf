package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.app.LogFormat;
import ctc.app.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With LOG_FORMAT=json every log line is one JSON object, and request lines carry their fields. */
class JsonLogsTest {

  @Test
  void everyLineIsAJsonObjectAndARequestLineCarriesCorrelationIdRouteStatusAndDuration()
      throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    String project = TestServer.newProject();
    try (LogFormat json = LogFormat.use("json");
        TestServer server = TestServer.start()) {
      server.send(
          "GET",
          "/" + project + "/customers/key=some-key",
          null,
          RequestLog.CORRELATION_ID,
          "trace-4711");
    } finally {
      System.setErr(original);
    }

    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String line : log.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        lines.add(mapper.readTree(line));
      }
    }
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.isObject()).isTrue());
    assertThat(lines)
        .allSatisfy(
            line ->
                assertThat(line.fieldNames())
                    .toIterable()
                    .contains("timestamp", "level", "logger", "message"));
    JsonNode request =
        lines.stream()
            .filter(line -> "trace-4711".equals(line.path("correlationId").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(request.get("route").asText()).isEqualTo("/{projectKey}/customers/key={key}");
    assertThat(request.get("status").isInt()).isTrue();
    assertThat(request.get("status").asInt()).isEqualTo(404);
    assertThat(request.get("durationMs").asLong()).isNotNegative();
    assertThat(request.get("level").asText()).isEqualTo("INFO");
    assertThat(request.toString()).doesNotContain("some-key");
  }
}
