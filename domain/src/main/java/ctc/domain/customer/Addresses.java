package ctc.domain.customer;

import ctc.domain.common.Address;
import ctc.domain.common.IdGenerator;
import ctc.domain.customer.CustomerUpdateAction.AddressSelector;
import ctc.domain.error.Errors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Address invariants: ids unique and server-made, keys unique per customer, and every default id a
 * member of its id list (Decisions table).
 */
final class Addresses {

  private Addresses() {}

  /** The id of the selected address; {@code addressId} wins when both are given (contract §D). */
  static String select(Customer customer, AddressSelector selector) {
    return select(customer, selector.addressId(), selector.addressKey());
  }

  static String select(Customer customer, String addressId, String addressKey) {
    if (addressId != null) {
      return find(customer, addressId).id();
    }
    if (addressKey != null) {
      return customer.addresses().stream()
          .filter(a -> addressKey.equals(a.key()))
          .findFirst()
          .orElseThrow(() -> Errors.addressKeyNotFound(addressKey))
          .id();
    }
    throw Errors.addressIdOrKeyRequired();
  }

  static Address find(Customer customer, String addressId) {
    return customer.addresses().stream()
        .filter(a -> a.id().equals(addressId))
        .findFirst()
        .orElseThrow(() -> Errors.addressIdNotFound(addressId));
  }

  /** Gives a new address a fresh id that no other address of the customer has. */
  static Address withNewId(Address address, List<Address> existing, IdGenerator ids) {
    Set<String> taken = new HashSet<>();
    existing.forEach(a -> taken.add(a.id()));
    String id = ids.addressId();
    while (taken.contains(id)) {
      id = ids.addressId();
    }
    return address.withId(id);
  }

  static void requireUniqueKeys(List<Address> addresses) {
    Set<String> keys = new HashSet<>();
    for (Address address : addresses) {
      if (address.key() != null && !keys.add(address.key())) {
        throw Errors.duplicateAddressKey(address.key());
      }
    }
  }

  static Customer replace(Customer customer, Address changed) {
    List<Address> next = new ArrayList<>(customer.addresses());
    next.replaceAll(a -> a.id().equals(changed.id()) ? changed : a);
    requireUniqueKeys(next);
    return customer.toBuilder().addresses(next).build();
  }

  /** Removes the address and every mention of its id in the id lists and defaults. */
  static Customer remove(Customer customer, String addressId) {
    return customer.toBuilder()
        .addresses(customer.addresses().stream().filter(a -> !a.id().equals(addressId)).toList())
        .shippingAddressIds(without(customer.shippingAddressIds(), addressId))
        .billingAddressIds(without(customer.billingAddressIds(), addressId))
        .defaultShippingAddressId(unlessEqual(customer.defaultShippingAddressId(), addressId))
        .defaultBillingAddressId(unlessEqual(customer.defaultBillingAddressId(), addressId))
        .build();
  }

  static List<String> with(List<String> ids, String id) {
    if (ids.contains(id)) {
      return ids;
    }
    List<String> next = new ArrayList<>(ids);
    next.add(id);
    return next;
  }

  static List<String> without(List<String> ids, String id) {
    return ids.stream().filter(existing -> !existing.equals(id)).toList();
  }

  static String unlessEqual(String defaultId, String removedId) {
    return Objects.equals(defaultId, removedId) ? null : defaultId;
  }
}
