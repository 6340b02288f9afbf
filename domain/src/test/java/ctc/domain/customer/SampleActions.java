package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.address;
import static ctc.domain.customer.CustomerFixtures.storeKey;

import ctc.domain.common.CustomFields;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.CustomerUpdateAction.AddAddress;
import ctc.domain.customer.CustomerUpdateAction.AddBillingAddressId;
import ctc.domain.customer.CustomerUpdateAction.AddCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.AddShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.AddStore;
import ctc.domain.customer.CustomerUpdateAction.ChangeAddress;
import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.CustomerUpdateAction.RemoveAddress;
import ctc.domain.customer.CustomerUpdateAction.RemoveBillingAddressId;
import ctc.domain.customer.CustomerUpdateAction.RemoveCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.RemoveShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.RemoveStore;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetAuthenticationMode;
import ctc.domain.customer.CustomerUpdateAction.SetCompanyName;
import ctc.domain.customer.CustomerUpdateAction.SetCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroup;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroupAssignments;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerNumber;
import ctc.domain.customer.CustomerUpdateAction.SetDateOfBirth;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultBillingAddress;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultShippingAddress;
import ctc.domain.customer.CustomerUpdateAction.SetExternalId;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetKey;
import ctc.domain.customer.CustomerUpdateAction.SetLastName;
import ctc.domain.customer.CustomerUpdateAction.SetLocale;
import ctc.domain.customer.CustomerUpdateAction.SetMiddleName;
import ctc.domain.customer.CustomerUpdateAction.SetSalutation;
import ctc.domain.customer.CustomerUpdateAction.SetStores;
import ctc.domain.customer.CustomerUpdateAction.SetTitle;
import ctc.domain.customer.CustomerUpdateAction.SetVatId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One instance of every CustomerUpdateAction, each changing {@link #customer()} when applied to it.
 */
final class SampleActions {

  static final ResourceIdentifier TYPE = ResourceIdentifier.ofId(ResourceKind.TYPE, "type-1");
  static final ResourceIdentifier GROUP =
      ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "group-1");
  static final ResourceIdentifier OTHER_GROUP =
      ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "group-2");

  private SampleActions() {}

  /**
   * A customer with two addresses ({@code addrHome}/key {@code home}, {@code addrWork}/key {@code
   * work}, the latter in both id lists), a custom type, a group assignment and a store.
   */
  static Customer customer() {
    return CustomerFixtures.aCustomer().toBuilder()
        .addresses(
            List.of(
                address("DE", "home")
                    .withId("addrHome")
                    .withCustom(new CustomFields(TYPE, Map.of("floor", "1"))),
                address("FR", "work").withId("addrWork")))
        .shippingAddressIds(List.of("addrWork"))
        .billingAddressIds(List.of("addrWork"))
        .customerGroupAssignments(List.of(new CustomerGroupAssignment(OTHER_GROUP)))
        .custom(new CustomFields(TYPE, Map.of("nickname", "JD")))
        .stores(List.of(CustomerFixtures.store("berlin")))
        .build();
  }

  static List<CustomerUpdateAction> all() {
    return List.of(
        new ChangeEmail("new@example.com"),
        new SetFirstName("Joan"),
        new SetLastName("Roe"),
        new SetMiddleName("M"),
        new SetTitle("Prof."),
        new SetSalutation("Hi"),
        new SetCompanyName("ACME"),
        new SetDateOfBirth(LocalDate.of(1990, 1, 1)),
        new SetVatId("VAT-1"),
        new SetExternalId("ext-1"),
        new SetKey("key-1"),
        new SetCustomerNumber("C-1"),
        new SetLocale("de-DE"),
        new SetAuthenticationMode(AuthenticationMode.ExternalAuth, null),
        new AddAddress(address("FR")),
        new ChangeAddress("addrHome", null, address("AT", "home")),
        new RemoveAddress("addrHome", null),
        new SetDefaultShippingAddress("addrHome", null),
        new AddShippingAddressId("addrHome", null),
        new RemoveShippingAddressId("addrWork", null),
        new SetDefaultBillingAddress(null, "home"),
        new AddBillingAddressId(null, "home"),
        new RemoveBillingAddressId(null, "work"),
        new SetAddressCustomType("addrHome", null, null),
        new SetAddressCustomField("addrHome", "floor", "2"),
        new SetCustomerGroup(GROUP),
        new SetCustomerGroupAssignments(List.of(new CustomerGroupAssignment(GROUP))),
        new AddCustomerGroupAssignment(new CustomerGroupAssignment(GROUP)),
        new RemoveCustomerGroupAssignment(OTHER_GROUP),
        new SetStores(List.of(storeKey("paris"))),
        new AddStore(storeKey("paris")),
        new RemoveStore(storeKey("berlin")),
        new SetCustomType(null, null),
        new SetCustomField("nickname", "Janie"));
  }
}
