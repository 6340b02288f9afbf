package ctc.persistence.customer;

import static ctc.domain.update.Saves.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerFixtures;
import ctc.domain.customer.CustomerGroupAssignment;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject.QueryTimedOutError;
import ctc.domain.query.Page;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Where;
import ctc.persistence.Database;
import ctc.persistence.Documents;
import ctc.persistence.ReadCache;
import ctc.persistence.TestDatabases;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What bounds the cost of a query, on both databases: the total is capped when there is a
 * predicate, a query that runs too long is cancelled with {@code QueryTimedOut} and gives its
 * connection back, and the side tables never let a customer of another project match.
 */
class QueryBoundsTest {

  /**
   * One more than the cap, with two addresses each: a project where counting and scanning cost
   * something.
   */
  private static final int CUSTOMERS = QuerySpec.MAX_TOTAL_WITH_WHERE + 1;

  private static final String BIG = "big";

  private record Loaded(String url, Database database) {}

  private static final Map<String, Loaded> DATABASES = new ConcurrentHashMap<>();

  @AfterAll
  static void close() {
    DATABASES.values().forEach(loaded -> loaded.database().close());
  }

  static Stream<String> databases() {
    return TestDatabases.postgres().isPresent() ? Stream.of("H2", "PostgreSQL") : Stream.of("H2");
  }

  private static Loaded loaded(String name) {
    return DATABASES.computeIfAbsent(
        name,
        key -> {
          String url =
              key.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres().orElseThrow();
          Database database = TestDatabases.open(url);
          load(database);
          return new Loaded(url, database);
        });
  }

  /**
   * Rows written directly in batches: ten thousand customers through the repository would take far
   * longer.
   */
  private static void load(Database database) {
    String document = new Documents().write(CustomerFixtures.aCustomer());
    database
        .jdbi()
        .useTransaction(
            handle -> {
              PreparedBatch customers =
                  handle.prepareBatch(
                      """
          INSERT INTO customer (id, project_key, version, email, lowercase_email, first_name, last_name,
            is_email_verified, authentication_mode, created_at, last_modified_at, document)
          VALUES (:id, :project, 1, :email, :email, 'Bulk', :lastName, FALSE, 'Password', :at, :at, :document)""");
              PreparedBatch addresses =
                  handle.prepareBatch(
                      """
          INSERT INTO customer_address (project_key, customer_id, address_id, first_name, country)
          VALUES (:project, :customer, :address, :firstName, 'DE')""");
              for (int i = 0; i < CUSTOMERS; i++) {
                String id = "bulk-" + i;
                customers
                    .bind("id", id)
                    .bind("project", BIG)
                    .bind("email", id + "@example.com")
                    .bind("lastName", "l" + i)
                    .bind("at", CustomerFixtures.CREATED_AT.atOffset(ZoneOffset.UTC))
                    .bind("document", document)
                    .add();
                for (int a = 0; a < 2; a++) {
                  addresses
                      .bind("project", BIG)
                      .bind("customer", id)
                      .bind("address", "a" + a)
                      .bind("firstName", "f" + (2 * i + a))
                      .add();
                }
              }
              customers.execute();
              addresses.execute();
            });
    database.jdbi().useHandle(handle -> handle.execute("ANALYZE"));
  }

