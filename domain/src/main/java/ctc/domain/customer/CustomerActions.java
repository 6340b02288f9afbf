package ctc.domain.customer;

import ctc.domain.customer.CustomerUpdateAction.AddAddress;
import ctc.domain.customer.CustomerUpdateAction.AddBillingAddressId;
import ctc.domain.customer.CustomerUpdateAction.AddCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.AddShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.AddStore;
import ctc.domain.customer.CustomerUpdateAction.ChangeAddress;
import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.CustomerUpdateAction.RemoveAddress;
import ctc.domain.customer.CustomerUpdateAction.RemoveBillingAddressId;
import ctc.domain.customer.CustomerUpdateAction.RemoveCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.RemoveShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.RemoveStore;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetAuthenticationMode;
import ctc.domain.customer.CustomerUpdateAction.SetCompanyName;
import ctc.domain.customer.CustomerUpdateAction.SetCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroup;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroupAssignments;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerNumber;
import ctc.domain.customer.CustomerUpdateAction.SetDateOfBirth;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultBillingAddress;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultShippingAddress;
import ctc.domain.customer.CustomerUpdateAction.SetExternalId;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetKey;
import ctc.domain.customer.CustomerUpdateAction.SetLastName;
import ctc.domain.customer.CustomerUpdateAction.SetLocale;
import ctc.domain.customer.CustomerUpdateAction.SetMiddleName;
import ctc.domain.customer.CustomerUpdateAction.SetSalutation;
import ctc.domain.customer.CustomerUpdateAction.SetStores;
import ctc.domain.customer.CustomerUpdateAction.SetTitle;
import ctc.domain.customer.CustomerUpdateAction.SetVatId;
import ctc.domain.message.MessagePayload.CustomerBillingAddressAdded;
import ctc.domain.message.MessagePayload.CustomerBillingAddressRemoved;
import ctc.domain.message.MessagePayload.CustomerCompanyNameSet;
import ctc.domain.message.MessagePayload.CustomerDateOfBirthSet;
import ctc.domain.message.MessagePayload.CustomerDefaultBillingAddressSet;
import ctc.domain.message.MessagePayload.CustomerDefaultShippingAddressSet;
import ctc.domain.message.MessagePayload.CustomerEmailChanged;
import ctc.domain.message.MessagePayload.CustomerExternalIdSet;
import ctc.domain.message.MessagePayload.CustomerFirstNameSet;
import ctc.domain.message.MessagePayload.CustomerGroupAssignmentsSet;
import ctc.domain.message.MessagePayload.CustomerGroupSet;
import ctc.domain.message.MessagePayload.CustomerLastNameSet;
import ctc.domain.message.MessagePayload.CustomerShippingAddressAdded;
import ctc.domain.message.MessagePayload.CustomerShippingAddressRemoved;
import ctc.domain.message.MessagePayload.CustomerStoresSet;
import ctc.domain.message.MessagePayload.CustomerTitleSet;
import ctc.domain.update.ActionRegistry;
import java.util.Optional;

/**
 * The registry of customer update actions: name → record → handler → message (the message
 * contract's §6). {@code silent} marks the actions without a message type, so they do not advance
 * {@code lastMessageSequenceNumber}. Payloads show the customer after the action, and what it
 * removed or replaced as it was before.
 */
public final class CustomerActions {

