package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.EMAIL;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.address;
import static ctc.domain.customer.CustomerFixtures.context;
import static ctc.domain.customer.CustomerFixtures.storeKey;
import static ctc.domain.customer.SampleActions.GROUP;
import static ctc.domain.customer.SampleActions.OTHER_GROUP;
import static ctc.domain.customer.SampleActions.TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.CustomerUpdateAction.AddAddress;
import ctc.domain.customer.CustomerUpdateAction.AddBillingAddressId;
import ctc.domain.customer.CustomerUpdateAction.AddCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.AddShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.ChangeAddress;
import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.CustomerUpdateAction.RemoveAddress;
import ctc.domain.customer.CustomerUpdateAction.RemoveBillingAddressId;
import ctc.domain.customer.CustomerUpdateAction.RemoveCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.RemoveShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetCompanyName;
import ctc.domain.customer.CustomerUpdateAction.SetCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroup;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroupAssignments;
import ctc.domain.customer.CustomerUpdateAction.SetDateOfBirth;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultBillingAddress;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultShippingAddress;
import ctc.domain.customer.CustomerUpdateAction.SetExternalId;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetKey;
import ctc.domain.customer.CustomerUpdateAction.SetLastName;
import ctc.domain.customer.CustomerUpdateAction.SetMiddleName;
import ctc.domain.customer.CustomerUpdateAction.SetStores;
import ctc.domain.customer.CustomerUpdateAction.SetTitle;
import ctc.domain.error.CommercetoolsException;
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
import ctc.domain.message.MessagePayload.CustomerBillingAddressAdded;
import ctc.domain.message.MessagePayload.CustomerBillingAddressRemoved;
import ctc.domain.message.MessagePayload.CustomerCompanyNameSet;
import ctc.domain.message.MessagePayload.CustomerCreated;
import ctc.domain.message.MessagePayload.CustomerCustomFieldAdded;
import ctc.domain.message.MessagePayload.CustomerCustomFieldChanged;
import ctc.domain.message.MessagePayload.CustomerCustomFieldRemoved;
import ctc.domain.message.MessagePayload.CustomerCustomTypeRemoved;
import ctc.domain.message.MessagePayload.CustomerCustomTypeSet;
import ctc.domain.message.MessagePayload.CustomerDateOfBirthSet;
import ctc.domain.message.MessagePayload.CustomerDefaultBillingAddressSet;
import ctc.domain.message.MessagePayload.CustomerDefaultShippingAddressSet;
import ctc.domain.message.MessagePayload.CustomerDeleted;
import ctc.domain.message.MessagePayload.CustomerEmailChanged;
import ctc.domain.message.MessagePayload.CustomerEmailTokenCreated;
import ctc.domain.message.MessagePayload.CustomerEmailVerified;
import ctc.domain.message.MessagePayload.CustomerExternalIdSet;
import ctc.domain.message.MessagePayload.CustomerFirstNameSet;
import ctc.domain.message.MessagePayload.CustomerGroupAssignmentAdded;
import ctc.domain.message.MessagePayload.CustomerGroupAssignmentRemoved;
import ctc.domain.message.MessagePayload.CustomerGroupAssignmentsSet;
import ctc.domain.message.MessagePayload.CustomerGroupSet;
import ctc.domain.message.MessagePayload.CustomerLastNameSet;
import ctc.domain.message.MessagePayload.CustomerPasswordTokenCreated;
import ctc.domain.message.MessagePayload.CustomerPasswordUpdated;
import ctc.domain.message.MessagePayload.CustomerShippingAddressAdded;
import ctc.domain.message.MessagePayload.CustomerShippingAddressRemoved;
import ctc.domain.message.MessagePayload.CustomerStoresSet;
import ctc.domain.message.MessagePayload.CustomerTitleSet;
import ctc.domain.message.UserProvidedIdentifiers;
import ctc.domain.update.Change;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedUpdater;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The messages of customer changes: the message contract's §5, §6 and Decisions, without SQL. */
class CustomerMessagesTest {

