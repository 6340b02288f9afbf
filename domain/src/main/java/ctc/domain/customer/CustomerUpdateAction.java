package ctc.domain.customer;

import static ctc.domain.common.Required.elements;
import static ctc.domain.common.Required.require;

import ctc.domain.common.Address;
import ctc.domain.common.Keys;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 34 CustomerUpdateActions of contract §D1. Constructors check shape only (required fields, key
 * pattern); rules that depend on the customer live in the handlers.
 */
public sealed interface CustomerUpdateAction {

  /** Actions that select an address by id or key. */
  sealed interface AddressSelector extends CustomerUpdateAction {
    String addressId();

    String addressKey();
  }

  record ChangeEmail(String email) implements CustomerUpdateAction {
    public ChangeEmail {
      require(email, "email");
    }
  }

  record SetFirstName(String firstName) implements CustomerUpdateAction {}

  record SetLastName(String lastName) implements CustomerUpdateAction {}

  record SetMiddleName(String middleName) implements CustomerUpdateAction {}

  record SetTitle(String title) implements CustomerUpdateAction {}

  record SetSalutation(String salutation) implements CustomerUpdateAction {}

  record SetCompanyName(String companyName) implements CustomerUpdateAction {}

  record SetDateOfBirth(LocalDate dateOfBirth) implements CustomerUpdateAction {}

  record SetVatId(String vatId) implements CustomerUpdateAction {}

  record SetExternalId(String externalId) implements CustomerUpdateAction {}

  record SetKey(String key) implements CustomerUpdateAction {
    public SetKey {
      Keys.requireValid("key", key);
    }
  }

  record SetCustomerNumber(String customerNumber) implements CustomerUpdateAction {}

  record SetLocale(String locale) implements CustomerUpdateAction {}

  record AddAddress(Address address) implements CustomerUpdateAction {
    public AddAddress {
      require(address, "address");
    }
  }

  record ChangeAddress(String addressId, String addressKey, Address address)
      implements AddressSelector {
    public ChangeAddress {
      require(address, "address");
    }
  }

  record RemoveAddress(String addressId, String addressKey) implements AddressSelector {}

  record SetDefaultShippingAddress(String addressId, String addressKey)
      implements AddressSelector {}

  record AddShippingAddressId(String addressId, String addressKey) implements AddressSelector {}

  record RemoveShippingAddressId(String addressId, String addressKey) implements AddressSelector {}

  record SetDefaultBillingAddress(String addressId, String addressKey) implements AddressSelector {}

  record AddBillingAddressId(String addressId, String addressKey) implements AddressSelector {}

  record RemoveBillingAddressId(String addressId, String addressKey) implements AddressSelector {}

  record SetCustomerGroup(ResourceIdentifier customerGroup) implements CustomerUpdateAction {
    public SetCustomerGroup {
      customerGroup =
          customerGroup == null ? null : customerGroup.ofType(ResourceKind.CUSTOMER_GROUP);
    }
  }

  record SetCustomerGroupAssignments(List<CustomerGroupAssignment> customerGroupAssignments)
      implements CustomerUpdateAction {
    public SetCustomerGroupAssignments {
      customerGroupAssignments =
          elements(
              require(customerGroupAssignments, "customerGroupAssignments"),
              "customerGroupAssignments");
    }
  }

  record AddCustomerGroupAssignment(CustomerGroupAssignment customerGroupAssignment)
      implements CustomerUpdateAction {
    public AddCustomerGroupAssignment {
      require(customerGroupAssignment, "customerGroupAssignment");
    }
  }

  record RemoveCustomerGroupAssignment(ResourceIdentifier customerGroup)
      implements CustomerUpdateAction {
    public RemoveCustomerGroupAssignment {
      customerGroup = require(customerGroup, "customerGroup").ofType(ResourceKind.CUSTOMER_GROUP);
    }
  }

  record SetStores(List<ResourceIdentifier> stores) implements CustomerUpdateAction {
    public SetStores {
      stores =
          elements(require(stores, "stores"), "stores").stream()
              .map(store -> store.ofType(ResourceKind.STORE))
              .toList();
    }
  }

  record AddStore(ResourceIdentifier store) implements CustomerUpdateAction {
    public AddStore {
      store = require(store, "store").ofType(ResourceKind.STORE);
    }
  }

  record RemoveStore(ResourceIdentifier store) implements CustomerUpdateAction {
    public RemoveStore {
      store = require(store, "store").ofType(ResourceKind.STORE);
    }
  }

  record SetAuthenticationMode(AuthenticationMode authMode, String password)
      implements CustomerUpdateAction {
    public SetAuthenticationMode {
      require(authMode, "authMode");
    }
  }

  record SetCustomType(ResourceIdentifier type, Map<String, Object> fields)
      implements CustomerUpdateAction {}

  record SetCustomField(String name, Object value) implements CustomerUpdateAction {
    public SetCustomField {
      require(name, "name");
    }
  }

  record SetAddressCustomType(String addressId, ResourceIdentifier type, Map<String, Object> fields)
      implements CustomerUpdateAction {
    public SetAddressCustomType {
      require(addressId, "addressId");
    }
  }

  record SetAddressCustomField(String addressId, String name, Object value)
      implements CustomerUpdateAction {
    public SetAddressCustomField {
      require(addressId, "addressId");
      require(name, "name");
    }
  }
}
