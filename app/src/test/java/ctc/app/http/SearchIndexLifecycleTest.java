package ctc.app.http;

import static ctc.app.http.CustomerSearchTest.eventually;
import static ctc.app.http.CustomerSearchTest.ids;
import static ctc.app.http.CustomerSearchTest.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.AppConfig;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.persistence.TestDatabases;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index's life over HTTP: switched off, the time limit, built from the database into an
 * empty directory, resumed after a restart, rebuilt beside the live index, and followed by several
 * servers on one database (H2 shared in this JVM, and PostgreSQL with TEST_POSTGRES_URL).
 */
class SearchIndexLifecycleTest {

  private static final String ADA =
      "{\"query\": {\"fullText\": {\"field\": \"firstName\", \"value\": \"ada\"}}}";

  private static AppConfig.Search onDisk(Path directory) {
    return new AppConfig.Search(directory.toString(), true, 5000, false);
  }

  private static JsonNode status(TestServer server, String project) {
    Reply reply = server.get("/" + project + "/customers/search/indexing-status");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static JsonNode ready(TestServer server, String project) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    JsonNode status = status(server, project);
    while (!status.get("status").asText().equals("Ready") && System.nanoTime() < deadline) {
      CustomerSearchTest.sleep(20);
      status = status(server, project);
    }
    assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("Ready");
    return status;
  }

  @Test
  void switchedOffEveryEndpointAnswersSearchNotReadyAfterTheScopeCheck() {
    try (TestServer server =
        TestServer.start(TestDatabases.h2(), new AppConfig.Search(null, false, 5000, false))) {
      String project = TestServer.newProject();
      String path = "/" + project + "/customers/search";
      Reply post = server.post(path, "{\"query\": [");
      assertThat(post.status()).isEqualTo(409);
      assertThat(post.code()).isEqualTo("SearchNotReady");
      assertThat(post.message())
          .isEqualTo("Customer Search is not ready. Check the indexing-status endpoint.");
      Reply head = server.head(path);
      assertThat(head.status()).isEqualTo(409);
      assertThat(head.body()).isEmpty();
      assertThat(server.get(path + "/indexing-status").code()).isEqualTo("SearchNotReady");
      String stores = server.token(project, "view_stores:" + project);
      assertThat(server.send("POST", path, "{}", "Authorization", "Bearer " + stores).status())
          .isEqualTo(403);
      // Writes go on, and still feed the change table for servers that do search.
      Customers.create(server, project);
    }
  }

  @Test
  void aSearchBeyondTheTimeLimitIsQueryTimedOut() {
    try (TestServer server =
        TestServer.start(TestDatabases.h2(), new AppConfig.Search(null, true, 0, false))) {
      String project = TestServer.newProject();
      ready(server, project);
      Customers.create(server, project);
      Reply reply = eventually(server, project, "{}", r -> r.status() == 400);
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("QueryTimedOut");
      assertThat(reply.message()).isEqualTo("The query timed out.");
    }
  }

  @Test
  void anEmptyDirectoryIsBuiltFromTheDatabaseAndAKeptOneResumesAfterARestart(
      @TempDir Path directory) {
    String database = TestDatabases.h2();
    String project = TestServer.newProject();
    try (TestServer writer = TestServer.start(database, TestServer.SEARCH_IN_MEMORY)) {
      String first = create(writer, project, "Ada");
      create(writer, project, "Ada");
      String startedAt;
      try (TestServer reader = TestServer.start(database, onDisk(directory))) {
        startedAt = ready(reader, project).get("startedAt").asText();
        assertThat(search(reader, project, "{}").json().get("total").asInt()).isEqualTo(2);
      }
      String third = create(writer, project, "Ada");
      assertThat(writer.delete("/" + project + "/customers/" + first + "?version=1").status())
          .isEqualTo(200);

      try (TestServer restarted = TestServer.start(database, onDisk(directory))) {
        JsonNode status = status(restarted, project);
        assertThat(status.get("status").asText()).isEqualTo("Ready");
        assertThat(status.get("startedAt").asText()).isEqualTo(startedAt);
        Reply caughtUp =
            eventually(
                restarted, project, ADA, r -> ids(r).contains(third) && !ids(r).contains(first));
        assertThat(ids(caughtUp)).contains(third).doesNotContain(first).hasSize(2);
      }
    }
  }

  @Test
  void aRebuildIsMadeBesideTheLiveIndexWhichKeepsAnswering(@TempDir Path directory) {
    String database = TestDatabases.h2();
    String project = TestServer.newProject();
    try (TestServer writer = TestServer.start(database, TestServer.SEARCH_IN_MEMORY)) {
      String ada = create(writer, project, "Ada");
      String startedAt;
      try (TestServer first = TestServer.start(database, onDisk(directory))) {
        startedAt = ready(first, project).get("startedAt").asText();
      }
      try (TestServer rebuilding =
          TestServer.start(
              database, new AppConfig.Search(directory.toString(), true, 5000, true))) {
        assertThat(status(rebuilding, project).get("status").asText()).isEqualTo("Ready");
        assertThat(ids(search(rebuilding, project, ADA))).containsExactly(ada);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (status(rebuilding, project).get("startedAt").asText().equals(startedAt)
            && System.nanoTime() < deadline) {
          assertThat(ids(search(rebuilding, project, ADA))).containsExactly(ada);
          CustomerSearchTest.sleep(20);
        }
        assertThat(status(rebuilding, project).get("startedAt").asText()).isNotEqualTo(startedAt);
        assertThat(ids(search(rebuilding, project, ADA))).containsExactly(ada);
      }
    }
  }

  @Test
  void aChangeThroughOneServerIsFoundThroughAnotherOnH2() {
    twoServers(TestDatabases.h2());
  }

  @Test
  void aChangeThroughOneServerIsFoundThroughAnotherOnPostgres() {
    Optional<String> postgres = TestDatabases.postgres();
    assumeTrue(postgres.isPresent(), TestDatabases.POSTGRES_ENV + " is not set");
    twoServers(postgres.get());
  }

  private static void twoServers(String database) {
    try (TestServer one = TestServer.start(database, TestServer.SEARCH_IN_MEMORY);
        TestServer two = TestServer.start(database, TestServer.SEARCH_IN_MEMORY)) {
      String project = TestServer.newProject();
      ready(two, project);
      String id = create(one, project, "Ada");
      Reply found = eventually(two, project, ADA, r -> ids(r).contains(id));
      assertThat(ids(found)).containsExactly(id);

      Reply renamed =
          one.post(
              "/" + project + "/customers/" + id,
              Customers.update(1, "{\"action\": \"setFirstName\", \"firstName\": \"Grace\"}"));
      assertThat(renamed.status()).isEqualTo(200);
      assertThat(ids(eventually(two, project, ADA, r -> ids(r).isEmpty()))).isEmpty();

      assertThat(two.delete("/" + project + "/customers/" + id + "?version=2").status())
          .isEqualTo(200);
      Reply gone = eventually(one, project, "{}", r -> r.json().get("total").asInt() == 0);
      assertThat(gone.json().get("total").asInt()).isZero();
    }
  }

  private static String create(TestServer server, String project, String firstName) {
    return Customers.create(
            server,
            project,
            "{\"email\": \"%s\", \"password\": \"pw\", \"firstName\": \"%s\"}"
                .formatted(Customers.uniqueEmail(), firstName))
        .get("id")
        .asText();
  }
}
