package ctc.persistence;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.update.Saves.insert;
import static ctc.domain.update.Saves.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ctc.domain.common.TokenDigests;
import ctc.domain.common.Transactions;
import ctc.domain.customer.Customer;
import ctc.domain.customer.StoredToken;
import ctc.domain.customer.TokenKind;
import ctc.domain.error.CommercetoolsException;
import ctc.persistence.customer.JdbiCustomerRepository;
import ctc.persistence.customer.JdbiCustomerTokenRepository;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that {@link JdbiTransactions} makes the repositories' calls one transaction: all of them
 * take effect, or none. Runs on H2 always and on PostgreSQL when {@value
 * TestDatabases#POSTGRES_ENV} is set.
 */
class JdbiTransactionsTest {

  private static final Map<String, Database> DATABASES = new LinkedHashMap<>();

  @BeforeAll
  static void open() {
    DATABASES.putAll(TestDatabases.openEach());
  }

  @AfterAll
  static void close() {
    DATABASES.values().forEach(Database::close);
    DATABASES.clear();
  }

  static Stream<Named<Jdbi>> databases() {
    return DATABASES.entrySet().stream().map(e -> Named.of(e.getKey(), e.getValue().jdbi()));
  }

  /** A customer with two password tokens, stored (and committed) in a project of its own. */
  private record Fixture(
      String project,
      Customer customer,
      StoredToken first,
      StoredToken second,
      JdbiCustomerRepository customers,
      JdbiCustomerTokenRepository tokens,
      Transactions transactions) {

    static Fixture stored(Jdbi jdbi) {
      String project = "p-" + UUID.randomUUID();
      Customer customer = aCustomer();
      JdbiCustomerRepository customers = new JdbiCustomerRepository(jdbi);
      JdbiCustomerTokenRepository tokens = new JdbiCustomerTokenRepository(jdbi);
      insert(customers, project, customer);
      StoredToken first = token(project, customer);
      StoredToken second = token(project, customer);
      tokens.insert(first);
      tokens.insert(second);
      return new Fixture(
          project, customer, first, second, customers, tokens, new JdbiTransactions(jdbi));
    }

    private static StoredToken token(String project, Customer customer) {
      return new StoredToken(
          UUID.randomUUID().toString(),
          project,
          customer.id(),
          TokenKind.PASSWORD,
          TokenDigests.sha256(UUID.randomUUID().toString()),
          NOW.plus(Duration.ofDays(1)),
          NOW,
          false);
    }

    Customer changed() {
      return customer.toBuilder()
          .firstName("Changed")
          .build()
          .touched(customer.version() + 1, NOW, ACTOR, 1);
    }

    Customer storedCustomer() {
      return customers.findById(project, customer.id()).orElseThrow();
    }

    boolean tokenStored(StoredToken token) {
      return tokens.findByDigest(project, TokenKind.PASSWORD, token.valueDigest()).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void workThatThrowsLeavesTheCustomerAndTheTokensUnchanged(Jdbi jdbi) {
    Fixture fixture = Fixture.stored(jdbi);
    RuntimeException failure = new RuntimeException("fails after both writes");

    assertThatThrownBy(
            () ->
                fixture
                    .transactions()
                    .inTransaction(
                        () -> {
                          update(
                              fixture.customers(),
                              fixture.project(),
                              fixture.customer(),
                              fixture.changed());
                          fixture.tokens().deleteAll(fixture.customer().id(), TokenKind.PASSWORD);
                          throw failure;
                        }))
        .isSameAs(failure);

    assertThat(fixture.storedCustomer()).isEqualTo(fixture.customer());
    assertThat(fixture.tokenStored(fixture.first())).isTrue();
    assertThat(fixture.tokenStored(fixture.second())).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void workThatCompletesCommitsEveryChange(Jdbi jdbi) {
    Fixture fixture = Fixture.stored(jdbi);

    fixture
        .transactions()
        .inTransaction(
            () -> {
              update(fixture.customers(), fixture.project(), fixture.customer(), fixture.changed());
              fixture.tokens().deleteAll(fixture.customer().id(), TokenKind.PASSWORD);
              return null;
            });

    assertThat(fixture.storedCustomer()).isEqualTo(fixture.changed());
    assertThat(fixture.tokenStored(fixture.first())).isFalse();
    assertThat(fixture.tokenStored(fixture.second())).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aFailingRepositoryCallRollsBackTheCallsBeforeIt(Jdbi jdbi) {
    Fixture fixture = Fixture.stored(jdbi);
    Customer stale =
        fixture.customer().toBuilder().version(fixture.customer().version() + 5).build();

    assertThatThrownBy(
            () ->
                fixture
                    .transactions()
                    .inTransaction(
                        () -> {
                          fixture.tokens().delete(fixture.first().id());
                          update(fixture.customers(), fixture.project(), stale, fixture.changed());
                          return null;
                        }))
        .isInstanceOf(CommercetoolsException.class);

    assertThat(fixture.tokenStored(fixture.first())).isTrue();
    assertThat(fixture.storedCustomer()).isEqualTo(fixture.customer());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void readsInsideTheWorkSeeItsOwnWrites(Jdbi jdbi) {
    Fixture fixture = Fixture.stored(jdbi);

    Customer seen =
        fixture
            .transactions()
            .inTransaction(
                () -> {
                  update(
                      fixture.customers(),
                      fixture.project(),
                      fixture.customer(),
                      fixture.changed());
                  fixture.tokens().delete(fixture.first().id());
                  assertThat(fixture.tokenStored(fixture.first())).isFalse();
                  return fixture.storedCustomer();
                });

    assertThat(seen).isEqualTo(fixture.changed());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theResultOfTheWorkIsReturned(Jdbi jdbi) {
    assertThat(new JdbiTransactions(jdbi).inTransaction(() -> "result")).isEqualTo("result");
  }
}
