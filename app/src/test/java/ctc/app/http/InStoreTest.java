package ctc.app.http;

import static ctc.app.http.Customers.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.app.TestServer;
import ctc.app.TestServer.Reply;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The in-store Customers API over HTTP: every endpoint against a customer of the store, a global
 * customer and a customer of another store (Decisions table: global customers are visible in every
 * store).
 */
class InStoreTest {

  private static TestServer server;
  private String project;
  private String berlin;

  @BeforeAll
  static void startServer() {
    server = TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void twoStores() {
    project = TestServer.newProject();
    Customers.store(server, project, "berlin");
    Customers.store(server, project, "paris");
    berlin = "/" + project + "/in-store/key=berlin";
  }

  /** Who a customer belongs to. */
  enum Owner {
    BERLIN("[{\"key\": \"berlin\"}]"),
    GLOBAL("[]"),
    PARIS("[{\"key\": \"paris\"}]");

    final String stores;

    Owner(String stores) {
      this.stores = stores;
    }

    boolean visibleInBerlin() {
      return this != PARIS;
    }
  }

  /** A customer made project-wide: id, key, email, password "pw", and whose it is. */
  private record Made(String id, String key, String email, Owner owner) {}

  private Made customer(Owner owner) {
    String email = Customers.uniqueEmail();
    String key = "k" + email.replaceAll("[^A-Za-z0-9]", "");
    JsonNode created =
        Customers.create(
            server,
            project,
            """
        {"email": "%s", "password": "pw", "key": "%s", "stores": %s}"""
                .formatted(email, key, owner.stores));
    return new Made(created.get("id").asText(), key, email, owner);
  }

  /**
   * Made where the customer can sign in: its own store's path, or project-wide for a global
   * customer.
   */
  private String passwordToken(Made customer) {
    String prefix =
        customer.owner() == Owner.GLOBAL
            ? "/" + project
            : "/" + project + "/in-store/key=" + customer.owner().name().toLowerCase();
    return server
        .post(prefix + "/customers/password-token", "{\"email\": \"" + customer.email() + "\"}")
        .json()
        .get("value")
        .asText();
  }

  private String emailToken(Made customer) {
    return server
        .post(
            "/" + project + "/customers/email-token",
            "{\"id\": \"" + customer.id() + "\", \"ttlMinutes\": 10}")
        .json()
        .get("value")
        .asText();
  }

  /** One in-store endpoint, called for one customer; {@code ok} is its success status. */
  private record Call(String name, int ok, Function<InStoreTest, Function<Made, Reply>> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Call> calls() {
    return List.of(
        new Call(
            "GET /customers/{id}", 200, t -> c -> server.get(t.berlin + "/customers/" + c.id())),
        new Call(
            "HEAD /customers/{id}", 200, t -> c -> server.head(t.berlin + "/customers/" + c.id())),
        new Call(
            "GET /customers/key={key}",
            200,
            t -> c -> server.get(t.berlin + "/customers/key=" + c.key())),
        new Call(
            "HEAD /customers/key={key}",
            200,
            t -> c -> server.head(t.berlin + "/customers/key=" + c.key())),
        new Call(
            "POST /customers/{id}",
            200,
            t ->
                c ->
                    server.post(
                        t.berlin + "/customers/" + c.id(),
                        update(1, "{\"action\": \"setFirstName\", \"firstName\": \"In\"}"))),
        new Call(
            "POST /customers/key={key}",
            200,
            t ->
                c ->
                    server.post(
                        t.berlin + "/customers/key=" + c.key(),
                        update(1, "{\"action\": \"setFirstName\", \"firstName\": \"In\"}"))),
        new Call(
            "DELETE /customers/{id}",
            200,
            t -> c -> server.delete(t.berlin + "/customers/" + c.id() + "?version=1")),
        new Call(
            "DELETE /customers/key={key}",
            200,
            t -> c -> server.delete(t.berlin + "/customers/key=" + c.key() + "?version=1")),
        new Call(
            "POST /customers/password",
            200,
            t ->
                c ->
                    server.post(
                        t.berlin + "/customers/password",
                        "{\"id\": \""
                            + c.id()
                            + "\", \"version\": 1, \"currentPassword\": \"pw\", \"newPassword\": \"pw2\"}")),
        new Call(
            "POST /customers/password-token",
            200,
            t ->
                c ->
                    server.post(
                        t.berlin + "/customers/password-token",
                        "{\"email\": \"" + c.email() + "\"}")),
        new Call(
            "GET /customers/password-token={token}",
            200,
            t -> c -> server.get(t.berlin + "/customers/password-token=" + t.passwordToken(c))),
        new Call(
            "POST /customers/password/reset",
            200,
            t ->
                c ->
                    server.post(
                        t.berlin + "/customers/password/reset",
                        "{\"tokenValue\": \""
                            + t.passwordToken(c)
                            + "\", \"newPassword\": \"pw3\"}")),
        new Call(
            "POST /customers/email-token",
            200,
            t ->
                c ->
                    server.post(
                        t.berlin + "/customers/email-token",
                        "{\"id\": \"" + c.id() + "\", \"ttlMinutes\": 10}")),
        new Call(
            "GET /customers/email-token={token}",
            200,
            t -> c -> server.get(t.berlin + "/customers/email-token=" + t.emailToken(c))),
        new Call(
            "POST /customers/email/confirm",
            200,
            t ->
                c ->
                    server.post(
                        t.berlin + "/customers/email/confirm",
                        "{\"tokenValue\": \"" + t.emailToken(c) + "\"}")),
        new Call(
            "POST /login",
            200,
            t ->
                c ->
                    server.post(
                        t.berlin + "/login",
                        "{\"email\": \"" + c.email() + "\", \"password\": \"pw\"}")));
  }

  static Stream<Arguments> cells() {
    return calls().stream()
        .flatMap(call -> Stream.of(Owner.values()).map(owner -> Arguments.of(call, owner)));
  }

  @ParameterizedTest(name = "{0} for a {1} customer")
  @MethodSource("cells")
  void eachInStoreEndpointSeesTheStoresAndGlobalCustomersOnly(Call call, Owner owner) {
    Reply reply = call.call().apply(this).apply(customer(owner));

    if (owner.visibleInBerlin()) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(call.ok());
    } else if (call.name().equals("POST /login")) {
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("InvalidCredentials");
    } else {
      assertThat(reply.status()).as(reply.body()).isEqualTo(404);
      if (!call.name().startsWith("HEAD")) {
        assertThat(reply.code()).isEqualTo("ResourceNotFound");
      }
    }
  }

  @Test
  void aCustomerOfAnotherStoreIsNotChangedByARefusedInStoreCall() {
    Made paris = customer(Owner.PARIS);

    server.post(
        berlin + "/customers/" + paris.id(),
        update(1, "{\"action\": \"setFirstName\", \"firstName\": \"X\"}"));
    server.delete(berlin + "/customers/" + paris.id() + "?version=1");

    JsonNode stored = server.get("/" + project + "/customers/" + paris.id()).json();
    assertThat(stored.get("version").asLong()).isEqualTo(1);
    assertThat(stored.has("firstName")).isFalse();
  }

  @Test
  void inStoreQueriesSeeTheStoresAndGlobalCustomers() {
    Made inBerlin = customer(Owner.BERLIN);
    Made global = customer(Owner.GLOBAL);
    customer(Owner.PARIS);

    JsonNode page = server.get(berlin + "/customers").json();

    assertThat(page.get("total").asInt()).isEqualTo(2);
    assertThat(page.get("results").findValuesAsText("id"))
        .containsExactly(inBerlin.id(), global.id());
    assertThat(
            server
                .head(
                    berlin
                        + "/customers?where="
                        + CustomerEndpointsTest.encode(
                            "email = \"" + customer(Owner.PARIS).email() + "\""))
                .status())
        .isEqualTo(404);
  }

  @Test
  void inStoreCreateDefaultsToThePathsStore() {
    Reply reply = server.post(berlin + "/customers", Customers.draft());

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("customer").get("stores").get(0).get("key").asText())
        .isEqualTo("berlin");
    assertThat(reply.json().get("customer").get("stores").get(0).get("typeId").asText())
        .isEqualTo("store");
  }

