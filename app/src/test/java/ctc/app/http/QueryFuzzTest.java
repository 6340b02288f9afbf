package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated and mutated predicates over HTTP, through parser, translator and database:
 * every answer is 200 or 400 InvalidInput, never a server error.
 */
class QueryFuzzTest {

  private static final List<String> FIELDS =
      List.of(
          "id",
          "key",
          "email",
          "lowercaseEmail",
          "firstName",
          "version",
          "createdAt",
          "dateOfBirth",
          "isEmailVerified",
          "customerNumber",
          "shippingAddressIds",
          "addresses",
          "stores",
          "customerGroup",
          "customerGroupAssignments",
          "custom",
          "password",
          "nope",
          "city",
          "fields",
          "tier");
  private static final List<String> NESTED =
      List.of(
          "addresses(city = \"Berlin\")",
          "stores(key = \"b\")",
          "customerGroup(id = \"g\")",
          "customerGroupAssignments(customerGroup(id = \"g\"))",
          "custom(fields(tier = \"gold\"))",
          "addresses(custom(fields(floor > 1)))",
          "custom(type(id = \"t\"))");
  private static final List<String> OPERATORS =
      List.of(
          " = ",
          " != ",
          " <> ",
          " < ",
          " <= ",
          " > ",
          " >= ",
          " in ",
          " not in ",
          " contains any ",
          " contains all ",
          " is empty",
          " is not empty",
          " is defined",
          " is not defined");
  private static final List<String> VALUES =
      List.of(
          "\"x\"",
          "\"Berlin\"",
          "1",
          "-2.5e3",
          "true",
          "false",
          "\"2024-01-02\"",
          "\"2024-01-02T03:04:05Z\"",
          "(\"a\", \"b\")",
          "(1, 2)",
          ":v",
          "()",
          "\"\\\"\"",
          "\"'\"",
          "\"; DROP TABLE customer; --\"");
  private static final String NOISE = "()\"',:;=<>!\\ andorNOTin%_*\u0000\u00e9\ud83d\ude00-+.";

  private static TestServer server;
  private static final String PROJECT = "fuzz";

  @BeforeAll
  static void startServer() {
    server = TestServer.start();
    Customers.create(
        server,
        PROJECT,
        "{\"email\": \"f@example.com\", \"password\": \"pw\", \"key\": \"f1\","
            + " \"addresses\": [{\"country\": \"DE\", \"city\": \"Berlin\"}]}");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void generatedAndMutatedPredicatesNeverCauseAServerError() {
    Random random = new Random(20261123L);
    for (int i = 0; i < 2_500; i++) {
      String predicate = mutate(random, generate(random, 0), i % 3 == 0 ? random.nextInt(4) : 0);
      Reply reply =
          server.get(
              "/"
                  + PROJECT
                  + "/customers?var.v=1&var.v=2&where="
                  + URLEncoder.encode(predicate, StandardCharsets.UTF_8));
      assertThat(reply.status()).as("%s → %s", predicate, reply.body()).isIn(200, 400);
      if (reply.status() == 400) {
        assertThat(reply.code()).as(predicate).isEqualTo("InvalidInput");
      }
    }
    assertThat(server.get("/" + PROJECT + "/customers").json().get("total").asInt()).isEqualTo(1);
  }

  private static String generate(Random random, int depth) {
    int kind = random.nextInt(depth > 3 ? 2 : 6);
    return switch (kind) {
      case 0, 1 ->
          pick(random, FIELDS)
              + pick(random, OPERATORS)
              + (random.nextBoolean() ? pick(random, VALUES) : "");
      case 2 -> pick(random, NESTED);
      case 3 ->
          generate(random, depth + 1)
              + (random.nextBoolean() ? " and " : " OR ")
              + generate(random, depth + 1);
      case 4 -> "not (" + generate(random, depth + 1) + ")";
      default -> pick(random, FIELDS) + "(" + generate(random, depth + 1) + ")";
    };
  }

  private static String mutate(Random random, String text, int edits) {
    StringBuilder builder = new StringBuilder(text);
    for (int i = 0; i < edits && builder.length() > 0; i++) {
      int at = random.nextInt(builder.length());
      switch (random.nextInt(3)) {
        case 0 -> builder.deleteCharAt(at);
        case 1 -> builder.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        default -> builder.setLength(at);
      }
    }
    return builder.toString();
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
