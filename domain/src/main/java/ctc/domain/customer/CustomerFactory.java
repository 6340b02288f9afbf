package ctc.domain.customer;

import ctc.domain.common.Address;
import ctc.domain.common.KeyReference;
import ctc.domain.common.ResourceKind;
import ctc.domain.error.Errors;
import ctc.domain.update.UpdateContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Turns a validated CustomerDraft into a new Customer at version 1. */
final class CustomerFactory {

  private CustomerFactory() {}

  static Customer create(CustomerDraft draft, UpdateContext context) {
    if (draft.anonymousCart() != null || draft.anonymousCartId() != null) {
      String cartId =
          draft.anonymousCart() != null ? draft.anonymousCart().id() : draft.anonymousCartId();
      String cartKey = draft.anonymousCart() != null ? draft.anonymousCart().key() : null;
      throw Errors.referencedResourceNotFound(ResourceKind.CART.typeId(), cartId, cartKey);
    }
    if (draft.authenticationMode() == AuthenticationMode.Password) {
      CustomerRules.requirePasswordFor(draft.authenticationMode(), draft.password());
      CustomerRules.password(draft.password());
    }
    CustomerLimits.requireAtMost(
        "addresses", draft.addresses().size(), CustomerLimits.MAX_ADDRESSES);
    List<Address> addresses = addresses(draft, context);
    List<String> shipping = ids(addresses, draft.shippingAddresses(), "shippingAddresses");
    List<String> billing = ids(addresses, draft.billingAddresses(), "billingAddresses");
    String defaultShipping =
        id(addresses, draft.defaultShippingAddress(), "defaultShippingAddress");
    String defaultBilling = id(addresses, draft.defaultBillingAddress(), "defaultBillingAddress");
    Customer customer =
        Customer.builder()
            .id(context.ids().resourceId())
            .version(1)
            .versionModifiedAt(context.now())
            .lastMessageSequenceNumber(1)
            .createdAt(context.now())
            .createdBy(context.actor())
            .lastModifiedAt(context.now())
            .lastModifiedBy(context.actor())
            .key(draft.key())
            .customerNumber(draft.customerNumber())
            .externalId(draft.externalId())
            .email(draft.email())
            .firstName(draft.firstName())
            .lastName(draft.lastName())
            .middleName(draft.middleName())
            .title(draft.title())
            .salutation(draft.salutation())
            .dateOfBirth(draft.dateOfBirth())
            .companyName(draft.companyName())
            .vatId(draft.vatId())
            .addresses(addresses)
            .defaultShippingAddressId(defaultShipping)
            .shippingAddressIds(
                defaultShipping == null ? shipping : Addresses.with(shipping, defaultShipping))
            .defaultBillingAddressId(defaultBilling)
            .billingAddressIds(
                defaultBilling == null ? billing : Addresses.with(billing, defaultBilling))
            .isEmailVerified(Boolean.TRUE.equals(draft.isEmailVerified()))
            .customerGroup(
                draft.customerGroup() == null
                    ? null
                    : context.references().customerGroup(context.scope(), draft.customerGroup()))
            .customerGroupAssignments(
                CustomerReferences.assignments(context, draft.customerGroupAssignments()))
            .custom(CustomerReferences.custom(context, draft.custom(), ResourceKind.CUSTOMER))
            .locale(CustomerRules.locale(draft.locale()))
            .stores(stores(draft, context))
            .authenticationMode(draft.authenticationMode())
            .build();
    // bcrypt is the expensive step, so it runs only for a customer that can be stored.
    CustomerLimits.check(customer);
    return draft.authenticationMode() != AuthenticationMode.Password
        ? customer
        : customer.toBuilder()
            .password(context.passwords().hash(CustomerRules.password(draft.password())))
            .build();
  }

  /** In a store, a draft without stores belongs to that store (contract §C2). */
  private static List<KeyReference> stores(CustomerDraft draft, UpdateContext context) {
    if (draft.stores().isEmpty() && context.scope().inStore()) {
      return List.of(KeyReference.store(context.scope().storeKey()));
    }
    return CustomerReferences.stores(context, draft.stores());
  }

  private static List<Address> addresses(CustomerDraft draft, UpdateContext context) {
    List<Address> addresses = new ArrayList<>();
    for (Address address : draft.addresses()) {
      Address withId = Addresses.withNewId(address, addresses, context.ids());
      addresses.add(
          withId.withCustom(
              CustomerReferences.custom(context, withId.custom(), ResourceKind.ADDRESS)));
    }
    Addresses.requireUniqueKeys(addresses);
    return addresses;
  }

  private static List<String> ids(List<Address> addresses, List<Integer> indexes, String field) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    indexes.forEach(index -> ids.add(id(addresses, index, field)));
    return List.copyOf(ids);
  }

  private static String id(List<Address> addresses, Integer index, String field) {
    if (index == null) {
      return null;
    }
    if (index < 0 || index >= addresses.size()) {
      throw Errors.addressIndexOutOfRange(field, index, addresses.size());
    }
    return addresses.get(index).id();
  }
}