  @Test
  void anInStoreCreateOrSignupForOnlyAnotherStoreIsRefusedAndStoresNothing() {
    String email = Customers.uniqueEmail();
    String draft =
        "{\"email\": \"" + email + "\", \"password\": \"pw\", \"stores\": [{\"key\": \"paris\"}]}";

    Reply create = server.post(berlin + "/customers", draft);
    Reply signup = server.post(berlin + "/me/signup", draft);

    assertThat(create.status()).as(create.body()).isEqualTo(400);
    assertThat(create.code()).isEqualTo("InvalidOperation");
    assertThat(signup.status()).as(signup.body()).isEqualTo(400);
    assertThat(signup.code()).isEqualTo("InvalidOperation");
    assertThat(server.get("/" + project + "/customers").json().get("total").asInt()).isZero();
  }

  @Test
  void anInStoreUpdateCannotMoveTheCustomerOutOfThePathsStore() {
    Made inBerlin = customer(Owner.BERLIN);
    String path = berlin + "/customers/" + inBerlin.id();

    Reply moved =
        server.post(
            path,
            update(
                1,
                "{\"action\": \"setFirstName\", \"firstName\": \"In\"}",
                "{\"action\": \"setStores\", \"stores\": [{\"key\": \"paris\"}]}"));
    Reply removed =
        server.post(
            path,
            update(
                1,
                "{\"action\": \"addStore\", \"store\": {\"key\": \"paris\"}}",
                "{\"action\": \"removeStore\", \"store\": {\"key\": \"berlin\"}}"));

    assertThat(moved.status()).as(moved.body()).isEqualTo(400);
    assertThat(moved.code()).isEqualTo("InvalidOperation");
    assertThat(removed.code()).isEqualTo("InvalidOperation");
    JsonNode stored = server.get("/" + project + "/customers/" + inBerlin.id()).json();
    assertThat(stored.get("version").asLong()).isEqualTo(1);
    assertThat(stored.has("firstName")).isFalse();
    assertThat(stored.get("stores").findValuesAsText("key")).containsExactly("berlin");
  }

