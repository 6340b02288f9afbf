package ctc.persistence.customer;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.update.Saves.update;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.KeyReference;
import ctc.domain.common.RequestScope;
import ctc.domain.customer.Customer;
import ctc.domain.query.Page;
import ctc.domain.query.QueryField;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Sort;
import ctc.domain.update.Change;
import ctc.persistence.Database;
import ctc.persistence.ReadCache;
import ctc.persistence.TestDatabases;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A query that is only {@code email = "…"} in the default order is answered from the customers of
 * that email (cached), not by SQL: it must answer exactly what the SQL answers, in every scope,
 * page and case, also right after a write. The SQL side is the same predicate with the default
 * order spelled out, which takes the SQL path.
 */
class EmailQueryTest {

  private static final Map<String, Database> DATABASES = new LinkedHashMap<>();

  @BeforeAll
  static void open() {
    DATABASES.putAll(TestDatabases.openEach());
  }

  @AfterAll
  static void close() {
    DATABASES.values().forEach(Database::close);
  }

  static Stream<String> databases() {
    return DATABASES.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void answersWhatTheSqlAnswers(String name) {
    Database database = DATABASES.get(name);
    ReferencedResourcesCreated stores = new ReferencedResourcesCreated(database.jdbi());
    JdbiCustomerRepository customers =
        new JdbiCustomerRepository(
            database.jdbi(),
            database.queryJdbi(),
            ReadCache.of(database.jdbi(), 100),
            ReadCache.of(database.jdbi(), 100),
            ReadCache.of(database.jdbi(), 100));
    String project = "p-" + UUID.randomUUID();
    String email = "same-" + UUID.randomUUID() + "@example.com";
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    // Store customers may share an email (in different stores); a global one may not.
    Customer inD = customer(email, at.plusSeconds(2), List.of(KeyReference.store("d")));
    Customer inA = customer(email, at, List.of(KeyReference.store("a")));
    Customer inB = customer(email, at, List.of(KeyReference.store("b")));
    Customer upperInC = customer(email.toUpperCase(), at, List.of(KeyReference.store("c")));
    for (Customer customer : List.of(inD, inA, inB, upperInC)) {
      stores.save(project, Change.created(customer, null, null));
    }

    for (String storeKey : new String[] {null, "a", "b", "c", "d", "none"}) {
      RequestScope scope = new RequestScope(project, storeKey);
      for (String asked : List.of(email, email.toUpperCase(), "other@example.com")) {
        for (int offset = 0; offset < 4; offset++) {
          for (int limit = 1; limit < 4; limit++) {
            assertSame(customers, scope, asked, limit, offset);
          }
        }
      }
    }

    // Right after a write, both see it: the email leaves one customer and joins another.
    Customer moved = inB.toBuilder().version(2).email("moved-" + email).build();
    update(customers, project, inB, moved);
    assertSame(customers, RequestScope.project(project), email, 20, 0);
    assertSame(customers, new RequestScope(project, "b"), email, 20, 0);
    assertThat(page(customers, new RequestScope(project, "b"), "moved-" + email, 20, 0, false))
        .isEqualTo(List.of(moved.id()));
    // Store e exists once a customer of another email is in it; the write under test goes
    // through the cached repository, as every write of the server does.
    List<KeyReference> inE = List.of(KeyReference.store("e"));
    stores.save(project, Change.created(customer("x-" + email, at, inE), null, null));
    customers.save(project, Change.created(customer(email, at.plusSeconds(1), inE), null, null));
    assertSame(customers, RequestScope.project(project), email, 20, 0);
  }

  private static void assertSame(
      JdbiCustomerRepository customers, RequestScope scope, String email, int limit, int offset) {
    Page<Customer> fast = customers.query(scope, spec(email, limit, offset, false));
    Page<Customer> sql = customers.query(scope, spec(email, limit, offset, true));
    assertThat(fast.results().stream().map(Customer::id).toList())
        .as("%s in %s, limit %d offset %d", email, scope, limit, offset)
        .isEqualTo(sql.results().stream().map(Customer::id).toList());
    assertThat(fast.total()).isEqualTo(sql.total());
    assertThat(fast.count()).isEqualTo(sql.count());
    assertThat(fast.offset()).isEqualTo(sql.offset());
    assertThat(fast.limit()).isEqualTo(sql.limit());
  }

  private static List<String> page(
      JdbiCustomerRepository customers,
      RequestScope scope,
      String email,
      int limit,
      int offset,
      boolean sql) {
    return customers.query(scope, spec(email, limit, offset, sql)).results().stream()
        .map(Customer::id)
        .toList();
  }

  private static QuerySpec spec(String email, int limit, int offset, boolean sql) {
    return new QuerySpec(
        new QueryLanguageParser().parse("email = \"" + email + "\"", Map.of()),
        sql ? List.of(Sort.by(QueryField.CREATED_AT, true)) : List.of(),
        limit,
        offset,
        true);
  }

  private static Customer customer(String email, Instant createdAt, List<KeyReference> stores) {
    return aCustomer().toBuilder().email(email).createdAt(createdAt).stores(stores).build();
  }
}