  /** Every CustomerUpdateAction (contract §D1). */
  public static final ActionRegistry<Customer, CustomerUpdateAction> ALL =
      ActionRegistry.<Customer, CustomerUpdateAction>builder()
          .on(
              "changeEmail",
              ChangeEmail.class,
              CustomerFieldActions::changeEmail,
              (before, after, action) ->
                  Optional.of(new CustomerEmailChanged(after.email(), before.email())))
          .on(
              "setFirstName",
              SetFirstName.class,
              CustomerFieldActions::setFirstName,
              (before, after, action) -> Optional.of(new CustomerFirstNameSet(after.firstName())))
          .on(
              "setLastName",
              SetLastName.class,
              CustomerFieldActions::setLastName,
              (before, after, action) -> Optional.of(new CustomerLastNameSet(after.lastName())))
          .silent("setMiddleName", SetMiddleName.class, CustomerFieldActions::setMiddleName)
          .on(
              "setTitle",
              SetTitle.class,
              CustomerFieldActions::setTitle,
              (before, after, action) -> Optional.of(new CustomerTitleSet(after.title())))
          .silent("setSalutation", SetSalutation.class, CustomerFieldActions::setSalutation)
          .on(
              "setCompanyName",
              SetCompanyName.class,
              CustomerFieldActions::setCompanyName,
              (before, after, action) ->
                  Optional.of(new CustomerCompanyNameSet(after.companyName())))
          .on(
              "setDateOfBirth",
              SetDateOfBirth.class,
              CustomerFieldActions::setDateOfBirth,
              (before, after, action) ->
                  Optional.of(new CustomerDateOfBirthSet(after.dateOfBirth())))
          .silent("setVatId", SetVatId.class, CustomerFieldActions::setVatId)
          .on(
              "setExternalId",
              SetExternalId.class,
              CustomerFieldActions::setExternalId,
              (before, after, action) -> Optional.of(new CustomerExternalIdSet(after.externalId())))
          .silent("setKey", SetKey.class, CustomerFieldActions::setKey)
          .silent(
              "setCustomerNumber", SetCustomerNumber.class, CustomerFieldActions::setCustomerNumber)
          .silent("setLocale", SetLocale.class, CustomerFieldActions::setLocale)
          .silent(
              "setAuthenticationMode",
              SetAuthenticationMode.class,
              CustomerFieldActions::setAuthenticationMode)
          .on(
              "addAddress",
              AddAddress.class,
              CustomerAddressActions::addAddress,
              (before, after, action) -> CustomerMessages.addressAdded(before, after))
          .on(
              "changeAddress",
              ChangeAddress.class,
              CustomerAddressActions::changeAddress,
              CustomerMessages::addressChanged)
          .on(
              "removeAddress",
              RemoveAddress.class,
              CustomerAddressActions::removeAddress,
              CustomerMessages::addressRemoved)
          .on(
              "setDefaultShippingAddress",
              SetDefaultShippingAddress.class,
              CustomerAddressActions::setDefaultShippingAddress,
              (before, after, action) ->
                  Optional.of(
                      new CustomerDefaultShippingAddressSet(
                          CustomerMessages.addressOrNull(after, after.defaultShippingAddressId()))))
          .on(
              "addShippingAddressId",
              AddShippingAddressId.class,
              CustomerAddressActions::addShippingAddressId,
              (before, after, action) ->
                  Optional.of(
                      new CustomerShippingAddressAdded(
                          CustomerMessages.selectedAfter(before, after, action))))
          .on(
              "removeShippingAddressId",
              RemoveShippingAddressId.class,
              CustomerAddressActions::removeShippingAddressId,
              (before, after, action) ->
                  Optional.of(
                      new CustomerShippingAddressRemoved(
                          CustomerMessages.selectedBefore(before, action))))
          .on(
              "setDefaultBillingAddress",
              SetDefaultBillingAddress.class,
              CustomerAddressActions::setDefaultBillingAddress,
              (before, after, action) ->
                  Optional.of(
                      new CustomerDefaultBillingAddressSet(
                          CustomerMessages.addressOrNull(after, after.defaultBillingAddressId()))))
          .on(
              "addBillingAddressId",
              AddBillingAddressId.class,
              CustomerAddressActions::addBillingAddressId,
              (before, after, action) ->
                  Optional.of(
                      new CustomerBillingAddressAdded(
                          CustomerMessages.selectedAfter(before, after, action))))
          .on(
              "removeBillingAddressId",
              RemoveBillingAddressId.class,
              CustomerAddressActions::removeBillingAddressId,
              (before, after, action) ->
                  Optional.of(
                      new CustomerBillingAddressRemoved(
                          CustomerMessages.selectedBefore(before, action))))
          .on(
              "setAddressCustomType",
              SetAddressCustomType.class,
              CustomerAddressActions::setAddressCustomType,
              CustomerMessages::addressCustomTypeSet)
          .on(
              "setAddressCustomField",
              SetAddressCustomField.class,
              CustomerAddressActions::setAddressCustomField,
              CustomerMessages::addressCustomFieldSet)
          .on(
              "setCustomerGroup",
              SetCustomerGroup.class,
              CustomerReferences::setCustomerGroup,
              (before, after, action) -> Optional.of(new CustomerGroupSet(after.customerGroup())))
          .on(
              "setCustomerGroupAssignments",
              SetCustomerGroupAssignments.class,
              CustomerReferences::setCustomerGroupAssignments,
              (before, after, action) ->
                  Optional.of(
                      new CustomerGroupAssignmentsSet(
                          after.customerGroupAssignments(), before.customerGroupAssignments())))
          .on(
              "addCustomerGroupAssignment",
              AddCustomerGroupAssignment.class,
              CustomerReferences::addCustomerGroupAssignment,
              CustomerMessages::groupAssignmentAdded)
          .on(
              "removeCustomerGroupAssignment",
              RemoveCustomerGroupAssignment.class,
              CustomerReferences::removeCustomerGroupAssignment,
              CustomerMessages::groupAssignmentRemoved)
          .on(
              "setStores",
              SetStores.class,
              CustomerReferences::setStores,
              (before, after, action) ->
                  Optional.of(new CustomerStoresSet(after.stores(), before.stores())))
          .silent("addStore", AddStore.class, CustomerReferences::addStore)
          .silent("removeStore", RemoveStore.class, CustomerReferences::removeStore)
          .on(
              "setCustomType",
              SetCustomType.class,
              CustomerReferences::setCustomType,
              CustomerMessages::customTypeSet)
          .on(
              "setCustomField",
              SetCustomField.class,
              CustomerReferences::setCustomField,
              CustomerMessages::customFieldSet)
          .build();

  /** The MyCustomerUpdateActions allowed on /me (contract §D2); other names are unknown there. */
  public static final ActionRegistry<Customer, CustomerUpdateAction> MY =
      ALL.only(
          "addAddress",
          "addBillingAddressId",
          "addShippingAddressId",
          "changeAddress",
          "changeEmail",
          "removeAddress",
          "removeBillingAddressId",
          "removeShippingAddressId",
          "setCompanyName",
          "setCustomField",
          "setCustomType",
          "setDateOfBirth",
          "setDefaultBillingAddress",
          "setDefaultShippingAddress",
          "setFirstName",
          "setLastName",
          "setLocale",
          "setMiddleName",
          "setSalutation",
          "setTitle",
          "setVatId");

  private CustomerActions() {}
}
