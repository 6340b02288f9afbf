package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.customer.CustomerFixtures.address;
import static ctc.domain.customer.CustomerFixtures.context;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.CustomerUpdateAction.AddAddress;
import ctc.domain.customer.CustomerUpdateAction.AddBillingAddressId;
import ctc.domain.customer.CustomerUpdateAction.AddShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.ChangeAddress;
import ctc.domain.customer.CustomerUpdateAction.RemoveAddress;
import ctc.domain.customer.CustomerUpdateAction.RemoveBillingAddressId;
import ctc.domain.customer.CustomerUpdateAction.RemoveShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultBillingAddress;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultShippingAddress;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.update.Change;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedUpdater;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerAddressActionsTest {

  private static final ResourceIdentifier TYPE =
      ResourceIdentifier.ofId(ResourceKind.TYPE, "address-type");

  private static final Address HOME = address("DE", "home").withId("addrHome");
  private static final Address WORK = address("FR", "work").withId("addrWork");

  /** Two addresses; home is the default shipping and billing address and in both id lists. */
  private static Customer customer() {
    return aCustomer().toBuilder()
        .addresses(List.of(HOME, WORK))
        .defaultShippingAddressId("addrHome")
        .shippingAddressIds(List.of("addrHome"))
        .defaultBillingAddressId("addrHome")
        .billingAddressIds(List.of("addrHome"))
        .build();
  }

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

  // ---------------------------------------------------------------- addAddress

  @Test
  void addAddressAppendsTheAddressWithAGeneratedId() {
    Customer next = apply(customer(), new AddAddress(address("AT", "holiday")));

    assertThat(next.addresses()).hasSize(3);
    assertThat(next.addresses().get(2)).isEqualTo(address("AT", "holiday").withId("a0000001"));
  }

  @Test
  void addAddressIgnoresAClientSuppliedId() {
    Customer next = apply(customer(), new AddAddress(address("AT").withId("addrHome")));

    assertThat(next.addresses().get(2).id()).isEqualTo("a0000001");
  }

  @Test
  void addAddressNeverReusesTheIdOfAnExistingAddress() {
    Customer customer =
        aCustomer().toBuilder().addresses(List.of(address("DE").withId("a0000001"))).build();

    Customer next = apply(customer, new AddAddress(address("AT")));

    assertThat(next.addresses()).extracting(Address::id).containsExactly("a0000001", "a0000002");
  }

  @Test
  void addAddressLeavesTheIdListsAlone() {
    Customer customer = customer();

    Customer next = apply(customer, new AddAddress(address("AT")));

    assertThat(next.shippingAddressIds()).isEqualTo(customer.shippingAddressIds());
    assertThat(next.billingAddressIds()).isEqualTo(customer.billingAddressIds());
  }

  @Test
  void addAddressKeepsTheAddressCustomFields() {
    CustomFields custom = new CustomFields(TYPE, Map.of("doorCode", "42"));

    Customer next = apply(customer(), new AddAddress(address("AT").withCustom(custom)));

    assertThat(next.addresses().get(2).custom()).isEqualTo(custom);
  }

  @Test
  void addAddressWithTheKeyOfAnotherAddressIsAnInvalidOperation() {
    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () -> apply(customer(), new AddAddress(address("AT", "home"))));

    assertThat(error.message()).contains("'home'");
  }

  // ---------------------------------------------------------------- changeAddress

  @Test
  void changeAddressReplacesTheWholeAddressAndKeepsItsId() {
    Customer customer =
        customer().toBuilder()
            .addresses(List.of(HOME.withCustom(new CustomFields(TYPE, Map.of("a", "b"))), WORK))
            .build();
    Address replacement = address("AT");

    Customer next = apply(customer, new ChangeAddress("addrHome", null, replacement));

    assertThat(next.addresses()).containsExactly(replacement.withId("addrHome"), WORK);
  }

  @Test
  void changeAddressLeavesIdListsAndDefaultsAlone() {
    Customer customer = customer();

    Customer next = apply(customer, new ChangeAddress("addrHome", null, address("AT")));

    assertThat(next.defaultShippingAddressId()).isEqualTo("addrHome");
    assertThat(next.shippingAddressIds()).containsExactly("addrHome");
    assertThat(next.defaultBillingAddressId()).isEqualTo("addrHome");
    assertThat(next.billingAddressIds()).containsExactly("addrHome");
  }

  @Test
  void changeAddressSelectsTheAddressByKey() {
    Customer next = apply(customer(), new ChangeAddress(null, "work", address("IT", "work")));

    assertThat(next.addresses()).containsExactly(HOME, address("IT", "work").withId("addrWork"));
  }

  @Test
  void changeAddressPrefersTheIdWhenIdAndKeyAreBothGiven() {
    Customer next = apply(customer(), new ChangeAddress("addrWork", "home", address("IT")));

    assertThat(next.addresses()).containsExactly(HOME, address("IT").withId("addrWork"));
  }

  @Test
  void changeAddressIgnoresAnIdInsideTheNewAddress() {
    Customer next =
        apply(customer(), new ChangeAddress("addrWork", null, address("IT").withId("other")));

    assertThat(next.addresses().get(1).id()).isEqualTo("addrWork");
  }

  @Test
  void changeAddressToTheKeyOfAnotherAddressIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new ChangeAddress("addrWork", null, address("FR", "home"))));
  }

  @Test
  void changeAddressOfAnUnknownIdIsAnInvalidOperation() {
    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () -> apply(customer(), new ChangeAddress("nope", null, address("AT"))));

    assertThat(error.message())
        .isEqualTo("The customer does not contain an address with the id 'nope'.");
  }

  @Test
  void changeAddressOfAnUnknownKeyIsAnInvalidOperation() {
    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () -> apply(customer(), new ChangeAddress(null, "nope", address("AT"))));

    assertThat(error.message())
        .isEqualTo("The customer does not contain an address with the key 'nope'.");
  }

  @Test
  void changeAddressWithoutIdOrKeyIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new ChangeAddress(null, null, address("AT"))));
  }

  // ---------------------------------------------------------------- removeAddress

  @Test
  void removeAddressRemovesTheAddressAndEveryMentionOfItsId() {
    Customer next = apply(customer(), new RemoveAddress("addrHome", null));

    assertThat(next.addresses()).containsExactly(WORK);
    assertThat(next.shippingAddressIds()).isEmpty();
    assertThat(next.billingAddressIds()).isEmpty();
    assertThat(next.defaultShippingAddressId()).isNull();
    assertThat(next.defaultBillingAddressId()).isNull();
  }

  @Test
  void removeAddressByKeyKeepsTheMentionsOfOtherAddresses() {
    Customer customer =
        customer().toBuilder()
            .shippingAddressIds(List.of("addrHome", "addrWork"))
            .defaultBillingAddressId("addrWork")
            .billingAddressIds(List.of("addrHome", "addrWork"))
            .build();

    Customer next = apply(customer, new RemoveAddress(null, "home"));

    assertThat(next.addresses()).containsExactly(WORK);
    assertThat(next.shippingAddressIds()).containsExactly("addrWork");
    assertThat(next.defaultShippingAddressId()).isNull();
    assertThat(next.billingAddressIds()).containsExactly("addrWork");
    assertThat(next.defaultBillingAddressId()).isEqualTo("addrWork");
  }

  @Test
  void removeAddressOfAnUnknownIdIsAnInvalidOperation() {
    expectError(
        400, InvalidOperationError.class, () -> apply(customer(), new RemoveAddress("nope", null)));
  }

  @Test
  void removeAddressOfAnUnknownKeyIsAnInvalidOperation() {
    expectError(
        400, InvalidOperationError.class, () -> apply(customer(), new RemoveAddress(null, "nope")));
  }

  @Test
  void removeAddressWithoutIdOrKeyIsAnInvalidOperation() {
    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () -> apply(customer(), new RemoveAddress(null, null)));

    assertThat(error.message()).isEqualTo("Either 'addressId' or 'addressKey' must be given.");
  }

  // ---------------------------------------------------------------- shipping

  @Test
  void setDefaultShippingAddressSetsTheDefaultAndAddsItToTheShippingIds() {
    Customer next = apply(customer(), new SetDefaultShippingAddress("addrWork", null));

    assertThat(next.defaultShippingAddressId()).isEqualTo("addrWork");
    assertThat(next.shippingAddressIds()).containsExactly("addrHome", "addrWork");
  }

  @Test
  void setDefaultShippingAddressByKeyDoesNotListTheIdTwice() {
    Customer next =
        apply(
            customer().toBuilder().defaultShippingAddressId(null).build(),
            new SetDefaultShippingAddress(null, "home"));

    assertThat(next.defaultShippingAddressId()).isEqualTo("addrHome");
    assertThat(next.shippingAddressIds()).containsExactly("addrHome");
  }

  @Test
  void setDefaultShippingAddressWithoutIdOrKeyUnsetsTheDefaultButKeepsTheList() {
    Customer next = apply(customer(), new SetDefaultShippingAddress(null, null));

    assertThat(next.defaultShippingAddressId()).isNull();
    assertThat(next.shippingAddressIds()).containsExactly("addrHome");
    assertThat(next.defaultBillingAddressId()).isEqualTo("addrHome");
  }

  @Test
  void setDefaultShippingAddressOfAnUnknownAddressIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new SetDefaultShippingAddress("nope", null)));
  }

  @Test
  void addShippingAddressIdAddsTheIdToTheShippingIds() {
    Customer next = apply(customer(), new AddShippingAddressId(null, "work"));

    assertThat(next.shippingAddressIds()).containsExactly("addrHome", "addrWork");
    assertThat(next.defaultShippingAddressId()).isEqualTo("addrHome");
  }

  @Test
  void addShippingAddressIdOfAListedAddressChangesNothing() {
    Customer customer = customer();

    assertThat(apply(customer, new AddShippingAddressId("addrHome", null))).isEqualTo(customer);
  }

  @Test
  void addShippingAddressIdOfAnUnknownAddressIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new AddShippingAddressId("nope", null)));
  }

  @Test
  void addShippingAddressIdWithoutIdOrKeyIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new AddShippingAddressId(null, null)));
  }

  @Test
  void removeShippingAddressIdRemovesTheIdAndUnsetsTheDefaultThatPointedThere() {
    Customer next = apply(customer(), new RemoveShippingAddressId("addrHome", null));

    assertThat(next.shippingAddressIds()).isEmpty();
    assertThat(next.defaultShippingAddressId()).isNull();
    assertThat(next.addresses()).containsExactly(HOME, WORK);
    assertThat(next.defaultBillingAddressId()).isEqualTo("addrHome");
  }

  @Test
  void removeShippingAddressIdKeepsADefaultThatPointsElsewhere() {
    Customer customer =
        customer().toBuilder().shippingAddressIds(List.of("addrHome", "addrWork")).build();

    Customer next = apply(customer, new RemoveShippingAddressId(null, "work"));

    assertThat(next.shippingAddressIds()).containsExactly("addrHome");
    assertThat(next.defaultShippingAddressId()).isEqualTo("addrHome");
  }

  @Test
  void removeShippingAddressIdWithoutIdOrKeyIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new RemoveShippingAddressId(null, null)));
  }

  // ---------------------------------------------------------------- billing

  @Test
  void setDefaultBillingAddressSetsTheDefaultAndAddsItToTheBillingIds() {
    Customer next = apply(customer(), new SetDefaultBillingAddress(null, "work"));

    assertThat(next.defaultBillingAddressId()).isEqualTo("addrWork");
    assertThat(next.billingAddressIds()).containsExactly("addrHome", "addrWork");
  }

  @Test
  void setDefaultBillingAddressWithoutIdOrKeyUnsetsTheDefaultButKeepsTheList() {
    Customer next = apply(customer(), new SetDefaultBillingAddress(null, null));

    assertThat(next.defaultBillingAddressId()).isNull();
    assertThat(next.billingAddressIds()).containsExactly("addrHome");
    assertThat(next.defaultShippingAddressId()).isEqualTo("addrHome");
  }

  @Test
  void setDefaultBillingAddressOfAnUnknownKeyIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new SetDefaultBillingAddress(null, "nope")));
  }

  @Test
  void addBillingAddressIdAddsTheIdToTheBillingIds() {
    Customer next = apply(customer(), new AddBillingAddressId("addrWork", null));

    assertThat(next.billingAddressIds()).containsExactly("addrHome", "addrWork");
  }

  @Test
  void addBillingAddressIdOfAListedAddressChangesNothing() {
    Customer customer = customer();

    assertThat(apply(customer, new AddBillingAddressId(null, "home"))).isEqualTo(customer);
  }

  @Test
  void addBillingAddressIdOfAnUnknownAddressIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new AddBillingAddressId("nope", null)));
  }

  @Test
  void removeBillingAddressIdRemovesTheIdAndUnsetsTheDefaultThatPointedThere() {
    Customer next = apply(customer(), new RemoveBillingAddressId(null, "home"));

    assertThat(next.billingAddressIds()).isEmpty();
    assertThat(next.defaultBillingAddressId()).isNull();
    assertThat(next.shippingAddressIds()).containsExactly("addrHome");
  }

  @Test
  void removeBillingAddressIdWithoutIdOrKeyIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new RemoveBillingAddressId(null, null)));
  }

  // ---------------------------------------------------------------- address custom fields

  @Test
  void setAddressCustomTypeSetsTypeAndFieldsOnThatAddressOnly() {
    Customer next =
        apply(customer(), new SetAddressCustomType("addrWork", TYPE, Map.of("floor", "3")));

    assertThat(next.addresses().get(1).custom())
        .isEqualTo(new CustomFields(TYPE, Map.of("floor", "3")));
    assertThat(next.addresses().get(0)).isEqualTo(HOME);
  }

  @Test
  void setAddressCustomTypeWithoutTypeRemovesTheCustomFields() {
    Customer customer =
        customer().toBuilder()
            .addresses(List.of(HOME, WORK.withCustom(new CustomFields(TYPE, Map.of("floor", "3")))))
            .build();

    Customer next = apply(customer, new SetAddressCustomType("addrWork", null, null));

    assertThat(next.addresses().get(1)).isEqualTo(WORK);
  }

  @Test
  void setAddressCustomTypeOfAnUnknownAddressIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new SetAddressCustomType("nope", TYPE, null)));
  }

  @Test
  void setAddressCustomFieldAddsAndChangesAField() {
    Customer typed =
        apply(customer(), new SetAddressCustomType("addrWork", TYPE, Map.of("floor", "3")));

    Customer next =
        apply(
            apply(typed, new SetAddressCustomField("addrWork", "floor", "4")),
            new SetAddressCustomField("addrWork", "door", true));

    assertThat(next.addresses().get(1).custom().fields())
        .isEqualTo(Map.of("floor", "4", "door", true));
  }

  @Test
  void setAddressCustomFieldWithoutValueRemovesTheField() {
    Customer typed =
        apply(
            customer(), new SetAddressCustomType("addrWork", TYPE, Map.of("floor", "3", "x", "y")));

    Customer next = apply(typed, new SetAddressCustomField("addrWork", "floor", null));

    assertThat(next.addresses().get(1).custom().fields()).isEqualTo(Map.of("x", "y"));
  }

  @Test
  void removingAnAbsentAddressCustomFieldIsAnInvalidOperation() {
    Customer typed = apply(customer(), new SetAddressCustomType("addrWork", TYPE, Map.of()));

    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(typed, new SetAddressCustomField("addrWork", "floor", null)));
  }

  @Test
  void setAddressCustomFieldOnAnAddressWithoutTypeIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new SetAddressCustomField("addrWork", "floor", "1")));
  }

  @Test
  void setAddressCustomFieldOfAnUnknownAddressIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(customer(), new SetAddressCustomField("nope", "floor", "1")));
  }

  // ---------------------------------------------------------------- through the updater

  @Test
  void anAddressAddedInARequestCanBeMadeDefaultByKeyInTheSameRequest() {
    Customer customer = customer();

    Customer next =
        update(
            customer,
            new AddAddress(address("AT", "holiday")),
            new SetDefaultShippingAddress(null, "holiday"),
            new AddBillingAddressId(null, "holiday"));

    assertThat(next.version()).isEqualTo(customer.version() + 1);
    assertThat(next.lastMessageSequenceNumber())
        .isEqualTo(customer.lastMessageSequenceNumber() + 3);
    assertThat(next.defaultShippingAddressId()).isEqualTo("a0000001");
    assertThat(next.shippingAddressIds()).containsExactly("addrHome", "a0000001");
    assertThat(next.billingAddressIds()).containsExactly("addrHome", "a0000001");
  }

  @Test
  void aFailingAddressActionRejectsTheWholeRequest() {
    Customer customer = customer();

    expectError(
        400,
        InvalidOperationError.class,
        () ->
            update(
                customer,
                new AddAddress(address("AT", "holiday")),
                new RemoveAddress("nope", null)));

    assertThat(customer.addresses()).containsExactly(HOME, WORK);
    assertThat(customer.version()).isEqualTo(1);
  }
}
