package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.domain.auth.IssuedApiClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every token endpoint reads parameters from an {@code application/x-www-form-urlencoded} body or
 * the query string; a body of any other type, or a form it cannot decode, is 400 invalid_request in
 * the OAuth error form, never a 500.
 */
class OAuthRequestBodiesTest {

  private static TestServer server;
  private static String project;
  private static IssuedApiClient admin;
  private static List<String> endpoints;

  @BeforeAll
  static void startServer() {
    server = TestServer.start();
    project = TestServer.newProject();
    admin = server.newClient(project, "manage_project:" + project);
    assertThat(server.post("/" + project + "/stores", "{\"key\": \"berlin\"}").status())
        .isEqualTo(201);
    endpoints =
        List.of(
            "/oauth/token",
            "/oauth/" + project + "/customers/token",
            "/oauth/" + project + "/in-store/key=berlin/customers/token",
            "/oauth/" + project + "/anonymous/token",
            "/oauth/introspect",
            "/oauth/token/revoke");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static Reply send(String path, String contentType, String body) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (admin.client().id() + ":" + admin.secret()).getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> response =
        server.raw(
            HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    return new Reply(
        response.statusCode(),
        response.headers(),
        new String(response.body(), StandardCharsets.UTF_8));
  }

  private static void assertInvalidRequest(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    JsonNode body = reply.json();
    assertThat(body.get("statusCode").asInt()).isEqualTo(400);
    assertThat(body.get("error").asText()).isEqualTo("invalid_request");
    assertThat(body.get("errors").get(0).get("code").asText()).isEqualTo("invalid_request");
    assertThat(body.get("error_description").asText())
        .isEqualTo(body.get("message").asText())
        .isNotBlank();
  }

  @Test
  void aMalformedMultipartBodyIsInvalidRequestOnEveryEndpoint() {
    List<String> bodies =
        List.of(
            "not a multipart body",
            "--xyz\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_cred",
            "--xyz\r\nno headers end here--xyz--");
    for (String endpoint : endpoints) {
      for (String body : bodies) {
        assertInvalidRequest(send(endpoint, "multipart/form-data; boundary=xyz", body));
      }
    }
  }

  @Test
  void aMultipartTypeWithoutBoundaryIsInvalidRequestOnEveryEndpoint() {
    for (String endpoint : endpoints) {
      assertInvalidRequest(send(endpoint, "multipart/form-data", "--xyz\r\n\r\n"));
    }
  }

  @Test
  void aWellFormedMultipartBodyIsRefusedRatherThanRead() {
    String body =
        "--xyz\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_credentials\r\n--xyz--\r\n";

    Reply reply = send("/oauth/token", "multipart/form-data; boundary=xyz", body);

    assertInvalidRequest(reply);
    assertThat(reply.message())
        .isEqualTo(
            "Unsupported content type 'multipart/form-data'. Send the parameters "
                + "as application/x-www-form-urlencoded or in the query string.");
  }

  @Test
  void jsonTextAndUnknownBodiesAreInvalidRequestOnEveryEndpoint() {
    for (String endpoint : endpoints) {
      assertInvalidRequest(
          send(endpoint, "application/json", "{\"grant_type\": \"client_credentials\"}"));
      assertInvalidRequest(send(endpoint, "text/plain", "grant_type=client_credentials"));
      assertInvalidRequest(send(endpoint, "application/octet-stream", "\u0000\u0001"));
    }
  }

  @Test
  void aFormThatCannotBeDecodedIsInvalidRequestOnEveryEndpoint() {
    for (String endpoint : endpoints) {
      Reply reply = send(endpoint, "application/x-www-form-urlencoded", "grant_type=%zz&token=%");
      assertInvalidRequest(reply);
      assertThat(reply.message())
          .isEqualTo(
              "The request body is not a valid application/x-www-form-urlencoded " + "form.");
    }
  }

  @Test
  void escapesThatAreNotUtf8AreInvalidRequestRatherThanReplaced() {
    for (String body :
        List.of(
            "grant_type=client_credentials&scope=%C0%AF",
            "grant_type=client_credentials&x=%FF", "grant_type=client_credentials&x=%+F")) {
      Reply reply = send("/oauth/token", "application/x-www-form-urlencoded", body);
      assertInvalidRequest(reply);
    }
    Reply anonymous =
        send(
            "/oauth/" + project + "/anonymous/token",
            "application/x-www-form-urlencoded",
            "grant_type=client_credentials&anonymous_id=visitor%C3");
    assertInvalidRequest(anonymous);
  }

  @Test
  void escapedUtf8AndPlusSignsAreDecoded() {
    Reply anonymous =
        send(
            "/oauth/" + project + "/anonymous/token",
            "application/x-www-form-urlencoded",
            "grant_type=client_credentials&anonymous_id=caf%C3%A9-1");
    Reply twoScopes =
        send(
            "/oauth/token",
            "application/x-www-form-urlencoded",
            "grant_type=client_credentials&scope=view_customers%3A"
                + project
                + "+view_types%3A"
                + project);

    assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
    assertThat(anonymous.json().get("scope").asText()).contains("anonymous_id:café-1");
    assertThat(twoScopes.json().get("scope").asText().split(" "))
        .containsExactlyInAnyOrder("view_customers:" + project, "view_types:" + project);
  }

  @Test
  void parametersInTheQueryWorkWithAnEmptyBodyOfAnyType() {
    Reply reply = send("/oauth/token?grant_type=client_credentials", "application/json", "");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().get("access_token").asText()).isNotBlank();
  }

  @Test
  void aFormBodyWithACharsetParameterIsRead() {
    Reply reply =
        send(
            "/oauth/token",
            "application/x-www-form-urlencoded; charset=UTF-8",
            "grant_type=client_credentials&scope=view_customers%3A" + project);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().get("scope").asText()).isEqualTo("view_customers:" + project);
  }
}