  /** The sample customer: addrHome (no roles, custom floor 1), addrWork (shipping and billing). */
  private static final Customer CUSTOMER = SampleActions.customer();

  private static final Address HOME = CUSTOMER.addresses().get(0);
  private static final Address WORK = CUSTOMER.addresses().get(1);

  private static Optional<Change<Customer>> update(
      Customer customer, CustomerUpdateAction... actions) {
    return VersionedUpdater.update(
        customer,
        new UpdateRequest<>(customer.version(), List.of(actions)),
        CustomerActions.ALL,
        context());
  }

  private static List<Message> messages(Customer customer, CustomerUpdateAction... actions) {
    return update(customer, actions)
        .map(change -> CustomerMessages.of(change, new SequentialIds()))
        .orElse(List.of());
  }

  private static List<MessagePayload> payloads(Customer customer, CustomerUpdateAction... actions) {
    return messages(customer, actions).stream().map(Message::payload).toList();
  }

  private static List<MessagePayload> payloads(CustomerUpdateAction... actions) {
    return payloads(CUSTOMER, actions);
  }

  private static Customer with(UnaryOperator<Customer.Builder> edit) {
    return edit.apply(CUSTOMER.toBuilder()).build();
  }

  @Test
  void changeEmailYieldsTheNewAndTheOldEmail() {
    assertThat(payloads(new ChangeEmail("new@example.com")))
        .containsExactly(new CustomerEmailChanged("new@example.com", EMAIL));
  }

  @Test
  void theNameFieldsYieldTheirValueOrNoneWhenUnset() {
    assertThat(payloads(new SetFirstName("Joan")))
        .containsExactly(new CustomerFirstNameSet("Joan"));
    assertThat(payloads(new SetFirstName(null))).containsExactly(new CustomerFirstNameSet(null));
    assertThat(payloads(new SetLastName("Roe"))).containsExactly(new CustomerLastNameSet("Roe"));
    assertThat(payloads(new SetTitle("Prof."))).containsExactly(new CustomerTitleSet("Prof."));
    assertThat(payloads(new SetCompanyName("ACME")))
        .containsExactly(new CustomerCompanyNameSet("ACME"));
    assertThat(payloads(new SetDateOfBirth(LocalDate.of(1990, 1, 1))))
        .containsExactly(new CustomerDateOfBirthSet(LocalDate.of(1990, 1, 1)));
    assertThat(payloads(new SetExternalId("ext-1")))
        .containsExactly(new CustomerExternalIdSet("ext-1"));
  }

  @Test
  void theNineActionsWithoutAMessageTypeChangeTheCustomerButYieldNone() {
    List<String> silent =
        List.of(
            "setMiddleName",
            "setSalutation",
            "setVatId",
            "setKey",
            "setCustomerNumber",
            "setLocale",
            "addStore",
            "removeStore",
            "setAuthenticationMode");
    List<CustomerUpdateAction> actions =
        SampleActions.all().stream()
            .filter(action -> silent.contains(CustomerActionsTest.nameOf(action.getClass())))
            .toList();

    assertThat(actions).hasSize(9);
    for (CustomerUpdateAction action : actions) {
      Change<Customer> change = update(CUSTOMER, action).orElseThrow();
      assertThat(CustomerMessages.of(change, new SequentialIds())).as(action.toString()).isEmpty();
      assertThat(change.after().lastMessageSequenceNumber())
          .isEqualTo(CUSTOMER.lastMessageSequenceNumber());
    }
  }

  @Test
  void addAddressYieldsTheAddressAsStoredWithItsGeneratedId() {
    Change<Customer> change = update(CUSTOMER, new AddAddress(address("IT", "new"))).orElseThrow();
    Address added = change.after().addresses().get(2);

    assertThat(added.id()).isNotNull();
    assertThat(CustomerMessages.of(change, new SequentialIds()))
        .extracting(Message::payload)
        .containsExactly(new CustomerAddressAdded(added));
  }

