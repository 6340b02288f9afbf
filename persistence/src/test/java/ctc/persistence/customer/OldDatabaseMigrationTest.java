package ctc.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerGroupAssignment;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.persistence.Database;
import ctc.persistence.Documents;
import ctc.persistence.TestDatabases;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database made by the first migrations (V1 to V4), with customers in it, migrates to the latest
 * version, and the customers it held are then found by the nested predicates that later migrations
 * made possible.
 */
class OldDatabaseMigrationTest {

  private static final Instant CREATED = Instant.parse("2025-05-05T05:05:05Z");
  private static final QueryParameters QUERIES = new QueryParameters(new QueryLanguageParser());

  static Stream<String> databases() {
    return Stream.concat(Stream.of(TestDatabases.h2()), TestDatabases.postgres().stream());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void customersStoredBeforeTheQueryTablesAreFoundByNestedPredicatesAfterMigrating(String url) {
    Flyway.configure().dataSource(url, null, null).target("4").load().migrate();
    Address home =
        new Address(
            "h1", "home", null, null, null, null, null, null, null, "10115", "Berlin", null, null,
            "DE", null, null, null, null, "PO-7", null, null, null, null, null, null, null);
    Address office =
        new Address(
            "o1",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "75001",
            "Paris",
            null,
            null,
            "FR",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new CustomFields(ResourceIdentifier.ofId(ResourceKind.TYPE, "t2"), Map.of("floor", 3)));
    insert(
        url,
        Customer.builder()
            .id("old-customer")
            .version(3)
            .createdAt(CREATED)
            .lastModifiedAt(CREATED)
            .email("old@example.com")
            .addresses(List.of(home, office))
            .shippingAddressIds(List.of("h1"))
            .billingAddressIds(List.of("o1"))
            .customerGroup(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "g1"))
            .customerGroupAssignments(
                List.of(
                    new CustomerGroupAssignment(
                        ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "g2"))))
            .custom(
                new CustomFields(
                    ResourceIdentifier.ofId(ResourceKind.TYPE, "t1"),
                    Map.of(
                        "tier",
                        "gold",
                        "tags",
                        List.of("a", "b"),
                        "score",
                        new BigDecimal("12.5"),
                        "vip",
                        true)))
            .build());
    insert(
        url,
        Customer.builder()
            .id("plain-customer")
            .version(1)
            .createdAt(CREATED)
            .lastModifiedAt(CREATED)
            .email("plain@example.com")
            .build());

    try (Database database = TestDatabases.open(url)) {
      JdbiCustomerRepository customers = new JdbiCustomerRepository(database.jdbi());

      for (String predicate :
          List.of(
              "addresses(city = \"Berlin\")",
              "addresses(pOBox = \"PO-7\")",
              "addresses(custom(fields(floor = 3)))",
              "shippingAddressIds contains any (\"h1\")",
              "billingAddressIds contains any (\"o1\")",
              "customerGroup(id = \"g1\")",
              "customerGroupAssignments(customerGroup(id = \"g2\"))",
              "custom(type(id = \"t1\"))",
              "custom(fields(tier = \"gold\"))",
              "custom(fields(tags contains any (\"b\")))",
              "custom(fields(score > 12))",
              "custom(fields(vip = true))")) {
        assertThat(
                customers
                    .query(RequestScope.project("p"), QUERIES.parse(where(predicate)))
                    .results())
            .as(predicate)
            .extracting(Customer::id)
            .containsExactly("old-customer");
      }
      assertThat(
              customers
                  .query(
                      RequestScope.project("p"), QUERIES.parse(where("addresses(city = \"Rome\")")))
                  .results())
          .isEmpty();
      assertThat(customers.findById("p", "old-customer"))
          .hasValueSatisfying(customer -> assertThat(customer.version()).isEqualTo(3));
    }
  }

  private static QueryParameters.Raw where(String predicate) {
    return new QueryParameters.Raw(List.of(predicate), Map.of(), List.of(), null, null, null);
  }

  /** A row as V1 to V4 stored it. */
  private static void insert(String url, Customer customer) {
    Jdbi.create(url)
        .useHandle(
            handle ->
                handle
                    .createUpdate(
                        """
            INSERT INTO customer (id, project_key, version, email, lowercase_email, is_email_verified,
              authentication_mode, created_at, last_modified_at, document)
            VALUES (:id, 'p', :version, :email, :email, FALSE, 'Password', :at, :at, :document)""")
                    .bind("id", customer.id())
                    .bind("version", customer.version())
                    .bind("email", customer.email())
                    .bind("at", CREATED.atOffset(ZoneOffset.UTC))
                    .bind("document", new Documents().write(customer))
                    .execute());
  }
}
