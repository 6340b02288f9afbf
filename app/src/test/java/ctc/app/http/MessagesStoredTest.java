package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.domain.common.MutableClock;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wiring of message storage (MESSAGES_ENABLED, MESSAGES_RETENTION_DAYS): the customer and store
 * endpoints store their messages, a refused request stores none, a server with messages off stores
 * none while lastMessageSequenceNumber still advances and serves none, and messages past their
 * retention are deleted when the server starts. This reads the message table itself.
 */
class MessagesStoredTest {

  private static List<Map<String, Object>> messages(TestServer server, String project) {
    return messages(server.database(), project);
  }

  private static List<Map<String, Object>> messages(Database database, String project) {
    return database
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
      Reply query = server.get("/" + project + "/messages");
      assertThat(query.status()).isEqualTo(200);
      assertThat(query.json().get("total").asInt()).isZero();
      assertThat(server.get("/" + project + "/messages/any").status()).isEqualTo(404);
    }
  }

  @Test
  void messagesOlderThanTheRetentionAreDeletedWhenTheServerStarts() throws Exception {
    String url = TestDatabases.h2();
    String project = TestServer.newProject();
    Instant now = Instant.now();
    MutableClock clock = new MutableClock(now.minus(Duration.ofDays(16)));
    try (TestServer server = TestServer.start(url, clock)) {
      customer(server, project);
      clock.advance(Duration.ofHours(47));
      customer(server, project);
    }
    assertThat(messages(url, project)).hasSize(2);

    try (TestServer server = TestServer.start(url)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (messages(server, project).size() > 1 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(messages(server, project))
          .as("the 16 days old message is gone, the 14 days old one stays (retention: 15 days)")
          .hasSize(1);
    }
  }

  private static List<Map<String, Object>> messages(String url, String project) {
    Database database = TestDatabases.open(url);
    try {
      return messages(database, project);
    } finally {
      database.close();
    }
  }
}
