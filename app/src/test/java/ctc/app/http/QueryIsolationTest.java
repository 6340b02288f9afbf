package ctc.app.http;

import static ctc.app.http.Customers.create;
import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

/**
 * Expensive queries cannot hold the API hostage: they run on a pool of their own and time out with
 * {@code QueryTimedOut}, while /health, tokens, reads by id and writes keep answering.
 */
class QueryIsolationTest {

  private static final String TIMED_OUT =
      "The query timed out. If your query constantly times out, please check that"
          + " it follows the performance best practices (see"
          + " https://docs.commercetools.com/api/predicates/query#performance-considerations).";

  @Test
  void aQueryPastTheTimeoutAnswersQueryTimedOutAndChangesNothing() {
    try (TestServer server = TestServer.start(4, 2, 1)) {
      String project = TestServer.newProject();
      String id = create(server, project).get("id").asText();
      addBulkCustomers(server, project, id, 5_000);

      Reply reply = server.get("/" + project + "/customers?where=" + expensiveWhere());

      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.json().get("statusCode").asInt()).isEqualTo(400);
      assertThat(reply.message()).isEqualTo(TIMED_OUT);
      assertThat(reply.code()).isEqualTo("QueryTimedOut");
      assertThat(reply.json().get("errors").get(0).get("message").asText()).isEqualTo(TIMED_OUT);
      assertThat(server.get("/" + project + "/customers/" + id).json().get("version").asInt())
          .isEqualTo(1);
    }
  }

  @Test
  void whileQueriesHoldEveryQueryConnectionTheOtherEndpointsAnswerAndQueriesTimeOut() {
    try (TestServer server = TestServer.start(4, 2, 500)) {
      String project = TestServer.newProject();
      String id = create(server, project).get("id").asText();
      String customer = "/" + project + "/customers/" + id;
      List<Handle> held =
          List.of(server.database().queryJdbi().open(), server.database().queryJdbi().open());
      try {
        assertThat(server.get("/health").status()).isEqualTo(200);
        assertThat(server.token(project, "view_customers:" + project)).isNotBlank();
        assertThat(server.get(customer).status()).isEqualTo(200);
        assertThat(
                server
                    .post(
                        customer,
                        update(
                            1,
                            """
            {"action": "setFirstName", "firstName": "Still"}"""))
                    .status())
            .isEqualTo(200);

        Reply query =
            server.get("/" + project + "/customers?where=" + encode("firstName = \"Still\""));

        assertThat(query.status()).as(query.body()).isEqualTo(400);
        assertThat(query.code()).isEqualTo("QueryTimedOut");
      } finally {
        held.forEach(Handle::close);
      }
      assertThat(
              server
                  .get("/" + project + "/customers?where=" + encode("firstName = \"Still\""))
                  .json()
                  .get("total")
                  .asInt())
          .isEqualTo(1);
    }
  }

  /**
   * Twelve expensive queries at once, each far longer than the timeout, while /health and a read by
   * id are asked again and again. Those answer within a margin some hundred times their usual few
   * milliseconds; before queries had their own pool and timeout, they waited seconds for a
   * connection.
   */
  @Test
  void expensiveQueriesInParallelDoNotStarveHealthOrReadsById() throws Exception {
    try (TestServer server = TestServer.start(4, 2, 1_000)) {
      String project = TestServer.newProject();
      String id = create(server, project).get("id").asText();
      addBulkCustomers(server, project, id, 10_000);
      String customer = "/" + project + "/customers/" + id;
      server.get(customer);
      ExecutorService threads = Executors.newFixedThreadPool(14);
      try {
        AtomicBoolean querying = new AtomicBoolean(true);
        Future<List<Long>> health = threads.submit(() -> probe(server, "/health", querying));
        Future<List<Long>> reads = threads.submit(() -> probe(server, customer, querying));
        List<Future<Reply>> queries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          queries.add(
              threads.submit(
                  () -> server.get("/" + project + "/customers?where=" + expensiveWhere())));
        }
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> query : queries) {
          replies.add(query.get());
        }
        querying.set(false);

        assertThat(replies)
            .allSatisfy(reply -> assertThat(reply.status()).as(reply.body()).isIn(200, 400));
        assertThat(replies)
            .filteredOn(reply -> reply.status() == 400)
            .allSatisfy(reply -> assertThat(reply.code()).isEqualTo("QueryTimedOut"));
        assertThat(health.get())
            .hasSizeGreaterThanOrEqualTo(3)
            .allSatisfy(millis -> assertThat(millis).isLessThan(2_000));
        assertThat(reads.get())
            .hasSizeGreaterThanOrEqualTo(3)
            .allSatisfy(millis -> assertThat(millis).isLessThan(2_000));
      } finally {
        threads.shutdownNow();
      }
    }
  }

  /**
   * Asks for the path until told to stop; answers how long each request took, failing on any but
   * 200.
   */
  private static List<Long> probe(TestServer server, String path, AtomicBoolean running)
      throws InterruptedException {
    List<Long> millis = new ArrayList<>();
    while (running.get()) {
      long start = System.nanoTime();
      assertThat(server.get(path).status()).isEqualTo(200);
      millis.add((System.nanoTime() - start) / 1_000_000);
      Thread.sleep(20);
    }
    return millis;
  }

  /**
   * Alternatives that each pair an address with a customer field: no index answers them together,
   * so H2 tests every customer of the project against every alternative, a lot of work on thousands
   * of customers.
   */
  private static String expensiveWhere() {
    return encode(
        IntStream.range(0, 40)
            .mapToObj(
                i -> "(addresses(firstName = \"none-" + i + "\") and lastName = \"l" + i + "\")")
            .collect(Collectors.joining(" or ")));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Customers with two addresses each, written straight into the tables (thousands of creates over
   * HTTP would dominate the test), as copies of a customer created through the API.
   */
  private static void addBulkCustomers(
      TestServer server, String project, String templateId, int count) {
    server
        .database()
        .jdbi()
        .useTransaction(
            handle -> {
              String document =
                  handle
                      .createQuery("SELECT document FROM customer WHERE id = :id")
                      .bind("id", templateId)
                      .mapTo(String.class)
                      .one();
              PreparedBatch customers =
                  handle.prepareBatch(
                      """
          INSERT INTO customer (id, project_key, version, email, lowercase_email, last_name, is_email_verified,
            authentication_mode, created_at, last_modified_at, document)
          VALUES (:id, :project, 1, :email, :email, :lastName, FALSE, 'Password', :at, :at, :document)""");
              PreparedBatch addresses =
                  handle.prepareBatch(
                      """
          INSERT INTO customer_address (project_key, customer_id, address_id, first_name, country)
          VALUES (:project, :customer, :address, :firstName, 'DE')""");
              for (int i = 0; i < count; i++) {
                String id = project + "-bulk-" + i;
                customers
                    .bind("id", id)
                    .bind("project", project)
                    .bind("email", id + "@example.com")
                    .bind("lastName", "l" + i)
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .bind("document", document)
                    .add();
                for (int a = 0; a < 2; a++) {
                  addresses
                      .bind("project", project)
                      .bind("customer", id)
                      .bind("address", "a" + a)
                      .bind("firstName", "f" + i)
                      .add();
                }
              }
              customers.execute();
              addresses.execute();
            });
  }
}
