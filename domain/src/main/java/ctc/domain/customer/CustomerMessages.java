package ctc.domain.customer;

import ctc.domain.common.Address;
import ctc.domain.common.ClientLogging;
import ctc.domain.common.CustomFields;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.CustomerUpdateAction.AddCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.AddressSelector;
import ctc.domain.customer.CustomerUpdateAction.ChangeAddress;
import ctc.domain.customer.CustomerUpdateAction.RemoveCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetCustomType;
import ctc.domain.message.Message;
import ctc.domain.message.MessagePayload;
import ctc.domain.message.MessagePayload.AddressRole;
import ctc.domain.message.MessagePayload.CustomerAddressAdded;
import ctc.domain.message.MessagePayload.CustomerAddressChanged;
import ctc.domain.message.MessagePayload.CustomerAddressCustomFieldAdded;
import ctc.domain.message.MessagePayload.CustomerAddressCustomFieldChanged;
import ctc.domain.message.MessagePayload.CustomerAddressCustomFieldRemoved;
import ctc.domain.message.MessagePayload.CustomerAddressCustomTypeRemoved;
import ctc.domain.message.MessagePayload.CustomerAddressCustomTypeSet;
import ctc.domain.message.MessagePayload.CustomerAddressRemoved;
import ctc.domain.message.MessagePayload.CustomerCreated;
import ctc.domain.message.MessagePayload.CustomerCustomFieldAdded;
import ctc.domain.message.MessagePayload.CustomerCustomFieldChanged;
import ctc.domain.message.MessagePayload.CustomerCustomFieldRemoved;
import ctc.domain.message.MessagePayload.CustomerCustomTypeRemoved;
import ctc.domain.message.MessagePayload.CustomerCustomTypeSet;
import ctc.domain.message.MessagePayload.CustomerDeleted;
import ctc.domain.message.MessagePayload.CustomerEmailTokenCreated;
import ctc.domain.message.MessagePayload.CustomerEmailVerified;
import ctc.domain.message.MessagePayload.CustomerGroupAssignmentAdded;
import ctc.domain.message.MessagePayload.CustomerGroupAssignmentRemoved;
import ctc.domain.message.MessagePayload.CustomerPasswordTokenCreated;
import ctc.domain.message.MessagePayload.CustomerPasswordUpdated;
import ctc.domain.message.MessagePayload.TokenCreated;
import ctc.domain.message.Messages;
import ctc.domain.message.ResourceMessages;
import ctc.domain.message.UserProvidedIdentifiers;
import ctc.domain.update.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The messages of customer changes: the payloads that need more than one field of the customer (the
 * registry in {@link CustomerActions} names the others inline), the events, and the identifiers.
 */
public final class CustomerMessages implements ResourceMessages<Customer> {

  public static final CustomerMessages INSTANCE = new CustomerMessages();

  private CustomerMessages() {}

  /** The messages of a customer change, numbered after the customer's last one. */
  public static List<Message> of(Change<Customer> change, IdGenerator ids) {
    return Messages.of(change, INSTANCE.previousSequenceNumber(change), INSTANCE, ids);
  }

  /** A customer counts its messages in {@code lastMessageSequenceNumber}. */
  @Override
  public long previousSequenceNumber(Change<Customer> change) {
    return change.creates() ? 0 : change.before().lastMessageSequenceNumber();
  }

  /**
   * The message of a new token: the token is its resource (sequence number 1, version 1), the
   * customer its {@code customerId}; the value only when the token is valid for at most an hour.
   */
  static Message tokenCreated(
      StoredToken token, String value, int minutes, ClientLogging actor, IdGenerator ids) {
    String shown = minutes <= TokenCreated.MAX_MINUTES_WITH_VALUE ? value : null;
    boolean password = token.kind() == TokenKind.PASSWORD;
    MessagePayload payload =
        password
            ? new CustomerPasswordTokenCreated(
                token.customerId(), token.expiresAt(), shown, token.invalidateOlderTokens())
            : new CustomerEmailTokenCreated(
                token.customerId(), token.expiresAt(), shown, token.invalidateOlderTokens());
    return new Message(
        ids.resourceId(),
        ResourceIdentifier.ofId(
            password ? ResourceKind.CUSTOMER_PASSWORD_TOKEN : ResourceKind.CUSTOMER_EMAIL_TOKEN,
            token.id()),
        1,
        1,
        token.createdAt(),
        actor,
        payload,
        null);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.CUSTOMER;
  }

  @Override
  public UserProvidedIdentifiers identifiers(Customer customer) {
    return UserProvidedIdentifiers.of(
        customer.key(), customer.externalId(), customer.customerNumber());
  }

  @Override
  public MessagePayload event(Change.Event event, Change<Customer> change) {
    return switch (event) {
      case CREATED -> new CustomerCreated(change.after());
      case DELETED -> new CustomerDeleted(change.before().email());
      case ERASED -> new CustomerDeleted(null);
      case PASSWORD_CHANGED -> new CustomerPasswordUpdated(false);
      case PASSWORD_RESET -> new CustomerPasswordUpdated(true);
      case EMAIL_VERIFIED -> new CustomerEmailVerified();
    };
  }