  private static QuerySpec query(String predicate) {
    return new QuerySpec(
        new QueryLanguageParser().parse(predicate, Map.of()), List.of(), 5, 0, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theTotalOfAQueryWithAPredicateStopsCountingAtTenThousand(String database) {
    JdbiCustomerRepository repository =
        new JdbiCustomerRepository(loaded(database).database().jdbi());

    Page<Customer> page =
        repository.query(RequestScope.project(BIG), query("firstName = \"Bulk\""));

    assertThat(page.total()).isEqualTo(10_000L);
    assertThat(page.count()).isEqualTo(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theTotalIsExactWithoutAPredicateOrBelowTheCap(String database) {
    JdbiCustomerRepository repository =
        new JdbiCustomerRepository(loaded(database).database().jdbi());
    QuerySpec everything = new QuerySpec(new Where.All(), List.of(), 5, 0, true);

    assertThat(repository.query(RequestScope.project(BIG), everything).total())
        .isEqualTo((long) CUSTOMERS);
    assertThat(
            repository
                .query(RequestScope.project(BIG), query("lastName in (\"l1\", \"l2\", \"nobody\")"))
                .total())
        .isEqualTo(2L);
  }

  /**
   * Alternatives that each pair an address with a customer field cannot be merged into one
   * subquery, so both databases read the addresses once per alternative: far beyond the timeout
   * below.
   */
  private static QuerySpec expensive() {
    QuerySchema.Node addresses = QuerySchema.CUSTOMER.child("addresses").orElseThrow();
    QuerySchema.Node firstName = QuerySchema.ADDRESS.child("firstName").orElseThrow();
    QuerySchema.Node lastName = QuerySchema.CUSTOMER.child("lastName").orElseThrow();
    List<Where> alternatives =
        IntStream.range(0, 200)
            .<Where>mapToObj(
                i ->
                    new Where.And(
                        List.of(
                            new Where.Within(
                                addresses,
                                new Where.Compare(firstName, Where.Operator.EQUAL, "none-" + i)),
                            new Where.Compare(lastName, Where.Operator.EQUAL, "l" + i))))
            .toList();
    return new QuerySpec(new Where.Or(alternatives), List.of(), 5, 0, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aQueryPastTheTimeoutIsCancelledAndItsConnectionServesTheNextQuery(String database) {
    try (Database limited =
        Database.open(
            loaded(database).url(),
            null,
            null,
            2,
            new Database.QueryLimits(1, Duration.ofMillis(50)))) {
      JdbiCustomerRepository repository =
          new JdbiCustomerRepository(
              limited.jdbi(),
              limited.queryJdbi(),
              ReadCache.off(limited.jdbi()),
              ReadCache.off(limited.jdbi()),
              ReadCache.off(limited.jdbi()));

      for (int attempt = 0; attempt < 3; attempt++) {
        assertThatThrownBy(() -> repository.query(RequestScope.project(BIG), expensive()))
            .isInstanceOfSatisfying(
                CommercetoolsException.class,
                e -> {
                  assertThat(e.statusCode()).isEqualTo(400);
                  assertThat(e.errors()).singleElement().isInstanceOf(QueryTimedOutError.class);
                });
      }

      assertThat(repository.query(RequestScope.project(BIG), query("lastName = \"l7\"")).count())
          .isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void customersOfAnotherProjectNeverMatchANestedPredicate(String database) {
    ReferencedResourcesCreated repository =
        new ReferencedResourcesCreated(loaded(database).database().jdbi());
    String mine = "p-" + UUID.randomUUID();
    String other = "p-" + UUID.randomUUID();
    Customer theirs = alike();
    Customer ours = alike();
    Customer ourGlobal = alike().toBuilder().stores(List.of()).build();
    insert(repository, other, theirs);
    insert(repository, mine, ours);
    insert(repository, mine, ourGlobal);

    for (String predicate :
        List.of(
            "addresses(phone = \"+49 30 1234\")",
            "addresses(id = \"home0001\")",
            "shippingAddressIds contains any (\"home0001\")",
            "stores(key = \"berlin\")",
            "custom(fields(tier = \"gold\"))",
            "addresses(custom(fields(floor = 3)))",
            "customerGroupAssignments is not empty",
            "not (addresses(city = \"Paris\"))")) {
      assertThat(repository.query(RequestScope.project(mine), query(predicate)).results())
          .as(predicate)
          .extracting(Customer::id)
          .doesNotContain(theirs.id())
          .isNotEmpty();
    }
    assertThat(
            repository.query(new RequestScope(mine, "berlin"), query("email is defined")).results())
        .extracting(Customer::id)
        .containsExactlyInAnyOrder(ours.id(), ourGlobal.id());
  }

  /**
   * Customers of different projects with the same address, stores, group assignment and custom
   * fields.
   */
  private static Customer alike() {
    Address home =
        new Address(
            "home0001",
            "home",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "10115",
            "Berlin",
            null,
            null,
            "DE",
            null,
            null,
            null,
            null,
            null,
            "+49 30 1234",
            null,
            null,
            null,
            null,
            null,
            new CustomFields(
                ResourceIdentifier.ofId(ResourceKind.TYPE, UUID.randomUUID().toString()),
                Map.of("floor", 3)));
    return CustomerFixtures.aCustomer().toBuilder()
        .id(UUID.randomUUID().toString())
        .email(UUID.randomUUID() + "@example.com")
        .addresses(List.of(home))
        .shippingAddressIds(List.of(home.id()))
        .stores(List.of(KeyReference.store("berlin")))
        .customerGroupAssignments(
            List.of(
                new CustomerGroupAssignment(
                    ResourceIdentifier.ofId(
                        ResourceKind.CUSTOMER_GROUP, UUID.randomUUID().toString()))))
        .custom(
            new CustomFields(
                ResourceIdentifier.ofId(ResourceKind.TYPE, UUID.randomUUID().toString()),
                Map.of("tier", "gold")))
        .build();
  }
}
