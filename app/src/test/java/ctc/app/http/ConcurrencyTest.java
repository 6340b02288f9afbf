package ctc.app.http;

import static ctc.app.http.Customers.create;
import static ctc.app.http.Customers.draft;
import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import ctc.persistence.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Concurrency rules that the database enforces, proved with real threads over HTTP, on H2 and, when
 * {@code TEST_POSTGRES_URL} is set, on PostgreSQL.
 */
class ConcurrencyTest {

  private static final int THREADS = 12;

  static Stream<Arguments> databases() {
    Stream<Arguments> h2 = Stream.of(Arguments.of("H2", TestDatabases.h2()));
    return Stream.concat(
        h2, TestDatabases.postgres().stream().map(url -> Arguments.of("PostgreSQL", url)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void concurrentUpdatesOfTheSameVersionLetExactlyOneWin(String name, String url) throws Exception {
    try (TestServer server = TestServer.start(url)) {
      String project = TestServer.newProject();
      String path = "/" + project + "/customers/" + create(server, project).get("id").asText();

      List<Reply> replies =
          race(
              i ->
                  () ->
                      server.post(
                          path,
                          update(
                              1,
                              """
          {"action": "setFirstName", "firstName": "writer-%d"}"""
                                  .formatted(i))));

      assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
      assertThat(replies)
          .filteredOn(r -> r.status() == 409)
          .hasSize(THREADS - 1)
          .allSatisfy(
              r -> {
                assertThat(r.code()).isEqualTo("ConcurrentModification");
                assertThat(r.json().get("errors").get(0).get("currentVersion").asLong())
                    .isEqualTo(2);
              });
      String winner =
          replies.stream()
              .filter(r -> r.status() == 200)
              .findFirst()
              .orElseThrow()
              .json()
              .get("firstName")
              .asText();
      JsonNode stored = server.get(path).json();
      assertThat(stored.get("version").asLong()).isEqualTo(2);
      assertThat(stored.get("firstName").asText()).isEqualTo(winner);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void concurrentCreatesWithTheSameEmailLetExactlyOneWin(String name, String url) throws Exception {
    try (TestServer server = TestServer.start(url)) {
      String project = TestServer.newProject();

      List<Reply> replies =
          race(
              i ->
                  () ->
                      server.post(
                          "/" + project + "/customers",
                          draft(i % 2 == 0 ? "Race@Example.com" : "race@example.com")));

      assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
      assertThat(replies)
          .filteredOn(r -> r.status() == 400)
          .hasSize(THREADS - 1)
          .allSatisfy(r -> assertThat(r.code()).isEqualTo("DuplicateField"));
      assertThat(server.get("/" + project + "/customers").json().get("total").asInt()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void concurrentEmailChangesToTheSameEmailLetExactlyOneWin(String name, String url)
      throws Exception {
    try (TestServer server = TestServer.start(url)) {
      String project = TestServer.newProject();
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        paths.add("/" + project + "/customers/" + create(server, project).get("id").asText());
      }

      List<Reply> replies =
          race(
              i ->
                  () ->
                      server.post(
                          paths.get(i),
                          update(
                              1,
                              """
          {"action": "changeEmail", "email": "wanted@example.com"}""")));

      assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
      assertThat(replies)
          .filteredOn(r -> r.status() == 400)
          .hasSize(THREADS - 1)
          .allSatisfy(r -> assertThat(r.code()).isEqualTo("DuplicateField"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void concurrentCreatesWithTheSameKeyLetExactlyOneWin(String name, String url) throws Exception {
    try (TestServer server = TestServer.start(url)) {
      String project = TestServer.newProject();

      List<Reply> replies =
          race(
              i ->
                  () ->
                      server.post(
                          "/" + project + "/customers",
                          """
          {"email": "%s", "password": "pw", "key": "the-key"}"""
                              .formatted(Customers.uniqueEmail())));

      assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
      assertThat(replies)
          .filteredOn(r -> r.status() == 400)
          .hasSize(THREADS - 1)
          .allSatisfy(r -> assertThat(r.code()).isEqualTo("DuplicateField"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void concurrentResetsWithOneTokenLetExactlyOneWin(String name, String url) throws Exception {
    try (TestServer server = TestServer.start(url)) {
      String project = TestServer.newProject();
      String email = Customers.uniqueEmail();
      create(server, project, draft(email));
      String token =
          server
              .post("/" + project + "/customers/password-token", "{\"email\": \"" + email + "\"}")
              .json()
              .get("value")
              .asText();

      List<Reply> replies =
          race(
              i ->
                  () ->
                      server.post(
                          "/" + project + "/customers/password/reset",
                          """
          {"tokenValue": "%s", "newPassword": "new-%d"}"""
                              .formatted(token, i)));

      assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
      assertThat(replies)
          .filteredOn(r -> r.status() != 200)
          .allSatisfy(r -> assertThat(r.code()).as(r.body()).isEqualTo("ResourceNotFound"));
      String winner =
          replies.stream()
              .filter(r -> r.status() == 200)
              .findFirst()
              .orElseThrow()
              .json()
              .get("version")
              .asText();
      assertThat(winner).isEqualTo("2");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void concurrentGlobalAndStoreCreatesWithOneEmailFollowTheStoreRule(String name, String url)
      throws Exception {
    try (TestServer server = TestServer.start(url)) {
      String project = TestServer.newProject();
      Customers.store(server, project, "berlin");
      Customers.store(server, project, "paris");
      String[] paths = {
        "/" + project + "/customers",
        "/" + project + "/in-store/key=berlin/customers",
        "/" + project + "/in-store/key=paris/customers"
      };

      List<Reply> replies = race(i -> () -> server.post(paths[i % 3], draft("Shared@Example.com")));

      List<String> winners =
          replies.stream()
              .filter(r -> r.status() == 201)
              .map(r -> r.json().get("customer").get("stores").findValuesAsText("key").toString())
              .toList();
      assertThat(replies)
          .filteredOn(r -> r.status() != 201)
          .allSatisfy(r -> assertThat(r.code()).isEqualTo("DuplicateField"));
      // Either one global customer won, or at most one customer per store and no global one.
      boolean globalAlone = winners.equals(List.of("[]"));
      boolean onePerStore =
          !winners.isEmpty()
              && !winners.contains("[]")
              && Set.copyOf(winners).size() == winners.size();
      assertThat(globalAlone || onePerStore).as("winners %s", winners).isTrue();
      assertThat(server.get("/" + project + "/customers").json().get("total").asInt())
          .isEqualTo(winners.size());
    }
  }

  /** Runs one request per thread, all released at once, and collects the replies. */
  private static List<Reply> race(IntFunction<Callable<Reply>> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Reply>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Callable<Reply> call = request.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> future : futures) {
        replies.add(future.get(60, TimeUnit.SECONDS));
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