  @Test
  void changeAddressYieldsTheNewAddressWithTheRolesItKeeps() {
    Change<Customer> change =
        update(CUSTOMER, new ChangeAddress(null, "work", address("BE", "work"))).orElseThrow();

    assertThat(CustomerMessages.of(change, new SequentialIds()))
        .extracting(Message::payload)
        .containsExactly(
            new CustomerAddressChanged(
                change.after().addresses().get(1),
                List.of(AddressRole.Shipping, AddressRole.Billing)));
    assertThat(change.after().addresses().get(1).id()).isEqualTo(WORK.id());
  }

  @Test
  void removeAddressYieldsTheRemovedAddressWithTheRolesItHad() {
    assertThat(payloads(new RemoveAddress(WORK.id(), null)))
        .containsExactly(
            new CustomerAddressRemoved(WORK, List.of(AddressRole.Shipping, AddressRole.Billing)));
    assertThat(payloads(new RemoveAddress(null, "home")))
        .containsExactly(new CustomerAddressRemoved(HOME, List.of()));
  }

  @Test
  void setDefaultShippingAddressYieldsOnlyItsOwnMessageThoughItAlsoAddsTheShippingRole() {
    assertThat(payloads(new SetDefaultShippingAddress(HOME.id(), null)))
        .containsExactly(new CustomerDefaultShippingAddressSet(HOME));
  }

  @Test
  void unsettingADefaultAddressYieldsAMessageWithoutAddress() {
    Customer withDefaults =
        with(b -> b.defaultShippingAddressId(WORK.id()).defaultBillingAddressId(WORK.id()));

    assertThat(
            payloads(
                withDefaults,
                new SetDefaultShippingAddress(null, null),
                new SetDefaultBillingAddress(null, null)))
        .containsExactly(
            new CustomerDefaultShippingAddressSet(null),
            new CustomerDefaultBillingAddressSet(null));
  }

  @Test
  void theShippingAndBillingRoleActionsYieldTheAddress() {
    assertThat(payloads(new AddShippingAddressId(HOME.id(), null)))
        .containsExactly(new CustomerShippingAddressAdded(HOME));
    assertThat(payloads(new RemoveShippingAddressId(WORK.id(), null)))
        .containsExactly(new CustomerShippingAddressRemoved(WORK));
    assertThat(payloads(new SetDefaultBillingAddress(null, "home")))
        .containsExactly(new CustomerDefaultBillingAddressSet(HOME));
    assertThat(payloads(new AddBillingAddressId(null, "home")))
        .containsExactly(new CustomerBillingAddressAdded(HOME));
    assertThat(payloads(new RemoveBillingAddressId(null, "work")))
        .containsExactly(new CustomerBillingAddressRemoved(WORK));
  }

  @Test
  void setCustomerGroupYieldsTheGroupOrNoneWhenRemoved() {
    assertThat(payloads(new SetCustomerGroup(GROUP))).containsExactly(new CustomerGroupSet(GROUP));
    assertThat(payloads(with(b -> b.customerGroup(GROUP)), new SetCustomerGroup(null)))
        .containsExactly(new CustomerGroupSet(null));
  }

  @Test
  void theGroupAssignmentActionsYieldTheAssignments() {
    CustomerGroupAssignment group = new CustomerGroupAssignment(GROUP);
    CustomerGroupAssignment other = new CustomerGroupAssignment(OTHER_GROUP);

    assertThat(payloads(new SetCustomerGroupAssignments(List.of(group))))
        .containsExactly(new CustomerGroupAssignmentsSet(List.of(group), List.of(other)));
    assertThat(payloads(new AddCustomerGroupAssignment(group)))
        .containsExactly(new CustomerGroupAssignmentAdded(group));
    assertThat(payloads(new RemoveCustomerGroupAssignment(OTHER_GROUP)))
        .containsExactly(new CustomerGroupAssignmentRemoved(other));
  }

