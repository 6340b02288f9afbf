package ctc.domain.customer;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.ResourceIdentifier;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds a {@link CustomerDraft} field by field; unset fields are absent (null), as in a JSON body
 * that omits them.
 */
public final class CustomerDraftBuilder {

  private String key;
  private String customerNumber;
  private String externalId;
  private String email;
  private String password;
  private String firstName;
  private String lastName;
  private String middleName;
  private String title;
  private String salutation;
  private LocalDate dateOfBirth;
  private String companyName;
  private String vatId;
  private List<Address> addresses;
  private Integer defaultShippingAddress;
  private List<Integer> shippingAddresses;
  private Integer defaultBillingAddress;
  private List<Integer> billingAddresses;
  private Boolean isEmailVerified;
  private ResourceIdentifier customerGroup;
  private List<CustomerGroupAssignment> customerGroupAssignments;
  private CustomFields custom;
  private String locale;
  private List<ResourceIdentifier> stores;
  private AuthenticationMode authenticationMode;
  private ResourceIdentifier anonymousCart;
  private String anonymousCartId;
  private String anonymousId;

  CustomerDraftBuilder() {}

  public CustomerDraftBuilder key(String value) {
    this.key = value;
    return this;
  }

  public CustomerDraftBuilder customerNumber(String value) {
    this.customerNumber = value;
    return this;
  }

  public CustomerDraftBuilder externalId(String value) {
    this.externalId = value;
    return this;
  }

  public CustomerDraftBuilder email(String value) {
    this.email = value;
    return this;
  }

  public CustomerDraftBuilder password(String value) {
    this.password = value;
    return this;
  }

  public CustomerDraftBuilder firstName(String value) {
    this.firstName = value;
    return this;
  }

  public CustomerDraftBuilder lastName(String value) {
    this.lastName = value;
    return this;
  }

  public CustomerDraftBuilder middleName(String value) {
    this.middleName = value;
    return this;
  }

  public CustomerDraftBuilder title(String value) {
    this.title = value;
    return this;
  }

  public CustomerDraftBuilder salutation(String value) {
    this.salutation = value;
    return this;
  }

  public CustomerDraftBuilder dateOfBirth(LocalDate value) {
    this.dateOfBirth = value;
    return this;
  }

  public CustomerDraftBuilder companyName(String value) {
    this.companyName = value;
    return this;
  }

  public CustomerDraftBuilder vatId(String value) {
    this.vatId = value;
    return this;
  }

  public CustomerDraftBuilder addresses(Address... values) {
    this.addresses = List.of(values);
    return this;
  }

  public CustomerDraftBuilder defaultShippingAddress(Integer value) {
    this.defaultShippingAddress = value;
    return this;
  }

  public CustomerDraftBuilder shippingAddresses(Integer... values) {
    this.shippingAddresses = List.of(values);
    return this;
  }

  public CustomerDraftBuilder defaultBillingAddress(Integer value) {
    this.defaultBillingAddress = value;
    return this;
  }

  public CustomerDraftBuilder billingAddresses(Integer... values) {
    this.billingAddresses = List.of(values);
    return this;
  }

  public CustomerDraftBuilder isEmailVerified(Boolean value) {
    this.isEmailVerified = value;
    return this;
  }

  public CustomerDraftBuilder customerGroup(ResourceIdentifier value) {
    this.customerGroup = value;
    return this;
  }

  public CustomerDraftBuilder customerGroupAssignments(CustomerGroupAssignment... values) {
    this.customerGroupAssignments = List.of(values);
    return this;
  }

  public CustomerDraftBuilder custom(CustomFields value) {
    this.custom = value;
    return this;
  }

  public CustomerDraftBuilder locale(String value) {
    this.locale = value;
    return this;
  }

  public CustomerDraftBuilder stores(ResourceIdentifier... values) {
    this.stores = List.of(values);
    return this;
  }

  public CustomerDraftBuilder authenticationMode(AuthenticationMode value) {
    this.authenticationMode = value;
    return this;
  }

  public CustomerDraftBuilder anonymousCart(ResourceIdentifier value) {
    this.anonymousCart = value;
    return this;
  }

  public CustomerDraftBuilder anonymousCartId(String value) {
    this.anonymousCartId = value;
    return this;
  }

  public CustomerDraftBuilder anonymousId(String value) {
    this.anonymousId = value;
    return this;
  }

  public CustomerDraft build() {
    return new CustomerDraft(
        key,
        customerNumber,
        externalId,
        email,
        password,
        firstName,
        lastName,
        middleName,
        title,
        salutation,
        dateOfBirth,
        companyName,
        vatId,
        addresses,
        defaultShippingAddress,
        shippingAddresses,
        defaultBillingAddress,
        billingAddresses,
        isEmailVerified,
        customerGroup,
        customerGroupAssignments,
        custom,
        locale,
        stores,
        authenticationMode,
        anonymousCart,
        anonymousCartId,
        anonymousId);
  }
}
