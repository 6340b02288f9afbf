package ctc.domain.customer;

import ctc.domain.common.Address;
import ctc.domain.common.ClientLogging;
import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.update.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Customer aggregate, mirroring its wire representation (contract §A); optional fields are null
 * when unset.
 *
 * <p>{@code password} holds the bcrypt hash; the HTTP layer only ever shows its masked form.
 */
public record Customer(
    String id,
    long version,
    Instant versionModifiedAt,
    long lastMessageSequenceNumber,
    Instant createdAt,
    ClientLogging createdBy,
    Instant lastModifiedAt,
    ClientLogging lastModifiedBy,
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
    String defaultShippingAddressId,
    List<String> shippingAddressIds,
    String defaultBillingAddressId,
    List<String> billingAddressIds,
    boolean isEmailVerified,
    ResourceIdentifier customerGroup,
    List<CustomerGroupAssignment> customerGroupAssignments,
    CustomFields custom,
    String locale,
    List<KeyReference> stores,
    AuthenticationMode authenticationMode)
    implements Versioned<Customer> {

  public Customer {
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    shippingAddressIds = shippingAddressIds == null ? List.of() : List.copyOf(shippingAddressIds);
    billingAddressIds = billingAddressIds == null ? List.of() : List.copyOf(billingAddressIds);
    customerGroupAssignments =
        customerGroupAssignments == null ? List.of() : List.copyOf(customerGroupAssignments);
    stores = stores == null ? List.of() : List.copyOf(stores);
    if (authenticationMode == null) {
      authenticationMode = AuthenticationMode.Password;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public Customer touched(long newVersion, Instant at, ClientLogging by, long messages) {
    return toBuilder()
        .version(newVersion)
        .versionModifiedAt(at)
        .lastModifiedAt(at)
        .lastModifiedBy(by)
        .lastMessageSequenceNumber(lastMessageSequenceNumber + messages)
        .build();
  }

  /** Whether the customer belongs to no store and so is visible project-wide and in every store. */
  public boolean global() {
    return stores.isEmpty();
  }

  /** Stands in for withers: copy, change a few fields, build. */
  public static final class Builder {
    private String id;
    private long version;
    private Instant versionModifiedAt;
    private long lastMessageSequenceNumber;
    private Instant createdAt;
    private ClientLogging createdBy;
    private Instant lastModifiedAt;
    private ClientLogging lastModifiedBy;
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
    private String defaultShippingAddressId;
    private List<String> shippingAddressIds;
    private String defaultBillingAddressId;
    private List<String> billingAddressIds;
    private boolean isEmailVerified;
    private ResourceIdentifier customerGroup;
    private List<CustomerGroupAssignment> customerGroupAssignments;
    private CustomFields custom;
    private String locale;
    private List<KeyReference> stores;
    private AuthenticationMode authenticationMode;

    private Builder() {}

    private Builder(Customer c) {
      this.id = c.id;
      this.version = c.version;
      this.versionModifiedAt = c.versionModifiedAt;
      this.lastMessageSequenceNumber = c.lastMessageSequenceNumber;
      this.createdAt = c.createdAt;
      this.createdBy = c.createdBy;
      this.lastModifiedAt = c.lastModifiedAt;
      this.lastModifiedBy = c.lastModifiedBy;
      this.key = c.key;
      this.customerNumber = c.customerNumber;
      this.externalId = c.externalId;
      this.email = c.email;
      this.password = c.password;
      this.firstName = c.firstName;
      this.lastName = c.lastName;
      this.middleName = c.middleName;
      this.title = c.title;
      this.salutation = c.salutation;
      this.dateOfBirth = c.dateOfBirth;
      this.companyName = c.companyName;
      this.vatId = c.vatId;
      this.addresses = c.addresses;
      this.defaultShippingAddressId = c.defaultShippingAddressId;
      this.shippingAddressIds = c.shippingAddressIds;
      this.defaultBillingAddressId = c.defaultBillingAddressId;
      this.billingAddressIds = c.billingAddressIds;
      this.isEmailVerified = c.isEmailVerified;
      this.customerGroup = c.customerGroup;
      this.customerGroupAssignments = c.customerGroupAssignments;
      this.custom = c.custom;
      this.locale = c.locale;
      this.stores = c.stores;
      this.authenticationMode = c.authenticationMode;
    }

    public Builder id(String value) {
      this.id = value;
      return this;
    }

    public Builder version(long value) {
      this.version = value;
      return this;
    }

    public Builder versionModifiedAt(Instant value) {
      this.versionModifiedAt = value;
      return this;
    }

    public Builder lastMessageSequenceNumber(long value) {
      this.lastMessageSequenceNumber = value;
      return this;
    }

    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    public Builder createdBy(ClientLogging value) {
      this.createdBy = value;
      return this;
    }

    public Builder lastModifiedAt(Instant value) {
      this.lastModifiedAt = value;
      return this;
    }

    public Builder lastModifiedBy(ClientLogging value) {
      this.lastModifiedBy = value;
      return this;
    }

    public Builder key(String value) {
      this.key = value;
      return this;
    }

    public Builder customerNumber(String value) {
      this.customerNumber = value;
      return this;
    }

    public Builder externalId(String value) {
      this.externalId = value;
      return this;
    }

    public Builder email(String value) {
      this.email = value;
      return this;
    }

    public Builder password(String value) {
      this.password = value;
      return this;
    }

    public Builder firstName(String value) {
      this.firstName = value;
      return this;
    }

    public Builder lastName(String value) {
      this.lastName = value;
      return this;
    }

    public Builder middleName(String value) {
      this.middleName = value;
      return this;
    }

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder salutation(String value) {
      this.salutation = value;
      return this;
    }

    public Builder dateOfBirth(LocalDate value) {
      this.dateOfBirth = value;
      return this;
    }

    public Builder companyName(String value) {
      this.companyName = value;
      return this;
    }

    public Builder vatId(String value) {
      this.vatId = value;
      return this;
    }

    public Builder addresses(List<Address> value) {
      this.addresses = value;
      return this;
    }

    public Builder defaultShippingAddressId(String value) {
      this.defaultShippingAddressId = value;
      return this;
    }

    public Builder shippingAddressIds(List<String> value) {
      this.shippingAddressIds = value;
      return this;
    }

    public Builder defaultBillingAddressId(String value) {
      this.defaultBillingAddressId = value;
      return this;
    }

    public Builder billingAddressIds(List<String> value) {
      this.billingAddressIds = value;
      return this;
    }

    public Builder isEmailVerified(boolean value) {
      this.isEmailVerified = value;
      return this;
    }

    public Builder customerGroup(ResourceIdentifier value) {
      this.customerGroup = value;
      return this;
    }

    public Builder customerGroupAssignments(List<CustomerGroupAssignment> value) {
      this.customerGroupAssignments = value;
      return this;
    }

    public Builder custom(CustomFields value) {
      this.custom = value;
      return this;
    }

    public Builder locale(String value) {
      this.locale = value;
      return this;
    }

    public Builder stores(List<KeyReference> value) {
      this.stores = value;
      return this;
    }

    public Builder authenticationMode(AuthenticationMode value) {
      this.authenticationMode = value;
      return this;
    }

    public Customer build() {
      return new Customer(
          id,
          version,
          versionModifiedAt,
          lastMessageSequenceNumber,
          createdAt,
          createdBy,
          lastModifiedAt,
          lastModifiedBy,
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
          defaultShippingAddressId,
          shippingAddressIds,
          defaultBillingAddressId,
          billingAddressIds,
          isEmailVerified,
          customerGroup,
          customerGroupAssignments,
          custom,
          locale,
          stores,
          authenticationMode);
    }
  }
}