  @Test
  void setStoresYieldsTheNewAndTheOldStores() {
    assertThat(payloads(new SetStores(List.of(storeKey("paris")))))
        .containsExactly(
            new CustomerStoresSet(
                List.of(CustomerFixtures.store("paris")),
                List.of(CustomerFixtures.store("berlin"))));
  }

  @Test
  void setCustomTypeYieldsTypeSetWithThePreviousTypeOrTypeRemoved() {
    ResourceIdentifier otherType = ResourceIdentifier.ofId(ResourceKind.TYPE, "type-2");
    Change<Customer> change =
        update(CUSTOMER, new SetCustomType(otherType, Map.of("a", "b"))).orElseThrow();

    assertThat(CustomerMessages.of(change, new SequentialIds()))
        .extracting(Message::payload)
        .containsExactly(new CustomerCustomTypeSet(change.after().custom(), TYPE.id()));
    assertThat(payloads(with(b -> b.custom(null)), new SetCustomType(TYPE, Map.of())))
        .containsExactly(new CustomerCustomTypeSet(new CustomFields(TYPE, Map.of()), null));
    assertThat(payloads(new SetCustomType(null, null)))
        .containsExactly(new CustomerCustomTypeRemoved(TYPE.id()));
  }

  @Test
  void setCustomFieldYieldsAddedChangedOrRemoved() {
    assertThat(payloads(new SetCustomField("age", "42")))
        .containsExactly(new CustomerCustomFieldAdded("age", "42"));
    assertThat(payloads(new SetCustomField("nickname", "Janie")))
        .containsExactly(new CustomerCustomFieldChanged("nickname", "Janie", "JD"));
    assertThat(payloads(new SetCustomField("nickname", null)))
        .containsExactly(new CustomerCustomFieldRemoved("nickname"));
  }

  @Test
  void addedOrChangedIsDecidedAgainstTheStateJustBeforeTheAction() {
    assertThat(payloads(new SetCustomField("age", "42"), new SetCustomField("age", "43")))
        .containsExactly(
            new CustomerCustomFieldAdded("age", "42"),
            new CustomerCustomFieldChanged("age", "43", "42"));
  }

  @Test
  void theAddressCustomActionsYieldTheirMessagesWithTheAddressId() {
    Change<Customer> typeSet =
        update(CUSTOMER, new SetAddressCustomType(WORK.id(), TYPE, Map.of("floor", "3")))
            .orElseThrow();

    assertThat(CustomerMessages.of(typeSet, new SequentialIds()))
        .extracting(Message::payload)
        .containsExactly(
            new CustomerAddressCustomTypeSet(
                typeSet.after().addresses().get(1).custom(), null, WORK.id()));
    assertThat(payloads(new SetAddressCustomType(HOME.id(), null, null)))
        .containsExactly(new CustomerAddressCustomTypeRemoved(TYPE.id(), HOME.id()));
    assertThat(payloads(new SetAddressCustomField(HOME.id(), "room", "12")))
        .containsExactly(new CustomerAddressCustomFieldAdded("room", "12", HOME.id()));
    assertThat(payloads(new SetAddressCustomField(HOME.id(), "floor", "2")))
        .containsExactly(new CustomerAddressCustomFieldChanged("floor", "2", "1", HOME.id()));
    assertThat(payloads(new SetAddressCustomField(HOME.id(), "floor", null)))
        .containsExactly(new CustomerAddressCustomFieldRemoved("floor", HOME.id()));
  }

