package ctc.persistence.customer;

import static ctc.domain.update.Saves.insert;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.Customer;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QuerySpec;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import java.math.BigDecimal;
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
 * Queries on the identifying fields use an index, as the databases' own query plans show (EXPLAIN
 * of the count query the repository runs) over a few hundred analysed customers. PostgreSQL is told
 * to avoid sequential scans, which on so small a table it would rightly prefer; the point is that
 * the index exists and fits the query.
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
    return DATABASES.computeIfAbsent(
        database,
        name -> {
          Database db =
              TestDatabases.open(
                  name.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres().orElseThrow());
          load(db);
          return db;
        });
  }

  private static void load(Database db) {
    ReferencedResourcesCreated repository = new ReferencedResourcesCreated(db.jdbi());
    for (int i = 0; i < CUSTOMERS; i++) {
      Address address =
          new Address(
              "a" + i,
              "ak" + i,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              "1" + i,
              "city-" + i,
              null,
              null,
              "DE",
              null,
              null,
              null,
              null,
              null,
              "+49" + i,
              null,
              "a" + i + "@example.com",
              null,
              null,
              null,
              null);
      insert(
          repository,
          "p",
          Customer.builder()
              .id(UUID.randomUUID().toString())
              .version(1)
              .createdAt(CREATED)
              .lastModifiedAt(CREATED)
              .versionModifiedAt(CREATED)
              .email("c" + i + "@example.com")
              .key("k" + i)
              .customerNumber("n" + i)
              .externalId("e" + i)
              .addresses(List.of(address))
              .shippingAddressIds(List.of(address.id()))
              .custom(
                  new CustomFields(
                      ResourceIdentifier.ofId(ResourceKind.TYPE, "t"),
                      Map.of(
                          "tier",
                          "tier-" + i,
                          "points",
                          BigDecimal.valueOf(i),
                          "vip",
                          i % 10 == 0)))
              .build());
    }
    db.jdbi().useHandle(handle -> handle.execute("ANALYZE"));
  }

  static Stream<Arguments> plans() {
    List<String> databases =
        TestDatabases.postgres().isPresent() ? List.of("H2", "PostgreSQL") : List.of("H2");
    Map<String, String> indexes =
        Map.of(
            "id = \"x\"", "(primary_key|customer_pkey)",
            "key = \"x\"", "customer_key_unique",
            "email = \"x\"", "customer_email_idx",
            "lowercaseEmail = \"x\"", "customer_lowercase_email_idx",
            "customerNumber = \"x\"", "customer_number_unique",
            "externalId = \"x\"", "customer_external_id_idx",
            "addresses(city = \"x\")", "customer_address_city_idx");
    return databases.stream()
        .flatMap(
            database ->
                indexes.entrySet().stream()
                    .map(entry -> Arguments.of(database, entry.getKey(), entry.getValue())));
  }

  /** Nested predicates and the index of their side table that leads with the project. */
  static Stream<Arguments> sideTablePlans() {
    List<String> databases =
        TestDatabases.postgres().isPresent() ? List.of("H2", "PostgreSQL") : List.of("H2");
    Map<String, String> indexes =
        Map.ofEntries(
            Map.entry("addresses(id = \"x\")", "customer_address_id_idx"),
            Map.entry("addresses(key = \"x\")", "customer_address_key_idx"),
            Map.entry("addresses(city = \"x\")", "customer_address_city_idx"),
            Map.entry("addresses(postalCode = \"x\")", "customer_address_postal_code_idx"),
            Map.entry("addresses(country = \"FR\")", "customer_address_country_idx"),
            Map.entry("addresses(phone = \"x\")", "customer_address_phone_idx"),
            Map.entry(
                "addresses(phone = \"x\") or addresses(phone = \"y\")",
                "customer_address_phone_idx"),
            Map.entry("addresses(mobile = \"x\")", "customer_address_mobile_idx"),
            Map.entry("addresses(email = \"x\")", "customer_address_email_idx"),
            Map.entry("addresses(lastName = \"x\")", "customer_address_last_name_idx"),
            Map.entry(
                "shippingAddressIds contains any (\"x\")", "customer_address_role_project_idx"),
            Map.entry("stores(key = \"x\")", "customer_store_project_idx"),
            Map.entry(
                "customerGroupAssignments(customerGroup(id = \"x\"))",
                "customer_group_assignment_group_idx"),
            Map.entry("custom(fields(tier = \"gold\"))", "customer_custom_value_text_idx"),
            Map.entry("custom(fields(points = 3))", "customer_custom_value_number_idx"),
            Map.entry("custom(fields(vip = true))", "customer_custom_value_bool_idx"));
    return databases.stream()
        .flatMap(
            database ->
                indexes.entrySet().stream()
                    .map(entry -> Arguments.of(database, entry.getKey(), entry.getValue())));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("plans")
  void identifyingFieldsAreFoundThroughAnIndex(String database, String predicate, String index) {
    assertThat(plan(database, RequestScope.project("p"), predicate)).containsPattern(index);
  }

  /**
   * Every side table is entered through an index whose conditions include the project (it leads
   * each index).
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("sideTablePlans")
  void nestedPredicatesAreIndexLookupsWithinTheProject(
      String database, String predicate, String index) {
    assertThat(plan(database, RequestScope.project("p"), predicate))
        .containsPattern(lookupWithinProject(database, index));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void storeVisibilityReadsTheStoresOfTheProjectThroughAnIndex(String database) {
    String plan = plan(database, new RequestScope("p", "berlin"), "key = \"x\"");

    assertThat(plan).containsPattern("customer_key_unique");
    assertThat(plan).containsPattern(lookupWithinProject(database, "customer_store_project_idx"));
  }

  /**
   * The index, entered with a project condition: in H2's comment after the index name, in
   * PostgreSQL's Index Cond.
   */
  private static String lookupWithinProject(String database, String index) {
    return database.equals("H2")
        ? index + ": [^*]*project_key = "
        : "(using|on) " + index + " [^\\n]*\\n\\s*index cond: [^\\n]*project_key[)a-z:]* = ";
  }

  static Stream<String> databases() {
    return TestDatabases.postgres().isPresent() ? Stream.of("H2", "PostgreSQL") : Stream.of("H2");
  }

  /** The lower-cased plan of the count query the repository runs for this predicate. */
  private static String plan(String database, RequestScope scope, String predicate) {
    QuerySpec spec =
        new QuerySpec(new QueryLanguageParser().parse(predicate, Map.of()), List.of(), 20, 0, true);
    CustomerQueries.Sql count = CustomerQueries.count(scope, spec);

    return loaded(database)
        .jdbi()
        .withHandle(
            handle -> {
              if (database.equals("PostgreSQL")) {
                handle.execute("SET enable_seqscan = off");
              }
              return String.join(
                  "\n",
                  handle
                      .createQuery("EXPLAIN " + count.text())
                      .bindMap(count.parameters())
                      .mapTo(String.class)
                      .list());
            })
        .toLowerCase(Locale.ROOT);
  }
}
