package ctc.domain.customer;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.ResourceIdentifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The resources a customer references, as storage keeps them for referential integrity: customer
 * groups and custom types by id (the customer's and its addresses'), stores by key.
 */
public final class CustomerLinks {

  private CustomerLinks() {}

  public static Set<String> resourceIds(Customer customer) {
    Set<String> ids = new LinkedHashSet<>(groupIds(customer));
    ids.addAll(
        ids(
            Stream.concat(
                    Stream.ofNullable(customer.custom()),
                    customer.addresses().stream().map(Address::custom).filter(Objects::nonNull))
                .map(CustomFields::type)));
    return ids;
  }

  /** The customer group and the groups of the assignments. */
  public static Set<String> groupIds(Customer customer) {
    return ids(
        Stream.concat(
            Stream.ofNullable(customer.customerGroup()),
            customer.customerGroupAssignments().stream()
                .map(CustomerGroupAssignment::customerGroup)));
  }

  private static Set<String> ids(Stream<ResourceIdentifier> references) {
    Set<String> ids = new LinkedHashSet<>();
    references.map(ResourceIdentifier::id).filter(Objects::nonNull).forEach(ids::add);
    return ids;
  }

  public static List<String> storeKeys(Customer customer) {
    return customer.stores().stream().map(KeyReference::key).toList();
  }

  public static boolean changed(Customer previous, Customer next) {
    return !resourceIds(previous).equals(resourceIds(next))
        || !previous.stores().equals(next.stores());
  }
}