  @Test
  void anInStoreUpdateMayAddStoresOrMakeTheCustomerGlobal() {
    Made inBerlin = customer(Owner.BERLIN);
    String path = berlin + "/customers/" + inBerlin.id();

    Reply added =
        server.post(path, update(1, "{\"action\": \"addStore\", \"store\": {\"key\": \"paris\"}}"));
    Reply global = server.post(path, update(2, "{\"action\": \"setStores\", \"stores\": []}"));

    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().get("stores").findValuesAsText("key"))
        .containsExactly("berlin", "paris");
    assertThat(global.status()).as(global.body()).isEqualTo(200);
    assertThat(global.json().get("stores")).isEmpty();
  }

  @Test
  void anUnknownStoreIs404OnEveryInStorePath() {
    String nowhere = "/" + project + "/in-store/key=nowhere";

    for (Reply reply :
        List.of(
            server.get(nowhere + "/customers"),
            server.post(nowhere + "/customers", Customers.draft()),
            server.get(nowhere + "/customers/some-id"),
            server.post(nowhere + "/login", "{\"email\": \"a@b.c\", \"password\": \"x\"}"))) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(404);
      assertThat(reply.code()).isEqualTo("ResourceNotFound");
    }
  }

  @Test
  void storeCustomersInDisjointStoresMayShareAnEmailButNotWithAGlobalCustomer() {
    String email = Customers.uniqueEmail();

    assertThat(server.post(berlin + "/customers", Customers.draft(email)).status()).isEqualTo(201);
    assertThat(
            server
                .post("/" + project + "/in-store/key=paris/customers", Customers.draft(email))
                .status())
        .isEqualTo(201);
    Reply sameStore = server.post(berlin + "/customers", Customers.draft(email.toUpperCase()));
    Reply global = server.post("/" + project + "/customers", Customers.draft(email));

    assertThat(sameStore.code()).isEqualTo("DuplicateField");
    assertThat(global.code()).isEqualTo("DuplicateField");
  }

  @Test
  void storeChangesRecheckTheEmailRule() {
    String email = Customers.uniqueEmail();
    String berlinOne =
        server
            .post(berlin + "/customers", Customers.draft(email))
            .json()
            .get("customer")
            .get("id")
            .asText();
    String parisOne =
        server
            .post("/" + project + "/in-store/key=paris/customers", Customers.draft(email))
            .json()
            .get("customer")
            .get("id")
            .asText();

    Reply addBerlin =
        server.post(
            "/" + project + "/customers/" + parisOne,
            update(1, "{\"action\": \"addStore\", \"store\": {\"key\": \"berlin\"}}"));
    Reply makeGlobal =
        server.post(
            "/" + project + "/customers/" + parisOne,
            update(1, "{\"action\": \"removeStore\", \"store\": {\"key\": \"paris\"}}"));
    Reply setStores =
        server.post(
            "/" + project + "/customers/" + berlinOne,
            update(1, "{\"action\": \"setStores\", \"stores\": [{\"key\": \"paris\"}]}"));

    assertThat(addBerlin.code()).isEqualTo("DuplicateField");
    assertThat(makeGlobal.code()).isEqualTo("DuplicateField");
    assertThat(setStores.code()).isEqualTo("DuplicateField");
  }

  @Test
  void storeScopedTokensOpenOnlyTheirStoresPaths() {
    String manageBerlin = server.token(project, "manage_customers:" + project + ":berlin");
    String viewBerlin = server.token(project, "view_customers:" + project + ":berlin");
    String auth = "Authorization";

    assertThat(
            server
                .send(
                    "POST",
                    berlin + "/customers",
                    Customers.draft(),
                    auth,
                    "Bearer " + manageBerlin)
                .status())
        .isEqualTo(201);
    assertThat(
            server.send("GET", berlin + "/customers", null, auth, "Bearer " + viewBerlin).status())
        .isEqualTo(200);
    assertThat(
            server
                .send(
                    "POST", berlin + "/customers", Customers.draft(), auth, "Bearer " + viewBerlin)
                .code())
        .isEqualTo("insufficient_scope");
    assertThat(
            server
                .send(
                    "GET",
                    "/" + project + "/in-store/key=paris/customers",
                    null,
                    auth,
                    "Bearer " + manageBerlin)
                .code())
        .isEqualTo("insufficient_scope");
    assertThat(
            server
                .send("GET", "/" + project + "/customers", null, auth, "Bearer " + manageBerlin)
                .code())
        .isEqualTo("insufficient_scope");
  }

  @Test
  void theInStorePasswordFlowAcceptsTheStoresAndGlobalCustomers() {
    Made inBerlin = customer(Owner.BERLIN);
    Made global = customer(Owner.GLOBAL);
    Made inParis = customer(Owner.PARIS);
    var client = server.newClient(project, "manage_my_profile:" + project);
    String path = "/oauth/" + project + "/in-store/key=berlin/customers/token";

    assertThat(
            server
                .oauth(
                    path,
                    client,
                    "grant_type=password&username=" + inBerlin.email() + "&password=pw")
                .status())
        .isEqualTo(200);
    assertThat(
            server
                .oauth(
                    path, client, "grant_type=password&username=" + global.email() + "&password=pw")
                .status())
        .isEqualTo(200);
    assertThat(
            server
                .oauth(
                    path,
                    client,
                    "grant_type=password&username=" + inParis.email() + "&password=pw")
                .json()
                .get("error")
                .asText())
        .isEqualTo("invalid_customer_account_credentials");
    assertThat(
            server
                .oauth(
                    "/oauth/" + project + "/in-store/key=nowhere/customers/token",
                    client,
                    "grant_type=password&username=" + global.email() + "&password=pw")
                .status())
        .isEqualTo(404);
  }
}
