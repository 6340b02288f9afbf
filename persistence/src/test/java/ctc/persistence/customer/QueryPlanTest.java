package ctc.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.Scope;
import ctc.domain.customer.Customer;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QuerySpec;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Queries on the identifying fields use an index, as the databases' own query plans show (EXPLAIN of the count
 * query the repository runs) over a few hundred analysed customers. PostgreSQL is told to avoid sequential scans,
 * which on so small a table it would rightly prefer; the point is that the index exists and fits the query.
 */
class QueryPlanTest {

  private static final int CUSTOMERS = 400;
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  /** One loaded database per kind, shared by the cases. */
  private static final Map<String, Database> DATABASES = new ConcurrentHashMap<>();

  @AfterAll
  static void close() {
    DATABASES.values().forEach(Database::close);
  }

  private static Database loaded(String database) {
    return DATABASES.computeIfAbsent(database, name -> {
      Database db = TestDatabases.open(name.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres().orElseThrow());
      load(db);
      return db;
    });
  }

  private static void load(Database db) {
    JdbiCustomerRepository repository = new JdbiCustomerRepository(db.jdbi());
    for (int i = 0; i < CUSTOMERS; i++) {
      Address address = new Address("a" + i, null, null, null, null, null, null, null, null, "1" + i, "city-" + i,
          null, null, "DE", null, null, null, null, null, null, null, null, null, null, null, null);
      repository.insert("p", Customer.builder().id(UUID.randomUUID().toString()).version(1).createdAt(CREATED)
          .lastModifiedAt(CREATED).versionModifiedAt(CREATED).email("c" + i + "@example.com").key("k" + i)
          .customerNumber("n" + i).externalId("e" + i).addresses(List.of(address)).build());
    }
    db.jdbi().useHandle(handle -> handle.execute("ANALYZE"));
  }

  static Stream<Arguments> plans() {
    List<String> databases = TestDatabases.postgres().isPresent() ? List.of("H2", "PostgreSQL") : List.of("H2");
    Map<String, String> indexes = Map.of(
        "id = \"x\"", "(primary_key|customer_pkey)",
        "key = \"x\"", "customer_key_unique",
        "email = \"x\"", "customer_email_idx",
        "lowercaseEmail = \"x\"", "customer_lowercase_email_idx",
        "customerNumber = \"x\"", "customer_number_unique",
        "externalId = \"x\"", "customer_external_id_idx",
        "addresses(city = \"x\")", "customer_address_city_idx");
    return databases.stream().flatMap(database -> indexes.entrySet().stream()
        .map(entry -> Arguments.of(database, entry.getKey(), entry.getValue())));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("plans")
  void identifyingFieldsAreFoundThroughAnIndex(String database, String predicate, String index) {
    QuerySpec spec = new QuerySpec(new QueryLanguageParser().parse(predicate, Map.of()), List.of(), 20, 0, true);
    CustomerQueries.Sql count = CustomerQueries.count(Scope.project("p"), spec);

    String plan = loaded(database).jdbi().withHandle(handle -> {
      if (database.equals("PostgreSQL")) {
        handle.execute("SET enable_seqscan = off");
      }
      return String.join("\n", handle.createQuery("EXPLAIN " + count.text()).bindMap(count.parameters())
          .mapTo(String.class).list());
    });

    assertThat(plan.toLowerCase(Locale.ROOT)).containsPattern(index);
  }
}
