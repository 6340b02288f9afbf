package ctc.domain.customer;

import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
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
import ctc.domain.error.Errors;
import ctc.domain.update.UpdateContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Handlers of the actions that reference other resources: stores, customer groups and custom types.
 */
final class CustomerReferences {

  /** Contract §I: at most 500 customer groups per customer. */
  static final int MAX_GROUP_ASSIGNMENTS = 500;

  private CustomerReferences() {}

  static Customer setStores(Customer customer, SetStores action, UpdateContext context) {
    return customer.toBuilder().stores(stores(context, action.stores())).build();
  }

  static Customer addStore(Customer customer, AddStore action, UpdateContext context) {
    List<KeyReference> next = new ArrayList<>(customer.stores());
    next.add(context.references().store(context.scope(), action.store()));
    return customer.toBuilder().stores(List.copyOf(new LinkedHashSet<>(next))).build();
  }

  static Customer removeStore(Customer customer, RemoveStore action, UpdateContext context) {
    KeyReference store = context.references().store(context.scope(), action.store());
    return customer.toBuilder()
        .stores(customer.stores().stream().filter(s -> !s.equals(store)).toList())
        .build();
  }

  static Customer setCustomerGroup(
      Customer customer, SetCustomerGroup action, UpdateContext context) {
    ResourceIdentifier group =
        action.customerGroup() == null
            ? null
            : context.references().customerGroup(context.scope(), action.customerGroup());
    return customer.toBuilder().customerGroup(group).build();
  }

  static Customer setCustomerGroupAssignments(
      Customer customer, SetCustomerGroupAssignments action, UpdateContext context) {
    return customer.toBuilder()
        .customerGroupAssignments(assignments(context, action.customerGroupAssignments()))
        .build();
  }

  /** Adding a group that is already assigned changes nothing. */
  static Customer addCustomerGroupAssignment(
      Customer customer, AddCustomerGroupAssignment action, UpdateContext context) {
    // Only the new group is looked up: the stored assignments are resolved already.
    ResourceIdentifier group =
        context
            .references()
            .customerGroup(context.scope(), action.customerGroupAssignment().customerGroup());
    if (customer.customerGroupAssignments().stream()
        .anyMatch(a -> a.customerGroup().sameTarget(group))) {
      return customer;
    }
    List<CustomerGroupAssignment> next = new ArrayList<>(customer.customerGroupAssignments());
    next.add(new CustomerGroupAssignment(group));
    requireAtMostGroups(next.size());
    return customer.toBuilder().customerGroupAssignments(next).build();
  }

  /** Removing a group that is not assigned changes nothing. */
  static Customer removeCustomerGroupAssignment(
      Customer customer, RemoveCustomerGroupAssignment action, UpdateContext context) {
    ResourceIdentifier group =
        context.references().customerGroup(context.scope(), action.customerGroup());
    return customer.toBuilder()
        .customerGroupAssignments(
            customer.customerGroupAssignments().stream()
                .filter(a -> !a.customerGroup().sameTarget(group))
                .toList())
        .build();
  }

  static Customer setCustomType(Customer customer, SetCustomType action, UpdateContext context) {
    CustomFields custom =
        action.type() == null ? null : new CustomFields(action.type(), action.fields());
    return customer.toBuilder().custom(custom(context, custom, ResourceKind.CUSTOMER)).build();
  }

  static Customer setCustomField(Customer customer, SetCustomField action, UpdateContext context) {
    CustomFields custom = withField(customer.custom(), action.name(), action.value());
    return customer.toBuilder().custom(custom(context, custom, ResourceKind.CUSTOMER)).build();
  }

  static List<KeyReference> stores(UpdateContext context, List<ResourceIdentifier> stores) {
    CustomerLimits.requireAtMost("stores", stores.size(), CustomerLimits.MAX_STORES);
    return List.copyOf(
        new LinkedHashSet<>(
            stores.stream()
                .map(store -> context.references().store(context.scope(), store))
                .toList()));
  }

  static List<CustomerGroupAssignment> assignments(
      UpdateContext context, List<CustomerGroupAssignment> assignments) {
    // Checked before the lookups too, so that a long list costs no queries; duplicates are rare
    // enough to count.
    requireAtMostGroups(assignments.size());
    List<CustomerGroupAssignment> resolved = new ArrayList<>();
    for (CustomerGroupAssignment assignment : assignments) {
      ResourceIdentifier group =
          context.references().customerGroup(context.scope(), assignment.customerGroup());
      if (resolved.stream().noneMatch(a -> a.customerGroup().sameTarget(group))) {
        resolved.add(new CustomerGroupAssignment(group));
      }
    }
    return resolved;
  }

  private static void requireAtMostGroups(int size) {
    if (size > MAX_GROUP_ASSIGNMENTS) {
      throw Errors.tooManyCustomerGroups(MAX_GROUP_ASSIGNMENTS);
    }
  }

  static CustomFields custom(UpdateContext context, CustomFields custom, ResourceKind resource) {
    return custom == null ? null : context.references().custom(context.scope(), custom, resource);
  }

  /**
   * Sets or (value absent) removes one field; removing a field that is not there is an error
   * (contract §D1).
   */
  static CustomFields withField(CustomFields custom, String name, Object value) {
    if (custom == null) {
      throw Errors.customFieldWithoutType(name);
    }
    if (value == null && !custom.fields().containsKey(name)) {
      throw Errors.customFieldNotSet(name);
    }
    return custom.withField(name, value);
  }
}
