package ctc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The access token every measurement starts with: the client-credentials grant of one client. */
final class ClientCredentials {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClientCredentials() {}

  static String token(HttpClient http, String base, String id, String secret) throws Exception {
    String basic =
        Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 200) {
      throw new IllegalStateException("No token: " + reply.body());
    }
    return JSON.readTree(reply.body()).get("access_token").asText();
  }
}
