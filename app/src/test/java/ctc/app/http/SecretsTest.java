package ctc.app.http;

import static ctc.app.http.Customers.create;
import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plain passwords reach neither the database nor the log, whatever the request does with them. */
class SecretsTest {

  private static final String PASSWORD = "Plain-Secret-4711";
  private static final String NEW_PASSWORD = "Other-Secret-0815";

  @Test
  void plainPasswordsAreNeitherStoredNorLogged() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try (TestServer server = TestServer.start()) {
      String project = TestServer.newProject();
      String id = create(server, project, """
          {"email": "%s", "password": "%s"}""".formatted(Customers.uniqueEmail(), PASSWORD)).get("id").asText();
      String path = "/" + project + "/customers/" + id;
      server.post(path, update(1, """
          {"action": "setAuthenticationMode", "authMode": "ExternalAuth"}"""));
      server.post(path, update(2, """
          {"action": "setAuthenticationMode", "authMode": "Password", "password": "%s"}""".formatted(NEW_PASSWORD)));
      // A failing write goes through the error path and its logging too.
      server.post("/" + project + "/customers", """
          {"email": "%s", "password": "%s", "key": "x"}""".formatted(Customers.uniqueEmail(), PASSWORD));

      List<Map<String, Object>> rows = server.wiring().database().jdbi()
          .withHandle(handle -> handle.createQuery("SELECT * FROM customer").mapToMap().list());
      assertThat(rows).isNotEmpty();
      assertThat(rows.toString()).doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD);
      assertThat(server.get(path).body()).doesNotContain(NEW_PASSWORD).doesNotContain("$2a$");
    } finally {
      System.setErr(original);
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("POST /{projectKey}/customers")
        .doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD);
  }
}
