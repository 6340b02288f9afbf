package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.customer.CustomerFixtures.context;
import static ctc.domain.customer.CustomerFixtures.store;
import static ctc.domain.customer.CustomerFixtures.storeKey;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.CustomFields;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.CustomerUpdateAction.AddCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.AddStore;
import ctc.domain.customer.CustomerUpdateAction.RemoveCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.RemoveStore;
import ctc.domain.customer.CustomerUpdateAction.SetCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroup;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroupAssignments;
import ctc.domain.customer.CustomerUpdateAction.SetStores;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.ReferencedResourceNotFoundError;
import ctc.domain.update.Change;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedUpdater;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomerReferencesTest {

  private static final ResourceIdentifier TYPE =
      ResourceIdentifier.ofId(ResourceKind.TYPE, "customer-type");
  private static final ResourceIdentifier GOLD =
      ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "gold");
  private static final ResourceIdentifier SILVER =
      ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "silver");

  private static Customer apply(Customer customer, CustomerUpdateAction action) {
    return CustomerActions.ALL.apply(customer, action, context());
  }

  private static Customer update(Customer customer, CustomerUpdateAction... actions) {
    return VersionedUpdater.update(
            customer,
            new UpdateRequest<>(customer.version(), List.of(actions)),
            CustomerActions.ALL,
            context())
        .map(Change::after)
        .orElse(customer);
  }

  private static Customer inStores(String... keys) {
    return aCustomer().toBuilder()
        .stores(List.of(keys).stream().map(CustomerFixtures::store).toList())
        .build();
  }

  private static CustomerGroupAssignment assignment(ResourceIdentifier group) {
    return new CustomerGroupAssignment(group);
  }

  // ---------------------------------------------------------------- stores

  @Test
  void setStoresReplacesTheStores() {
    Customer next =
        apply(inStores("berlin"), new SetStores(List.of(storeKey("paris"), storeKey("rome"))));

    assertThat(next.stores()).containsExactly(store("paris"), store("rome"));
  }

  @Test
  void setStoresDropsDuplicates() {
    Customer next =
        apply(aCustomer(), new SetStores(List.of(storeKey("paris"), storeKey("paris"))));

    assertThat(next.stores()).containsExactly(store("paris"));
  }

  @Test
  void setStoresToNoStoresMakesTheCustomerGlobal() {
    Customer next = apply(inStores("berlin"), new SetStores(List.of()));

    assertThat(next.stores()).isEmpty();
  }

  @Test
  void setStoresWithAStoreGivenOnlyByIdIsAReferencedResourceNotFound() {
    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () ->
                apply(
                    aCustomer(),
                    new SetStores(List.of(new ResourceIdentifier("store", "store-id", null)))));

    assertThat(error.typeId()).isEqualTo("store");
    assertThat(error.id()).isEqualTo("store-id");
  }

  @Test
  void addStoreAddsAStore() {
    Customer next = apply(inStores("berlin"), new AddStore(storeKey("paris")));

    assertThat(next.stores()).containsExactly(store("berlin"), store("paris"));
  }

  @Test
  void addStoreOfAStoreAlreadyThereChangesNothing() {
    Customer customer = inStores("berlin");

    assertThat(apply(customer, new AddStore(storeKey("berlin")))).isEqualTo(customer);
  }

  @Test
  void addStoreWithAStoreGivenOnlyByIdIsAReferencedResourceNotFound() {
    expectError(
        400,
        ReferencedResourceNotFoundError.class,
        () -> apply(aCustomer(), new AddStore(new ResourceIdentifier(null, "store-id", null))));
  }

  @Test
  void removeStoreRemovesAStore() {
    Customer next = apply(inStores("berlin", "paris"), new RemoveStore(storeKey("berlin")));

    assertThat(next.stores()).containsExactly(store("paris"));
  }

  @Test
  void removingTheLastStoreMakesTheCustomerGlobal() {
    Customer next = apply(inStores("berlin"), new RemoveStore(storeKey("berlin")));

    assertThat(next.stores()).isEmpty();
  }

  @Test
  void removeStoreOfAStoreNotThereChangesNothing() {
    Customer customer = inStores("berlin");

    assertThat(apply(customer, new RemoveStore(storeKey("paris")))).isEqualTo(customer);
  }

  @Test
  void addStoreAndRemoveStoreBumpTheVersionButProduceNoMessage() {
    Customer customer = inStores("berlin");

    Customer next =
        update(customer, new AddStore(storeKey("paris")), new RemoveStore(storeKey("berlin")));

    assertThat(next.stores()).containsExactly(store("paris"));
    assertThat(next.version()).isEqualTo(customer.version() + 1);
    assertThat(next.lastMessageSequenceNumber()).isEqualTo(customer.lastMessageSequenceNumber());
  }

  @Test
  void setStoresProducesAMessage() {
    Customer customer = aCustomer();

    Customer next = update(customer, new SetStores(List.of(storeKey("paris"))));

    assertThat(next.lastMessageSequenceNumber())
        .isEqualTo(customer.lastMessageSequenceNumber() + 1);
  }

  // ---------------------------------------------------------------- customer group

  @Test
  void setCustomerGroupSetsTheGroup() {
    Customer next = apply(aCustomer(), new SetCustomerGroup(GOLD));

    assertThat(next.customerGroup()).isEqualTo(GOLD);
  }

  @Test
  void setCustomerGroupWithoutGroupRemovesTheGroup() {
    Customer grouped = apply(aCustomer(), new SetCustomerGroup(GOLD));

    Customer next = apply(grouped, new SetCustomerGroup(null));

    assertThat(next.customerGroup()).isNull();
  }

  @Test
  void setCustomerGroupFillsInAMissingTypeId() {
    Customer next =
        apply(aCustomer(), new SetCustomerGroup(new ResourceIdentifier(null, "gold", null)));

    assertThat(next.customerGroup()).isEqualTo(GOLD);
  }

  // ---------------------------------------------------------------- customer group assignments

  @Test
  void setCustomerGroupAssignmentsReplacesTheAssignments() {
    Customer customer =
        aCustomer().toBuilder().customerGroupAssignments(List.of(assignment(GOLD))).build();

    Customer next = apply(customer, new SetCustomerGroupAssignments(List.of(assignment(SILVER))));

    assertThat(next.customerGroupAssignments()).containsExactly(assignment(SILVER));
  }

  @Test
  void setCustomerGroupAssignmentsDropsDuplicates() {
    Customer next =
        apply(
            aCustomer(),
            new SetCustomerGroupAssignments(
                List.of(assignment(GOLD), assignment(SILVER), assignment(GOLD))));

    assertThat(next.customerGroupAssignments())
        .containsExactly(assignment(GOLD), assignment(SILVER));
  }

  @Test
  void setCustomerGroupAssignmentsToAnEmptyListClearsThem() {
    Customer customer =
        aCustomer().toBuilder().customerGroupAssignments(List.of(assignment(GOLD))).build();

    Customer next = apply(customer, new SetCustomerGroupAssignments(List.of()));

    assertThat(next.customerGroupAssignments()).isEmpty();
  }

  @Test
  void moreThan500CustomerGroupAssignmentsAreInvalidInput() {
    List<CustomerGroupAssignment> many = new ArrayList<>();
    IntStream.rangeClosed(1, 501)
        .forEach(
            i ->
                many.add(
                    assignment(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "g" + i))));

    expectError(
        400,
        InvalidInputError.class,
        () -> apply(aCustomer(), new SetCustomerGroupAssignments(many)));
  }

  @Test
  void addCustomerGroupAssignmentAppendsTheGroup() {
    Customer customer =
        aCustomer().toBuilder().customerGroupAssignments(List.of(assignment(GOLD))).build();

    Customer next = apply(customer, new AddCustomerGroupAssignment(assignment(SILVER)));

    assertThat(next.customerGroupAssignments())
        .containsExactly(assignment(GOLD), assignment(SILVER));
  }

  @Test
  void addCustomerGroupAssignmentOfAnAssignedGroupChangesNothing() {
    Customer customer =
        aCustomer().toBuilder().customerGroupAssignments(List.of(assignment(GOLD))).build();

    assertThat(apply(customer, new AddCustomerGroupAssignment(assignment(GOLD))))
        .isEqualTo(customer);
  }

  @Test
  void removeCustomerGroupAssignmentRemovesTheGroup() {
    Customer customer =
        aCustomer().toBuilder()
            .customerGroupAssignments(List.of(assignment(GOLD), assignment(SILVER)))
            .build();

    Customer next = apply(customer, new RemoveCustomerGroupAssignment(GOLD));

    assertThat(next.customerGroupAssignments()).containsExactly(assignment(SILVER));
  }

  @Test
  void removeCustomerGroupAssignmentOfAnUnassignedGroupChangesNothing() {
    Customer customer =
        aCustomer().toBuilder().customerGroupAssignments(List.of(assignment(GOLD))).build();

    assertThat(apply(customer, new RemoveCustomerGroupAssignment(SILVER))).isEqualTo(customer);
  }

  // ---------------------------------------------------------------- custom type and fields

  @Test
  void setCustomTypeSetsTheTypeAndFields() {
    Customer next = apply(aCustomer(), new SetCustomType(TYPE, Map.of("nickname", "JD")));

    assertThat(next.custom()).isEqualTo(new CustomFields(TYPE, Map.of("nickname", "JD")));
  }

  @Test
  void setCustomTypeReplacesTheFieldsOfTheOldType() {
    Customer typed = apply(aCustomer(), new SetCustomType(TYPE, Map.of("nickname", "JD")));
    ResourceIdentifier otherType = ResourceIdentifier.ofId(ResourceKind.TYPE, "other");

    Customer next = apply(typed, new SetCustomType(otherType, null));

    assertThat(next.custom()).isEqualTo(new CustomFields(otherType, Map.of()));
  }

  @Test
  void setCustomTypeWithoutTypeRemovesTypeAndFields() {
    Customer typed = apply(aCustomer(), new SetCustomType(TYPE, Map.of("nickname", "JD")));

    Customer next = apply(typed, new SetCustomType(null, null));

    assertThat(next.custom()).isNull();
  }

  @Test
  void setCustomFieldAddsAField() {
    Customer typed = apply(aCustomer(), new SetCustomType(TYPE, null));

    Customer next = apply(typed, new SetCustomField("nickname", "JD"));

    assertThat(next.custom().fields()).isEqualTo(Map.of("nickname", "JD"));
  }

  @Test
  void setCustomFieldChangesAField() {
    Customer typed =
        apply(aCustomer(), new SetCustomType(TYPE, Map.of("nickname", "JD", "vip", false)));

    Customer next = apply(typed, new SetCustomField("vip", true));

    assertThat(next.custom().fields()).isEqualTo(Map.of("nickname", "JD", "vip", true));
  }

  @Test
  void setCustomFieldWithoutValueRemovesTheField() {
    Customer typed =
        apply(aCustomer(), new SetCustomType(TYPE, Map.of("nickname", "JD", "vip", false)));

    Customer next = apply(typed, new SetCustomField("vip", null));

    assertThat(next.custom().fields()).isEqualTo(Map.of("nickname", "JD"));
    assertThat(next.custom().type()).isEqualTo(TYPE);
  }

  @Test
  void removingAnAbsentCustomFieldIsAnInvalidOperation() {
    Customer typed = apply(aCustomer(), new SetCustomType(TYPE, Map.of("nickname", "JD")));

    InvalidOperationError error =
        expectError(
            400, InvalidOperationError.class, () -> apply(typed, new SetCustomField("vip", null)));

    assertThat(error.message()).contains("'vip'");
  }

  @Test
  void setCustomFieldWithoutACustomTypeIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(aCustomer(), new SetCustomField("nickname", "JD")));
  }

  @Test
  void setCustomFieldToItsCurrentValueIsANoOpThatKeepsTheVersion() {
    Customer typed =
        aCustomer().toBuilder().custom(new CustomFields(TYPE, Map.of("nickname", "JD"))).build();

    assertThat(update(typed, new SetCustomField("nickname", "JD"))).isSameAs(typed);
  }
}
