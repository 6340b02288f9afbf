package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies and shortcuts for the customer endpoint tests. */
final class Customers {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Customers() {}

  static String uniqueEmail() {
    return "customer" + SEQUENCE.incrementAndGet() + "@example.com";
  }

  /** A minimal draft with a unique email. */
  static String draft() {
    return draft(uniqueEmail());
  }

  static String draft(String email) {
    return """
        {"email": "%s", "password": "secret123", "firstName": "Ada"}"""
        .formatted(email);
  }

  static String update(long version, String... actions) {
    return "{\"version\": " + version + ", \"actions\": [" + String.join(",", actions) + "]}";
  }

  /** Creates a customer from the draft and returns it (not the sign-in result). */
  static JsonNode create(TestServer server, String project, String draft) {
    Reply reply = server.post("/" + project + "/customers", draft);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("customer");
  }

  static JsonNode create(TestServer server, String project) {
    return create(server, project, draft());
  }

  /** Creates a store of that key in the project and returns it. */
  static JsonNode store(TestServer server, String project, String key) {
    Reply reply =
        server.post(
            "/" + project + "/stores",
            "{\"key\": \"" + key + "\", \"name\": {\"en\": \"" + key + "\"}}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  static JsonNode get(TestServer server, String project, String id) {
    Reply reply = server.get("/" + project + "/customers/" + id);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }
}
