package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wiring of message storage (MESSAGES_ENABLED): the customer and store endpoints store their
 * messages, a refused request stores none, and a server with messages off stores none while
 * lastMessageSequenceNumber still advances. The endpoints that serve messages do not exist yet, so
 * this reads the message table.
 */
class MessagesStoredTest {

  private static List<Map<String, Object>> messages(TestServer server, String project) {
    return server
        .database()
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT resource_type_id, sequence_number, resource_version, type"
                            + " FROM message WHERE project_key = :p"
                            + " ORDER BY resource_type_id, sequence_number")
                    .bind("p", project)
                    .mapToMap()
                    .list());
  }

  private static String customer(TestServer server, String project) {
    Reply created =
        server.post(
            "/" + project + "/customers",
            "{\"email\": \"" + Customers.uniqueEmail() + "\", \"password\": \"pw\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("customer").get("id").asText();
  }

  private static Reply rename(TestServer server, String project, String id, long version) {
    return server.post(
        "/" + project + "/customers/" + id,
        """
        {"version": %d, "actions": [{"action": "setFirstName", "firstName": "Jane"},
          {"action": "setLastName", "lastName": "Doe"}]}"""
            .formatted(version));
  }

  @Test
  void customerAndStoreRequestsStoreTheirMessagesAndRefusedOnesNone() {
    try (TestServer server = TestServer.start()) {
      String project = TestServer.newProject();
      String id = customer(server, project);
      Reply renamed = rename(server, project, id, 1);
      assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
      assertThat(renamed.json().get("lastMessageSequenceNumber").asLong()).isEqualTo(3);
      assertThat(rename(server, project, id, 1).status()).isEqualTo(409);
      Reply store =
          server.post(
              "/" + project + "/stores", "{\"key\": \"berlin\", \"name\": {\"en\": \"Berlin\"}}");
      assertThat(store.status()).as(store.body()).isEqualTo(201);

      assertThat(messages(server, project))
          .extracting(row -> row.get("type"))
          .containsExactly(
              "CustomerCreated", "CustomerFirstNameSet", "CustomerLastNameSet", "StoreCreated");
      assertThat(messages(server, project))
          .extracting(row -> ((Number) row.get("sequence_number")).longValue())
          .containsExactly(1L, 2L, 3L, 1L);
    }
  }

  @Test
  void withMessagesOffNothingIsStoredButTheNumbersAdvance() {
    try (TestServer server = TestServer.startWithoutMessages()) {
      String project = TestServer.newProject();
      String id = customer(server, project);
      Reply renamed = rename(server, project, id, 1);

      assertThat(renamed.json().get("lastMessageSequenceNumber").asLong()).isEqualTo(3);
      assertThat(messages(server, project)).isEmpty();
    }
  }
}
