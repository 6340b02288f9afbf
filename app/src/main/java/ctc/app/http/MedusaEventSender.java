package ctc.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.domain.medusa.MedusaEvents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the facade's password-reset event to {@code MEDUSA_EVENT_URL} (contract §6.2): one POST, 5
 * s timeout, no retry. A failure is logged with the project and status only, never with the token
 * or the body.
 */
public final class MedusaEventSender implements MedusaEvents {

  private static final Logger LOG = LoggerFactory.getLogger(MedusaEventSender.class);
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final URI target;
  private final ObjectMapper mapper;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public MedusaEventSender(String url, ObjectMapper mapper) {
    this.target = URI.create(url);
    this.mapper = mapper;
  }

  @Override
  public void passwordReset(String projectKey, PasswordResetEvent event) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", event.id());
    data.put("email", event.email());
    data.put("first_name", event.firstName());
    data.put("last_name", event.lastName());
    data.put("token", event.token());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", "customer.password_reset");
    body.put("project_key", projectKey);
    body.put("data", data);
    try {
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(target)
                  .timeout(TIMEOUT)
                  .header("Content-Type", "application/json; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        LOG.warn(
            "The customer.password_reset event of project {} was answered with status {}",
            projectKey,
            response.statusCode());
      }
    } catch (IOException e) {
      LOG.warn(
          "The customer.password_reset event of project {} could not be sent: {}",
          projectKey,
          e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn(
          "Sending the customer.password_reset event of project {} was interrupted", projectKey);
    }
  }
}
