package ctc.app.http;

import static ctc.app.http.Customers.create;
import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain passwords and token values reach neither the database nor the log, whatever the request does with them. */
class SecretsTest {

  private static final String PASSWORD = "Plain-Secret-4711";
  private static final String NEW_PASSWORD = "Other-Secret-0815";
  private static final String RESET_PASSWORD = "Reset-Secret-1234";
  private final List<String> tokens = new ArrayList<>();

  @Test
  void plainPasswordsAndTokenValuesAreNeitherStoredNorLogged() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try (TestServer server = TestServer.start()) {
      String project = TestServer.newProject();
      String email = Customers.uniqueEmail();
      String id = create(server, project, """
          {"email": "%s", "password": "%s"}""".formatted(email, PASSWORD)).get("id").asText();
      String path = "/" + project + "/customers/" + id;
      server.post(path, update(1, """
          {"action": "setAuthenticationMode", "authMode": "ExternalAuth"}"""));
      server.post(path, update(2, """
          {"action": "setAuthenticationMode", "authMode": "Password", "password": "%s"}""".formatted(NEW_PASSWORD)));
      String token = server.post("/" + project + "/customers/password-token", """
          {"email": "%s"}""".formatted(email)).json().get("value").asText();
      server.get("/" + project + "/customers/password-token=" + token);
      server.post("/" + project + "/customers/password/reset", """
          {"tokenValue": "%s", "newPassword": "%s"}""".formatted(token, RESET_PASSWORD));
      server.post("/" + project + "/login", """
          {"email": "%s", "password": "%s"}""".formatted(email, PASSWORD));
      // A failing write goes through the error path and its logging too.
      server.post("/" + project + "/customers", """
          {"email": "%s", "password": "%s", "key": "x"}""".formatted(Customers.uniqueEmail(), PASSWORD));

      String stored = server.wiring().database().jdbi().withHandle(handle ->
          handle.createQuery("SELECT * FROM customer").mapToMap().list().toString()
              + handle.createQuery("SELECT * FROM customer_token").mapToMap().list());
      assertThat(stored).contains(id).doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD)
          .doesNotContain(RESET_PASSWORD).doesNotContain(token);
      tokens.add(token);
      assertThat(server.get(path).body()).doesNotContain(NEW_PASSWORD).doesNotContain("$2a$");
    } finally {
      System.setErr(original);
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("POST /{projectKey}/customers")
        .contains("GET /{projectKey}/customers/password-token={token}")
        .doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD).doesNotContain(RESET_PASSWORD)
        .doesNotContain(tokens.get(0));
  }
}
