package ctc.domain.customer;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
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
import ctc.domain.update.UpdateContext;
import java.util.ArrayList;
import java.util.List;

/** Handlers of the address actions; invariants come from {@link Addresses}. */
final class CustomerAddressActions {

  private CustomerAddressActions() {}

  static Customer addAddress(Customer customer, AddAddress action, UpdateContext context) {
    Address address = Addresses.withNewId(action.address(), customer.addresses(), context.ids());
    address =
        address.withCustom(
            CustomerReferences.custom(context, address.custom(), ResourceKind.ADDRESS));
    List<Address> next = new ArrayList<>(customer.addresses());
    next.add(address);
    Addresses.requireUniqueKeys(next);
    return customer.toBuilder().addresses(next).build();
  }

  /** Replaces the whole address, keeping its id; id lists and defaults stay as they are. */
  static Customer changeAddress(Customer customer, ChangeAddress action, UpdateContext context) {
    String id = Addresses.select(customer, action);
    Address address = action.address().withId(id);
    return Addresses.replace(
        customer,
        address.withCustom(
            CustomerReferences.custom(context, address.custom(), ResourceKind.ADDRESS)));
  }

  static Customer removeAddress(Customer customer, RemoveAddress action, UpdateContext context) {
    return Addresses.remove(customer, Addresses.select(customer, action));
  }

  /** Neither id nor key unsets the default (the documented legacy behaviour the contract keeps). */
  static Customer setDefaultShippingAddress(
      Customer customer, SetDefaultShippingAddress action, UpdateContext context) {
    if (action.addressId() == null && action.addressKey() == null) {
      return customer.toBuilder().defaultShippingAddressId(null).build();
    }
    String id = Addresses.select(customer, action);
    return customer.toBuilder()
        .defaultShippingAddressId(id)
        .shippingAddressIds(Addresses.with(customer.shippingAddressIds(), id))
        .build();
  }

  static Customer addShippingAddressId(
      Customer customer, AddShippingAddressId action, UpdateContext context) {
    String id = Addresses.select(customer, action);
    return customer.toBuilder()
        .shippingAddressIds(Addresses.with(customer.shippingAddressIds(), id))
        .build();
  }

  static Customer removeShippingAddressId(
      Customer customer, RemoveShippingAddressId action, UpdateContext context) {
    String id = Addresses.select(customer, action);
    return customer.toBuilder()
        .shippingAddressIds(Addresses.without(customer.shippingAddressIds(), id))
        .defaultShippingAddressId(Addresses.unlessEqual(customer.defaultShippingAddressId(), id))
        .build();
  }

  static Customer setDefaultBillingAddress(
      Customer customer, SetDefaultBillingAddress action, UpdateContext context) {
    if (action.addressId() == null && action.addressKey() == null) {
      return customer.toBuilder().defaultBillingAddressId(null).build();
    }
    String id = Addresses.select(customer, action);
    return customer.toBuilder()
        .defaultBillingAddressId(id)
        .billingAddressIds(Addresses.with(customer.billingAddressIds(), id))
        .build();
  }

  static Customer addBillingAddressId(
      Customer customer, AddBillingAddressId action, UpdateContext context) {
    String id = Addresses.select(customer, action);
    return customer.toBuilder()
        .billingAddressIds(Addresses.with(customer.billingAddressIds(), id))
        .build();
  }

  static Customer removeBillingAddressId(
      Customer customer, RemoveBillingAddressId action, UpdateContext context) {
    String id = Addresses.select(customer, action);
    return customer.toBuilder()
        .billingAddressIds(Addresses.without(customer.billingAddressIds(), id))
        .defaultBillingAddressId(Addresses.unlessEqual(customer.defaultBillingAddressId(), id))
        .build();
  }

  static Customer setAddressCustomType(
      Customer customer, SetAddressCustomType action, UpdateContext context) {
    Address address = Addresses.find(customer, action.addressId());
    CustomFields custom =
        action.type() == null ? null : new CustomFields(action.type(), action.fields());
    return Addresses.replace(
        customer,
        address.withCustom(CustomerReferences.custom(context, custom, ResourceKind.ADDRESS)));
  }

  static Customer setAddressCustomField(
      Customer customer, SetAddressCustomField action, UpdateContext context) {
    Address address = Addresses.find(customer, action.addressId());
    CustomFields custom =
        CustomerReferences.withField(address.custom(), action.name(), action.value());
    return Addresses.replace(
        customer,
        address.withCustom(CustomerReferences.custom(context, custom, ResourceKind.ADDRESS)));
  }
}