  @Test
  void severalActionsYieldTheirMessagesInActionOrderWithOneVersionAndConsecutiveNumbers() {
    Change<Customer> change =
        update(
                CUSTOMER,
                new SetLastName("Roe"),
                new SetMiddleName("M"),
                new SetFirstName("Joan"),
                new ChangeEmail("joan@example.com"))
            .orElseThrow();
    List<Message> messages = CustomerMessages.of(change, new SequentialIds());

    assertThat(messages)
        .extracting(Message::type)
        .containsExactly("CustomerLastNameSet", "CustomerFirstNameSet", "CustomerEmailChanged");
    assertThat(messages).extracting(Message::sequenceNumber).containsExactly(2L, 3L, 4L);
    assertThat(messages).extracting(Message::resourceVersion).containsOnly(2L);
    assertThat(messages).extracting(Message::createdAt).containsOnly(NOW);
    assertThat(messages).extracting(Message::createdBy).containsOnly(ACTOR);
    assertThat(messages)
        .extracting(Message::resource)
        .containsOnly(ResourceIdentifier.ofId(ResourceKind.CUSTOMER, CUSTOMER.id()));
    assertThat(messages).extracting(Message::id).doesNotHaveDuplicates();
    assertThat(change.after().lastMessageSequenceNumber()).isEqualTo(4);
  }

  @Test
  void theNumbersFollowTheCustomersLastMessage() {
    Customer later = with(b -> b.version(7).lastMessageSequenceNumber(12));

    assertThat(messages(later, new SetFirstName("Joan"), new SetLastName("Roe")))
        .extracting(Message::sequenceNumber, Message::resourceVersion)
        .containsExactly(tuple(13L, 8L), tuple(14L, 8L));
  }

  @Test
  void noOpAndEmptyRequestsYieldNone() {
    assertThat(update(CUSTOMER)).isEmpty();
    assertThat(update(CUSTOMER, new SetFirstName(CUSTOMER.firstName()))).isEmpty();
  }

  @Test
  void anActionThatChangesNothingInAChangingRequestYieldsNone() {
    assertThat(messages(CUSTOMER, new SetFirstName(CUSTOMER.firstName()), new SetLastName("Roe")))
        .extracting(Message::payload, Message::sequenceNumber)
        .containsExactly(tuple(new CustomerLastNameSet("Roe"), 2L));
  }

  @Test
  void failedRequestsMakeNoChangeToYieldMessagesFrom() {
    assertThatThrownBy(
            () ->
                VersionedUpdater.update(
                    CUSTOMER,
                    new UpdateRequest<>(CUSTOMER.version() + 1, List.of(new SetFirstName("Joan"))),
                    CustomerActions.ALL,
                    context()))
        .isInstanceOf(CommercetoolsException.class);
    assertThatThrownBy(
            () -> update(CUSTOMER, new SetFirstName("Joan"), new RemoveAddress("x", null)))
        .isInstanceOf(CommercetoolsException.class);
  }

  @Test
  void theIdentifiersAreTheOnesAfterTheWholeRequestAndOmittedWhenNoneIsSet() {
    Customer keyed = with(b -> b.key("jane").customerNumber("C-7"));

    assertThat(messages(keyed, new SetFirstName("Joan"), new SetKey("joan")))
        .extracting(Message::resourceUserProvidedIdentifiers)
        .containsExactly(new UserProvidedIdentifiers("joan", null, "C-7"));
    assertThat(messages(CUSTOMER, new SetFirstName("Joan")))
        .extracting(Message::resourceUserProvidedIdentifiers)
        .containsOnlyNulls();
    assertThat(messages(CUSTOMER, new SetExternalId("ext-1")))
        .extracting(Message::resourceUserProvidedIdentifiers)
        .containsExactly(new UserProvidedIdentifiers(null, "ext-1", null));
  }

  @Test
  void aCreateYieldsCustomerCreatedWithTheCustomerAsFirstMessage() {
    Customer created = with(b -> b.key("jane"));

    List<Message> messages =
        CustomerMessages.of(
            Change.created(created, created.createdAt(), ACTOR), new SequentialIds());

    assertThat(messages)
        .containsExactly(
            new Message(
                "00000000-0000-4000-8000-000000000001",
                ResourceIdentifier.ofId(ResourceKind.CUSTOMER, created.id()),
                1,
                1,
                created.createdAt(),
                ACTOR,
                new CustomerCreated(created),
                new UserProvidedIdentifiers("jane", null, null)));
    assertThat(created.lastMessageSequenceNumber()).isEqualTo(1);
  }

