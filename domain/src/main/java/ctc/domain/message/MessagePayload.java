package ctc.domain.message;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerGroupAssignment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The type-specific fields of a message (the message contract's §5–§8): one record per message
 * type, named exactly as the type, with the contract's field names. Optional fields are null when
 * there is no value; required arrays are never null.
 */
public sealed interface MessagePayload {

  /** The message's {@code type}, which is the record's name. */
  default String type() {
    return getClass().getSimpleName();
  }

  /** Roles an address has for a customer, in this order (message contract §6). */
  enum AddressRole {
    Shipping,
    Billing
  }

  /** The messages about one address of a customer, queryable by {@code address(id)}. */
  sealed interface AddressPayload extends MessagePayload {
    /** The address as stored after the action (as it was, for removals); null when unset. */
    Address address();
  }

  /**
   * The messages of a new password or email token: their resource is the token, the customer is
   * named by {@code customerId}. {@code value} is the token's only while it is valid for at most an
   * hour, and is kept sealed at rest.
   */
  sealed interface TokenCreated extends MessagePayload {
    /** The longest validity, in minutes, of a token whose value the message shows. */
    int MAX_MINUTES_WITH_VALUE = 60;

    String customerId();

    Instant expiresAt();

    String value();

    boolean invalidateOlderTokens();

    TokenCreated withValue(String value);
  }

  record CustomerCreated(Customer customer) implements MessagePayload {}

  record CustomerDeleted(String email) implements MessagePayload {}

  record CustomerPasswordUpdated(boolean reset) implements MessagePayload {}

  record CustomerEmailVerified() implements MessagePayload {}

  record CustomerPasswordTokenCreated(
      String customerId, Instant expiresAt, String value, boolean invalidateOlderTokens)
      implements TokenCreated {
    @Override
    public CustomerPasswordTokenCreated withValue(String newValue) {
      return new CustomerPasswordTokenCreated(
          customerId, expiresAt, newValue, invalidateOlderTokens);
    }
  }

  record CustomerEmailTokenCreated(
      String customerId, Instant expiresAt, String value, boolean invalidateOlderTokens)
      implements TokenCreated {
    @Override
    public CustomerEmailTokenCreated withValue(String newValue) {
      return new CustomerEmailTokenCreated(customerId, expiresAt, newValue, invalidateOlderTokens);
    }
  }

  record CustomerEmailChanged(String email, String oldEmail) implements MessagePayload {}

  record CustomerFirstNameSet(String firstName) implements MessagePayload {}

  record CustomerLastNameSet(String lastName) implements MessagePayload {}

  record CustomerTitleSet(String title) implements MessagePayload {}

  record CustomerCompanyNameSet(String companyName) implements MessagePayload {}

  record CustomerDateOfBirthSet(LocalDate dateOfBirth) implements MessagePayload {}

  record CustomerExternalIdSet(String externalId) implements MessagePayload {}

  record CustomerAddressAdded(Address address) implements AddressPayload {}

  record CustomerAddressChanged(Address address, List<AddressRole> addressRoles)
      implements AddressPayload {
    public CustomerAddressChanged {
      addressRoles = List.copyOf(addressRoles);
    }
  }

  record CustomerAddressRemoved(Address address, List<AddressRole> addressRoles)
      implements AddressPayload {
    public CustomerAddressRemoved {
      addressRoles = List.copyOf(addressRoles);
    }
  }

  record CustomerDefaultShippingAddressSet(Address address) implements AddressPayload {}

  record CustomerDefaultBillingAddressSet(Address address) implements AddressPayload {}

  record CustomerShippingAddressAdded(Address address) implements AddressPayload {}

  record CustomerShippingAddressRemoved(Address address) implements AddressPayload {}

  record CustomerBillingAddressAdded(Address address) implements AddressPayload {}

  record CustomerBillingAddressRemoved(Address address) implements AddressPayload {}

  record CustomerGroupSet(ResourceIdentifier customerGroup) implements MessagePayload {}

  record CustomerGroupAssignmentsSet(
      List<CustomerGroupAssignment> customerGroupAssignments,
      List<CustomerGroupAssignment> oldCustomerGroupAssignments)
      implements MessagePayload {
    public CustomerGroupAssignmentsSet {
      customerGroupAssignments = List.copyOf(customerGroupAssignments);
      oldCustomerGroupAssignments = List.copyOf(oldCustomerGroupAssignments);
    }
  }

  record CustomerGroupAssignmentAdded(CustomerGroupAssignment customerGroupAssignment)
      implements MessagePayload {}

  record CustomerGroupAssignmentRemoved(CustomerGroupAssignment customerGroupAssignment)
      implements MessagePayload {}

  record CustomerStoresSet(List<KeyReference> stores, List<KeyReference> oldStores)
      implements MessagePayload {
    public CustomerStoresSet {
      stores = List.copyOf(stores);
      oldStores = List.copyOf(oldStores);
    }
  }

  record CustomerCustomTypeSet(CustomFields customFields, String previousTypeId)
      implements MessagePayload {}

  record CustomerCustomTypeRemoved(String previousTypeId) implements MessagePayload {}

  record CustomerCustomFieldAdded(String name, Object value) implements MessagePayload {}

  record CustomerCustomFieldChanged(String name, Object value, Object previousValue)
      implements MessagePayload {}

  record CustomerCustomFieldRemoved(String name) implements MessagePayload {}

  record CustomerAddressCustomTypeSet(
      CustomFields customFields, String previousTypeId, String addressId)
      implements MessagePayload {}

  record CustomerAddressCustomTypeRemoved(String previousTypeId, String addressId)
      implements MessagePayload {}

  record CustomerAddressCustomFieldAdded(String name, Object value, String addressId)
      implements MessagePayload {}

  record CustomerAddressCustomFieldChanged(
      String name, Object value, Object previousValue, String addressId)
      implements MessagePayload {}

  record CustomerAddressCustomFieldRemoved(String name, String addressId)
      implements MessagePayload {}

  /** Channels and product selections are not modelled here, so their arrays are always empty. */
  record StoreCreated(
      Map<String, String> name,
      List<String> languages,
      List<Object> distributionChannels,
      List<Object> supplyChannels,
      List<Object> productSelections)
      implements MessagePayload {
    public StoreCreated {
      distributionChannels = List.of();
      supplyChannels = List.of();
      productSelections = List.of();
    }
  }

  record StoreNameSet(Map<String, String> name) implements MessagePayload {}

  record StoreLanguagesChanged(List<String> addedLanguages, List<String> removedLanguages)
      implements MessagePayload {}

  record StoreDeleted() implements MessagePayload {}
}
