package ctc.app.http;

import static ctc.app.http.Customers.create;
import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.LogFormat;
import ctc.app.TestServer;
import ctc.domain.auth.ApiClient;
import ctc.domain.auth.IssuedApiClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secrets — passwords, customer token values, client secrets, access and refresh tokens — reach
 * neither the database nor the log in plain text, whatever the requests do with them.
 */
class SecretsTest {

  private static final List<String> TABLES =
      List.of("customer", "customer_token", "api_client", "oauth_token", "anonymous_id");
  private static final String PASSWORD = "Plain-Secret-4711";
  private static final String NEW_PASSWORD = "Other-Secret-0815";
  private static final String RESET_PASSWORD = "Reset-Secret-1234";

  private final List<String> secrets =
      new ArrayList<>(List.of(PASSWORD, NEW_PASSWORD, RESET_PASSWORD));

  /** In both log formats (LOG_FORMAT), since each renders events its own way. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void noSecretIsStoredOrLoggedInPlainText(String format) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    String stored;
    try (LogFormat logFormat = LogFormat.use(format);
        TestServer server = TestServer.start()) {
      String project = TestServer.newProject();
      String email = Customers.uniqueEmail();
      String id =
          create(
                  server,
                  project,
                  """
          {"email": "%s", "password": "%s"}"""
                      .formatted(email, PASSWORD))
              .get("id")
              .asText();
      String path = "/" + project + "/customers/" + id;
      server.post(
          path,
          update(
              1,
              """
          {"action": "setAuthenticationMode", "authMode": "ExternalAuth"}"""));
      server.post(
          path,
          update(
              2,
              """
          {"action": "setAuthenticationMode", "authMode": "Password", "password": "%s"}"""
                  .formatted(NEW_PASSWORD)));
      String resetToken =
          keep(
              server
                  .post(
                      "/" + project + "/customers/password-token",
                      """
          {"email": "%s"}"""
                          .formatted(email))
                  .json()
                  .get("value")
                  .asText());
      server.get("/" + project + "/customers/password-token=" + resetToken);
      server.post(
          "/" + project + "/customers/password/reset",
          """
          {"tokenValue": "%s", "newPassword": "%s"}"""
              .formatted(resetToken, RESET_PASSWORD));
      server.post(
          "/" + project + "/login",
          """
          {"email": "%s", "password": "%s"}"""
              .formatted(email, PASSWORD));
      // A failing write goes through the error path and its logging too.
      server.post(
          "/" + project + "/customers",
          """
          {"email": "%s", "password": "%s", "key": "x"}"""
              .formatted(Customers.uniqueEmail(), PASSWORD));

      JsonNode client =
          server
              .post(
                  "/" + project + "/api-clients",
                  """
          {"name": "app", "scope": "manage_project:%s"}"""
                      .formatted(project))
              .json();
      IssuedApiClient app =
          new IssuedApiClient(
              new ApiClient(
                  client.get("id").asText(), project, "app", "", List.of(), null, null, null),
              keep(client.get("secret").asText()));
      String access =
          keep(
              server
                  .oauth("/oauth/token", app, "grant_type=client_credentials")
                  .json()
                  .get("access_token")
                  .asText());
      JsonNode session =
          server
              .oauth(
                  "/oauth/" + project + "/customers/token",
                  app,
                  "grant_type=password&username=" + email + "&password=" + RESET_PASSWORD)
              .json();
      keep(session.get("access_token").asText());
      String refresh = keep(session.get("refresh_token").asText());
      keep(
          server
              .oauth("/oauth/token", app, "grant_type=refresh_token&refresh_token=" + refresh)
              .json()
              .get("access_token")
              .asText());
      server.send("GET", "/" + project + "/customers", null, "Authorization", "Bearer " + access);
      server.oauth("/oauth/introspect", app, "token=" + access);
      server.oauth("/oauth/token/revoke", app, "token=" + access);
      server.send("GET", "/" + project + "/customers", null, "Authorization", "Bearer " + access);

      stored =
          server
              .database()
              .jdbi()
              .withHandle(
                  handle -> {
                    StringBuilder all = new StringBuilder();
                    TABLES.forEach(
                        table ->
                            all.append(
                                handle.createQuery("SELECT * FROM " + table).mapToMap().list()));
                    return all.toString();
                  });
      assertThat(stored).contains(id).contains(app.client().id());
      assertThat(server.get(path).body()).doesNotContain("$2a$");
    } finally {
      System.setErr(original);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged)
        .contains("POST /oauth/token")
        .contains("GET /{projectKey}/customers/password-token={token}");
    if (format.equals("json")) {
      assertThat(logged).contains("\"route\":\"/{projectKey}/customers/password-token={token}\"");
    }
    for (String secret : secrets) {
      assertThat(stored).doesNotContain(secret);
      assertThat(logged).doesNotContain(secret);
    }
  }

  private String keep(String secret) {
    secrets.add(secret);
    return secret;
  }
}
