package ctc.persistence.search;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ctc.domain.common.IdGenerator;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerService;
import ctc.domain.customer.CustomerUpdateAction;
import ctc.domain.customer.PlainTestHasher;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.message.MessageSink;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.domain.update.Change;
import ctc.domain.update.UpdateRequest;
import ctc.persistence.JdbiTransactions;
import ctc.persistence.customer.JdbiCustomerRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change feed search indexes follow, through the real write path: every customer change writes
 * a row in its own transaction, a refused one none, and a follower picks up a row that commits
 * after higher numbers did. Each database's test class supplies the Jdbi.
 */
abstract class SqlCustomerChangesTest {

  private final String project = "p-" + UUID.randomUUID();
  private final RequestScope scope = RequestScope.project(project);
  private JdbiCustomerChanges changes;
  private CustomerService customers;

  protected abstract Jdbi jdbi();

  @BeforeEach
  void services() {
    changes = new JdbiCustomerChanges(jdbi());
    customers =
        new CustomerService(
            new JdbiCustomerRepository(jdbi()),
            new JdbiTransactions(jdbi()),
            new QueryParameters(new QueryLanguageParser()),
            Clock.systemUTC(),
            new UuidIds(),
            new PlainTestHasher(),
            new ShapeOnlyReferences(),
            MessageSink.NONE,
            changes);
  }

  private List<String> customersChangedAfter(long seq) {
    return changes.after(seq, 100).stream()
        .filter(row -> row.projectKey().equals(project))
        .map(JdbiCustomerChanges.Row::customerId)
        .toList();
  }

  @Test
  void everyChangeWritesARowAndARefusedOneNone() {
    long before = changes.last();
    Customer created = customers.create(scope, aDraft(UUID.randomUUID() + "@example.com"), ACTOR);
    ResourceRef ref = new ResourceRef.ById(created.id());
    customers.update(
        scope,
        ref,
        () -> new UpdateRequest<>(1, List.of(new CustomerUpdateAction.SetFirstName("Jo"))),
        ACTOR);
    assertThatThrownBy(
            () ->
                customers.update(
                    scope,
                    ref,
                    () ->
                        new UpdateRequest<>(
                            1, List.of(new CustomerUpdateAction.SetFirstName("Stale"))),
                    ACTOR))
        .isInstanceOf(CommercetoolsException.class);
    customers.delete(scope, ref, () -> 2, false, ACTOR);

    assertThat(customersChangedAfter(before))
        .containsExactly(created.id(), created.id(), created.id());
    assertThat(changes.last()).isGreaterThan(before);
  }

  @Test
  void aFollowerPicksUpARowThatCommitsAfterAHigherOne() {
    Customer customer = customers.create(scope, aDraft(UUID.randomUUID() + "@example.com"), ACTOR);
    FeedPosition position = new FeedPosition(changes.last());
    try (Handle slow = jdbi().open()) {
      slow.begin();
      slow.createUpdate(
              "INSERT INTO customer_change (project_key, customer_id, changed_at)"
                  + " VALUES (:p, 'late', CURRENT_TIMESTAMP)")
          .bind("p", project)
          .execute();
      changes.record(project, Change.deleted(customer, Instant.now(), ACTOR));

      List<JdbiCustomerChanges.Row> first = position.poll(changes, 100, System.nanoTime()).rows();
      assertThat(first).extracting(JdbiCustomerChanges.Row::customerId).contains(customer.id());
      assertThat(first).extracting(JdbiCustomerChanges.Row::customerId).doesNotContain("late");
      long safeWhileOpen = position.safe();
      slow.commit();

      List<JdbiCustomerChanges.Row> second = position.poll(changes, 100, System.nanoTime()).rows();
      assertThat(second).extracting(JdbiCustomerChanges.Row::customerId).contains("late");
      assertThat(position.safe()).isGreaterThan(safeWhileOpen);
    }
  }

  @Test
  void aGapThatNeverFillsIsGivenUpAfterTheWait() {
    Customer customer = customers.create(scope, aDraft(UUID.randomUUID() + "@example.com"), ACTOR);
    FeedPosition position = new FeedPosition(changes.last());
    try (Handle rolledBack = jdbi().open()) {
      rolledBack.begin();
      rolledBack
          .createUpdate(
              "INSERT INTO customer_change (project_key, customer_id, changed_at)"
                  + " VALUES (:p, 'never', CURRENT_TIMESTAMP)")
          .bind("p", project)
          .execute();
      changes.record(project, Change.deleted(customer, Instant.now(), ACTOR));
      rolledBack.rollback();
    }
    long now = System.nanoTime();
    position.poll(changes, 100, now);
    long stuck = position.safe();
    position.poll(changes, 100, now + FeedPosition.GAP_WAIT_NANOS + 1);
    assertThat(position.safe()).isGreaterThan(stuck).isEqualTo(changes.last());
  }

  @Test
  void purgingKeepsTheNewestRow() {
    customers.create(scope, aDraft(UUID.randomUUID() + "@example.com"), ACTOR);
    long last = changes.last();
    changes.purge(Instant.now().plusSeconds(60));
    assertThat(changes.first()).hasValue(last);
    assertThat(changes.last()).isEqualTo(last);
  }

  private static final class UuidIds implements IdGenerator {
    @Override
    public String resourceId() {
      return UUID.randomUUID().toString();
    }

    @Override
    public String addressId() {
      return UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public String tokenValue() {
      return UUID.randomUUID().toString() + UUID.randomUUID();
    }
  }
}
