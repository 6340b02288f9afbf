package ctc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the benchmark's data through the public API, the one job left to a JVM client: it needs
 * each answer (ids, tokens) and runs once, unmeasured. Customer {@code i} has the email {@code
 * bench-i@example.com}, the key {@code bench-i} and one address in {@code city-i}; the first tenth
 * is also in the store {@code bench-store} and the first 100 in the group {@code bench-group}. They
 * sign in elsewhere ({@code ExternalAuth}, no password): no operation signs them in, and seeding a
 * million of them is then bound by the database, not by bcrypt. Sign-in and {@code /me} use {@link
 * #SIGN_IN_CUSTOMERS} customers of their own, with passwords.
 */
final class Seeder {

  static final String PROJECT = "default";
  static final String STORE = "bench-store";
  static final String PASSWORD = "bench-password";
  static final int SIGN_IN_CUSTOMERS = 8;
  static final int GROUP_CUSTOMERS = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String bearer;

  Seeder(String base, String bearer) {
    this.base = base;
    this.bearer = bearer;
  }

  static int storeCustomers(int customers) {
    return Math.max(1, customers / 10);
  }

  /** The store and the group the customers refer to; answers the group's id. */
  String seedStoreAndGroup() throws IOException, InterruptedException {
    post("/stores", "{\"key\": \"" + STORE + "\", \"name\": {\"en\": \"Bench\"}}", 201);
    String group =
        post("/customer-groups", "{\"key\": \"bench-group\", \"groupName\": \"Bench\"}", 201);
    return JSON.readTree(group).get("id").asText();
  }

  /** Creates customers 0 to {@code count - 1} from {@code workers} threads; answers their ids. */
  String[] seedCustomers(int count, int workers) throws Exception {
    String[] ids = new String[count];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String created = post("/customers", draft(i, count), 201);
                    ids[i] = JSON.readTree(created).get("customer").get("id").asText();
                  }
                  return null;
                }));
      }
      for (Future<?> worker : running) {
        worker.get();
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Customers whose passwords are hashed at the server's own cost, for sign-in; their emails. */
  List<String> seedSignInCustomers() throws IOException, InterruptedException {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < SIGN_IN_CUSTOMERS; i++) {
      String email = "bench-signin-" + i + "@example.com";
      post("/customers", "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}", 201);
      emails.add(email);
    }
    return emails;
  }

  /** A customer's access token through the password flow, for {@code /me}. */
  String customerToken(String basic, String email) throws IOException, InterruptedException {
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/oauth/" + PROJECT + "/customers/token"))
                .header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&username="
                            + URLEncoder.encode(email, StandardCharsets.UTF_8)
                            + "&password="
                            + PASSWORD,
                        StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 200) {
      throw new IOException("No customer token: " + reply.body());
    }
    return JSON.readTree(reply.body()).get("access_token").asText();
  }

  private static String draft(int i, int customers) {
    String inStore =
        i < storeCustomers(customers) ? ", \"stores\": [{\"key\": \"" + STORE + "\"}]" : "";
    String inGroup = i < GROUP_CUSTOMERS ? ", \"customerGroup\": {\"key\": \"bench-group\"}" : "";
    return """
        {"email": "bench-%d@example.com", "authenticationMode": "ExternalAuth", "key": "bench-%d",
         "firstName": "Bench", "addresses": [{"country": "DE", "city": "city-%d"}]%s%s}"""
        .formatted(i, i, i, inStore, inGroup);
  }

  private String post(String path, String body, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/" + PROJECT + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != expected) {
      throw new IOException("Seeding POST " + path + " answered " + reply.body());
    }
    return reply.body();
  }
}
