package ctc.domain.update;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.customer.CustomerFixtures.context;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.ClientLogging;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerActions;
import ctc.domain.customer.CustomerUpdateAction;
import ctc.domain.customer.CustomerUpdateAction.RemoveAddress;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerNumber;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetKey;
import ctc.domain.customer.CustomerUpdateAction.SetLastName;
import ctc.domain.customer.CustomerUpdateAction.SetMiddleName;
import ctc.domain.customer.CustomerUpdateAction.SetTitle;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedUpdaterTest {

  private static Customer apply(Customer customer, long version, CustomerUpdateAction... actions) {
    return VersionedUpdater.update(
            customer,
            new UpdateRequest<>(version, List.of(actions)),
            CustomerActions.ALL,
            context())
        .map(Change::after)
        .orElse(customer);
  }

  private static Customer atVersion(long version) {
    return aCustomer().toBuilder().version(version).build();
  }

  @Test
  void aStaleVersionIsRejectedWithTheCurrentVersion() {
    Customer customer = atVersion(3);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () -> apply(customer, 2, new SetFirstName("Joan")));

    assertThat(error.currentVersion()).isEqualTo(3);
    assertThat(error.message())
        .isEqualTo(
            "Object "
                + customer.id()
                + " has a different version than expected. Expected: 2 - Actual: 3.");
  }

  @Test
  void aVersionAheadOfTheCurrentOneIsRejectedToo() {
    expectError(
        409,
        ConcurrentModificationError.class,
        () -> apply(atVersion(3), 4, new SetFirstName("Joan")));
  }

  @Test
  void aStaleVersionIsRejectedBeforeAnyActionRuns() {
    AtomicInteger runs = new AtomicInteger();
    ActionRegistry<Customer, CustomerUpdateAction> counting =
        ActionRegistry.<Customer, CustomerUpdateAction>builder()
            .silent(
                "setFirstName",
                SetFirstName.class,
                (customer, action, context) -> {
                  runs.incrementAndGet();
                  return customer;
                })
            .build();

    expectError(
        409,
        ConcurrentModificationError.class,
        () ->
            VersionedUpdater.update(
                atVersion(2),
                new UpdateRequest<>(1, List.of(new SetFirstName("Joan"))),
                counting,
                context()));

    assertThat(runs).hasValue(0);
  }

  @Test
  void aStaleVersionWinsOverAnInvalidAction() {
    expectError(
        409,
        ConcurrentModificationError.class,
        () -> apply(atVersion(2), 1, new RemoveAddress("nope", null)));
  }

  @Test
  void aStaleVersionIsRejectedEvenWhenTheActionsChangeNothing() {
    expectError(409, ConcurrentModificationError.class, () -> apply(atVersion(2), 1));
  }

  @Test
  void anEmptyActionListReturnsTheCustomerUnchanged() {
    Customer customer = atVersion(5);

    assertThat(apply(customer, 5)).isSameAs(customer);
  }

  @Test
  void actionsThatChangeNothingKeepVersionAndModificationStamps() {
    Customer customer = atVersion(5);

    Customer next =
        apply(customer, 5, new SetFirstName(customer.firstName()), new SetMiddleName(null));

    assertThat(next).isSameAs(customer);
    assertThat(next.version()).isEqualTo(5);
    assertThat(next.lastModifiedAt()).isEqualTo(customer.lastModifiedAt());
  }

  @Test
  void actionsThatUndoEachOtherChangeNothing() {
    Customer customer = aCustomer();

    Customer next =
        apply(customer, 1, new SetFirstName("Other"), new SetFirstName(customer.firstName()));

    assertThat(next).isSameAs(customer);
  }

  @Test
  void aRequestWithSeveralChangingActionsBumpsTheVersionByExactlyOne() {
    Customer customer = atVersion(7);

    Customer next =
        apply(customer, 7, new SetFirstName("Joan"), new SetLastName("Roe"), new SetTitle("Dr."));

    assertThat(next.version()).isEqualTo(8);
    assertThat(next.firstName()).isEqualTo("Joan");
    assertThat(next.lastName()).isEqualTo("Roe");
    assertThat(next.title()).isEqualTo("Dr.");
  }

  @Test
  void aChangingRequestStampsTheModificationTimeAndActor() {
    ClientLogging otherActor = new ClientLogging("other-client", false, null, null, null);
    Customer customer = aCustomer().toBuilder().lastModifiedBy(otherActor).build();

    Customer next = apply(customer, 1, new SetFirstName("Joan"));

    assertThat(next.lastModifiedAt()).isEqualTo(NOW);
    assertThat(next.versionModifiedAt()).isEqualTo(NOW);
    assertThat(next.lastModifiedBy()).isEqualTo(ACTOR);
    assertThat(next.createdAt()).isEqualTo(customer.createdAt());
    assertThat(next.createdBy()).isEqualTo(customer.createdBy());
  }

  @Test
  void theMessageSequenceGrowsByTheNumberOfChangingMessageProducingActions() {
    Customer customer = aCustomer().toBuilder().lastMessageSequenceNumber(4).build();

    Customer next =
        apply(
            customer,
            1,
            new SetFirstName("Joan"),
            new SetLastName(customer.lastName()),
            new SetTitle("Dr."),
            new SetKey("silent-key"),
            new SetCustomerNumber("C-1"));

    assertThat(next.lastMessageSequenceNumber()).isEqualTo(6);
  }

  @Test
  void aRequestOfSilentActionsOnlyBumpsTheVersionButNotTheMessageSequence() {
    Customer customer = aCustomer();

    Customer next = apply(customer, 1, new SetKey("silent-key"), new SetMiddleName("M"));

    assertThat(next.version()).isEqualTo(2);
    assertThat(next.lastMessageSequenceNumber()).isEqualTo(customer.lastMessageSequenceNumber());
  }

  @Test
  void actionsSeeTheResultOfTheActionsBeforeThem() {
    Customer customer = aCustomer();

    Customer next = apply(customer, 1, new SetCustomerNumber("C-1"), new SetCustomerNumber("C-1"));

    assertThat(next.customerNumber()).isEqualTo("C-1");
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer, 1, new SetCustomerNumber("C-1"), new SetCustomerNumber("C-2")));
  }

  @Test
  void aFailingActionLaterInTheBatchRejectsTheWholeRequestAndLeavesTheInputUntouched() {
    Customer customer = aCustomer();
    Customer snapshot = customer.toBuilder().build();

    expectError(
        400,
        InvalidOperationError.class,
        () ->
            apply(
                customer,
                1,
                new SetFirstName("Joan"),
                new SetKey("new-key"),
                new RemoveAddress("nope", null)));

    assertThat(customer).isEqualTo(snapshot);
    assertThat(customer.firstName()).isEqualTo("Jane");
    assertThat(customer.key()).isNull();
    assertThat(customer.version()).isEqualTo(1);
  }

  @Test
  void requireVersionRejectsAnotherVersion() {
    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () -> VersionedUpdater.requireVersion(atVersion(4), 3));

    assertThat(error.currentVersion()).isEqualTo(4);
  }
}
