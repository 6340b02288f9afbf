package ctc.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.customer.Customer;
import ctc.persistence.Database;
import ctc.persistence.Documents;
import ctc.persistence.TestDatabases;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A customer stored before the query tables existed gets its rows when the database is migrated (V6). */
class QueryTablesBackfillTest {

  static Stream<String> databases() {
    return Stream.concat(Stream.of(TestDatabases.h2()), TestDatabases.postgres().stream());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void customersFromBeforeVersionFiveAreFoundByNestedPredicates(String url) {
    Flyway.configure().dataSource(url, null, null).target("4").load().migrate();
    Instant created = Instant.parse("2025-05-05T05:05:05Z");
    Address home = new Address("h1", "home", null, null, null, null, null, null, null, "10115", "Berlin", null, null,
        "DE", null, null, null, null, null, null, null, null, null, null, null, null);
    Customer old = Customer.builder().id("old-customer").version(3).createdAt(created).lastModifiedAt(created)
        .email("old@example.com").addresses(List.of(home)).shippingAddressIds(List.of("h1"))
        .customerGroup(ResourceIdentifier.ofId("customer-group", "g1"))
        .custom(new CustomFields(ResourceIdentifier.ofId("type", "t1"), Map.of("tier", "gold", "tags", List.of("a"))))
        .build();
    Jdbi.create(url).useHandle(handle -> handle.createUpdate("""
            INSERT INTO customer (id, project_key, version, email, lowercase_email, is_email_verified,
              authentication_mode, created_at, last_modified_at, document)
            VALUES (:id, 'p', 3, :email, :email, FALSE, 'Password', :at, :at, :document)""")
        .bind("id", old.id()).bind("email", old.email()).bind("at", created.atOffset(ZoneOffset.UTC))
        .bind("document", new Documents().write(old)).execute());

    try (Database database = TestDatabases.open(url)) {
      Map<String, Object> row = database.jdbi().withHandle(handle -> handle.createQuery("""
              SELECT a.city, c.customer_group_id, c.custom_type_id,
                (SELECT COUNT(*) FROM customer_custom_value v WHERE v.customer_id = c.id) AS custom_values,
                (SELECT COUNT(*) FROM customer_address_role r WHERE r.customer_id = c.id) AS roles
              FROM customer c JOIN customer_address a ON a.customer_id = c.id WHERE c.id = 'old-customer'""")
          .mapToMap().one());

      assertThat(row).containsEntry("city", "Berlin").containsEntry("customer_group_id", "g1")
          .containsEntry("custom_type_id", "t1");
      assertThat(((Number) row.get("custom_values")).intValue()).isEqualTo(2);
      assertThat(((Number) row.get("roles")).intValue()).isEqualTo(1);
    }
  }
}
