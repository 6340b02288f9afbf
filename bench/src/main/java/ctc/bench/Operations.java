package ctc.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations measured against a seeded server (see {@link Seeder} for the data). */
final class Operations {

  static final String BY_ID = "GET by id";
  static final String BY_KEY = "GET by key";
  static final String BY_EMAIL = "query by email";
  static final String BY_EMAIL_IN_STORE = "query by email in store";
  static final String BY_CITY = "query addresses(city)";
  static final String UPDATE = "update setFirstName";
  static final String CREATE = "create";
  static final String CLIENT_CREDENTIALS = "client-credentials grant";
  static final String ANONYMOUS = "anonymous-session grant";
  static final String ME = "/me with a customer token";

  /** The reads whose p99 issue 14 judges at half of their peak rate as well as at the peak. */
  static final Set<String> HALF_LOAD = Set.of(BY_ID, ME);

  /**
   * What the node mock serves the way we do. Left out: {@code /login} (it has none), {@code
   * customerGroup(id=…)} (it finds nothing) and {@code /me} (with authentication off it answers
   * some customer, not the token's).
   */
  static final Set<String> NODE_MOCK =
      Set.of(
          BY_ID,
          BY_KEY,
          BY_EMAIL,
          BY_EMAIL_IN_STORE,
          BY_CITY,
          UPDATE,
          CREATE,
          CLIENT_CREDENTIALS,
          ANONYMOUS);

  /** The smoke only shows that the mock still installs, starts and answers. */
  static final Set<String> NODE_MOCK_SMOKE = Set.of(BY_ID, BY_EMAIL, UPDATE);

  /**
   * The credentials and references the operations use: {@code bearer} of the admin client, {@code
   * basic} its HTTP Basic header, {@code customerBearer} a password-flow token of a customer.
   */
  record Credentials(String bearer, String basic, String customerBearer, String groupId) {}

  private Operations() {}

  static Operation ceiling() {
    return Operation.get("bare Javalin hello", "/ceiling", Map.of());
  }

  static List<Operation> all(int customers, Credentials credentials) {
    String project = "/" + Seeder.PROJECT;
    Map<String, String> admin = Map.of("Authorization", credentials.bearer());
    Map<String, String> adminJson =
        Map.of("Authorization", credentials.bearer(), "Content-Type", "application/json");
    Map<String, String> client =
        Map.of(
            "Authorization",
            credentials.basic(),
            "Content-Type",
            "application/x-www-form-urlencoded");
    String byEmail = "?where=" + encode("email=\"bench-") + "{n}" + encode("@example.com\"");
    return List.of(
        byId(credentials.bearer()),
        Operation.get(BY_KEY, project + "/customers/key=bench-{n}", admin).drawingFrom(customers),
        Operation.get(BY_EMAIL, project + "/customers" + byEmail, admin).drawingFrom(customers),
        Operation.get(
                BY_EMAIL_IN_STORE,
                project + "/in-store/key=" + Seeder.STORE + "/customers" + byEmail,
                admin)
            .drawingFrom(Seeder.storeCustomers(customers)),
        Operation.get(
                BY_CITY,
                project
                    + "/customers?where="
                    + encode("addresses(city=\"city-")
                    + "{n}"
                    + encode("\")"),
                admin)
            .drawingFrom(customers),
        Operation.get(
            "query 100, expand=customerGroup",
            project
                + "/customers?limit=100&expand=customerGroup&where="
                + encode("customerGroup(id=\"" + credentials.groupId() + "\")"),
            admin),
        Operation.post(
            UPDATE,
            project + "/customers/{own}",
            "{\"version\": {version}, \"actions\": [{\"action\": \"setFirstName\", \"firstName\":"
                + " \"v{version}\"}]}",
            adminJson),
        Operation.post(
            CREATE,
            project + "/customers",
            "{\"email\": \"bench-new-{unique}@example.com\", \"password\": \""
                + Seeder.PASSWORD
                + "\"}",
            adminJson),
        Operation.post(
                "sign-in",
                project + "/login",
                "{\"email\": \"bench-signin-{n}@example.com\", \"password\": \""
                    + Seeder.PASSWORD
                    + "\"}",
                adminJson)
            .drawingFrom(Seeder.SIGN_IN_CUSTOMERS),
        Operation.post(CLIENT_CREDENTIALS, "/oauth/token", "grant_type=client_credentials", client),
        Operation.post(
            ANONYMOUS,
            "/oauth" + project + "/anonymous/token",
            "grant_type=client_credentials",
            client),
        Operation.get(ME, project + "/me", Map.of("Authorization", credentials.customerBearer())));
  }

  static Operation byId(String bearer) {
    return Operation.get(
        BY_ID, "/" + Seeder.PROJECT + "/customers/{id}", Map.of("Authorization", bearer));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