  @Override
  public Optional<MessagePayload> action(Change.Step<Customer> step) {
    return CustomerActions.ALL.message(step);
  }

  static Optional<MessagePayload> addressAdded(Customer before, Customer after) {
    List<String> old = before.addresses().stream().map(Address::id).toList();
    return after.addresses().stream()
        .filter(address -> !old.contains(address.id()))
        .findFirst()
        .map(CustomerAddressAdded::new);
  }

  static Optional<MessagePayload> addressChanged(
      Customer before, Customer after, ChangeAddress action) {
    String id = Addresses.select(before, action.addressId(), action.addressKey());
    return Optional.of(
        new CustomerAddressChanged(Addresses.find(after, id), addressRoles(after, id)));
  }

  static Optional<MessagePayload> addressRemoved(
      Customer before, Customer after, AddressSelector action) {
    String id = Addresses.select(before, action);
    return Optional.of(
        new CustomerAddressRemoved(Addresses.find(before, id), addressRoles(before, id)));
  }

  /** The address the action selected, as it is after it (for additions and defaults). */
  static Address selectedAfter(Customer before, Customer after, AddressSelector action) {
    return Addresses.find(after, Addresses.select(before, action));
  }

  /** The address the action selected, as it was before it (for removals). */
  static Address selectedBefore(Customer before, AddressSelector action) {
    return Addresses.find(before, Addresses.select(before, action));
  }

  /** The new default, absent when the action unset it. */
  static Address addressOrNull(Customer customer, String addressId) {
    return addressId == null ? null : Addresses.find(customer, addressId);
  }

  static Optional<MessagePayload> groupAssignmentAdded(
      Customer before, Customer after, AddCustomerGroupAssignment action) {
    return after.customerGroupAssignments().stream()
        .filter(assignment -> !before.customerGroupAssignments().contains(assignment))
        .findFirst()
        .map(CustomerGroupAssignmentAdded::new);
  }

  static Optional<MessagePayload> groupAssignmentRemoved(
      Customer before, Customer after, RemoveCustomerGroupAssignment action) {
    return before.customerGroupAssignments().stream()
        .filter(assignment -> !after.customerGroupAssignments().contains(assignment))
        .findFirst()
        .map(CustomerGroupAssignmentRemoved::new);
  }

  static Optional<MessagePayload> customTypeSet(
      Customer before, Customer after, SetCustomType action) {
    String previousTypeId = typeId(before.custom());
    return Optional.of(
        after.custom() == null
            ? new CustomerCustomTypeRemoved(previousTypeId)
            : new CustomerCustomTypeSet(after.custom(), previousTypeId));
  }

  /** Added or Changed is decided against the state just before the action (contract §6). */
  static Optional<MessagePayload> customFieldSet(
      Customer before, Customer after, SetCustomField action) {
    Object previous = field(before.custom(), action.name());
    Object value = field(after.custom(), action.name());
    if (value == null) {
      return Optional.of(new CustomerCustomFieldRemoved(action.name()));
    }
    return Optional.of(
        previous == null
            ? new CustomerCustomFieldAdded(action.name(), value)
            : new CustomerCustomFieldChanged(action.name(), value, previous));
  }

  static Optional<MessagePayload> addressCustomTypeSet(
      Customer before, Customer after, SetAddressCustomType action) {
    String id = action.addressId();
    String previousTypeId = typeId(Addresses.find(before, id).custom());
    CustomFields custom = Addresses.find(after, id).custom();
    return Optional.of(
        custom == null
            ? new CustomerAddressCustomTypeRemoved(previousTypeId, id)
            : new CustomerAddressCustomTypeSet(custom, previousTypeId, id));
  }

  static Optional<MessagePayload> addressCustomFieldSet(
      Customer before, Customer after, SetAddressCustomField action) {
    String id = action.addressId();
    Object previous = field(Addresses.find(before, id).custom(), action.name());
    Object value = field(Addresses.find(after, id).custom(), action.name());
    if (value == null) {
      return Optional.of(new CustomerAddressCustomFieldRemoved(action.name(), id));
    }
    return Optional.of(
        previous == null
            ? new CustomerAddressCustomFieldAdded(action.name(), value, id)
            : new CustomerAddressCustomFieldChanged(action.name(), value, previous, id));
  }

  private static List<AddressRole> addressRoles(Customer customer, String addressId) {
    List<AddressRole> roles = new ArrayList<>();
    if (customer.shippingAddressIds().contains(addressId)) {
      roles.add(AddressRole.Shipping);
    }
    if (customer.billingAddressIds().contains(addressId)) {
      roles.add(AddressRole.Billing);
    }
    return roles;
  }

  private static String typeId(CustomFields custom) {
    return custom == null ? null : custom.type().id();
  }

  private static Object field(CustomFields custom, String name) {
    return custom == null || custom.fields() == null ? null : custom.fields().get(name);
  }
}