  @Test
  void aDeleteYieldsCustomerDeletedWithTheEmailAtTheDeletedVersionPlusOne() {
    Customer stored = with(b -> b.version(4).lastMessageSequenceNumber(6));

    assertThat(CustomerMessages.of(Change.deleted(stored, NOW, ACTOR), new SequentialIds()))
        .extracting(
            Message::payload, Message::sequenceNumber, Message::resourceVersion, Message::createdAt)
        .containsExactly(tuple(new CustomerDeleted(EMAIL), 7L, 5L, NOW));
  }

  @Test
  void aDeleteWithDataErasureYieldsCustomerDeletedWithoutEmailOrIdentifiers() {
    Customer stored = with(b -> b.version(4).lastMessageSequenceNumber(6).key("jane"));

    assertThat(CustomerMessages.of(Change.erased(stored, NOW, ACTOR), new SequentialIds()))
        .extracting(
            Message::payload,
            Message::sequenceNumber,
            Message::resourceVersion,
            Message::resourceUserProvidedIdentifiers)
        .containsExactly(tuple(new CustomerDeleted(null), 7L, 5L, null));
  }

  @Test
  void aTokenMessageHasTheTokenAsResourceAndItsValueOnlyForAnHourOrLess() {
    StoredToken token =
        new StoredToken(
            "token-1",
            "p",
            "customer-1",
            TokenKind.PASSWORD,
            "digest",
            NOW.plusSeconds(3600),
            NOW,
            true);
    StoredToken emailToken =
        new StoredToken(
            "token-2",
            "p",
            "customer-1",
            TokenKind.EMAIL,
            "digest",
            NOW.plusSeconds(3660),
            NOW,
            false);

    Message shown =
        CustomerMessages.tokenCreated(token, "the-value", 60, ACTOR, new SequentialIds());
    Message hidden =
        CustomerMessages.tokenCreated(emailToken, "the-value", 61, ACTOR, new SequentialIds());

    assertThat(shown.resource())
        .isEqualTo(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_PASSWORD_TOKEN, "token-1"));
    assertThat(shown)
        .extracting(
            Message::sequenceNumber,
            Message::resourceVersion,
            Message::createdAt,
            Message::resourceUserProvidedIdentifiers)
        .containsExactly(1L, 1L, NOW, null);
    assertThat(shown.payload())
        .isEqualTo(
            new CustomerPasswordTokenCreated(
                "customer-1", NOW.plusSeconds(3600), "the-value", true));
    assertThat(hidden.resource())
        .isEqualTo(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_EMAIL_TOKEN, "token-2"));
    assertThat(hidden.payload())
        .isEqualTo(new CustomerEmailTokenCreated("customer-1", NOW.plusSeconds(3660), null, false));
  }

  @Test
  void passwordChangesResetsAndEmailVerificationsYieldOneMessageEach() {
    assertThat(eventMessage(Change.Event.PASSWORD_CHANGED))
        .isEqualTo(new CustomerPasswordUpdated(false));
    assertThat(eventMessage(Change.Event.PASSWORD_RESET))
        .isEqualTo(new CustomerPasswordUpdated(true));
    assertThat(eventMessage(Change.Event.EMAIL_VERIFIED)).isEqualTo(new CustomerEmailVerified());
  }

  private static MessagePayload eventMessage(Change.Event event) {
    Change<Customer> change =
        VersionedUpdater.change(CUSTOMER, null, event, UnaryOperator.identity(), NOW, ACTOR);
    List<Message> messages = CustomerMessages.of(change, new SequentialIds());

    assertThat(messages)
        .extracting(Message::sequenceNumber, Message::resourceVersion, Message::createdAt)
        .containsExactly(tuple(2L, 2L, NOW));
    assertThat(change.after().lastMessageSequenceNumber()).isEqualTo(2);
    return messages.get(0).payload();
  }
}
