package ctc.domain.customer;

import static ctc.domain.common.Required.elements;
import static ctc.domain.common.Required.require;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.Keys;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of POST /customers (contract §B). Address references are indexes into {@code addresses};
 * cart fields are accepted for compatibility (this service has no carts).
 */
public record CustomerDraft(
    String key,
    String customerNumber,
    String externalId,
    String email,
    String password,
    String firstName,
    String lastName,
    String middleName,
    String title,
    String salutation,
    LocalDate dateOfBirth,
    String companyName,
    String vatId,
    List<Address> addresses,
    Integer defaultShippingAddress,
    List<Integer> shippingAddresses,
    Integer defaultBillingAddress,
    List<Integer> billingAddresses,
    Boolean isEmailVerified,
    ResourceIdentifier customerGroup,
    List<CustomerGroupAssignment> customerGroupAssignments,
    CustomFields custom,
    String locale,
    List<ResourceIdentifier> stores,
    AuthenticationMode authenticationMode,
    ResourceIdentifier anonymousCart,
    String anonymousCartId,
    String anonymousId) {

  public CustomerDraft {
    require(email, "email");
    Keys.requireValid("key", key);
    addresses = elements(addresses, "addresses");
    shippingAddresses = elements(shippingAddresses, "shippingAddresses");
    billingAddresses = elements(billingAddresses, "billingAddresses");
    customerGroupAssignments = elements(customerGroupAssignments, "customerGroupAssignments");
    stores =
        elements(stores, "stores").stream().map(store -> store.ofType(ResourceKind.STORE)).toList();
    customerGroup =
        customerGroup == null ? null : customerGroup.ofType(ResourceKind.CUSTOMER_GROUP);
    anonymousCart = anonymousCart == null ? null : anonymousCart.ofType(ResourceKind.CART);
    authenticationMode =
        authenticationMode == null ? AuthenticationMode.Password : authenticationMode;
  }
}
