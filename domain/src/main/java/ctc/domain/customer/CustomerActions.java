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
import ctc.domain.update.ActionRegistry;

/**
 * The registry of customer update actions: name → record → handler. {@code silent} marks the
 * actions that produce no message (contract §I), so they do not advance {@code
 * lastMessageSequenceNumber}.
 */
public final class CustomerActions {

  /** Every CustomerUpdateAction (contract §D1). */
  public static final ActionRegistry<Customer, CustomerUpdateAction> ALL =
      ActionRegistry.<Customer, CustomerUpdateAction>builder()
          .on("changeEmail", ChangeEmail.class, CustomerFieldActions::changeEmail)
          .on("setFirstName", SetFirstName.class, CustomerFieldActions::setFirstName)
          .on("setLastName", SetLastName.class, CustomerFieldActions::setLastName)
          .silent("setMiddleName", SetMiddleName.class, CustomerFieldActions::setMiddleName)
          .on("setTitle", SetTitle.class, CustomerFieldActions::setTitle)
          .silent("setSalutation", SetSalutation.class, CustomerFieldActions::setSalutation)
          .on("setCompanyName", SetCompanyName.class, CustomerFieldActions::setCompanyName)
          .on("setDateOfBirth", SetDateOfBirth.class, CustomerFieldActions::setDateOfBirth)
          .silent("setVatId", SetVatId.class, CustomerFieldActions::setVatId)
          .on("setExternalId", SetExternalId.class, CustomerFieldActions::setExternalId)
          .silent("setKey", SetKey.class, CustomerFieldActions::setKey)
          .silent(
              "setCustomerNumber", SetCustomerNumber.class, CustomerFieldActions::setCustomerNumber)
          .silent("setLocale", SetLocale.class, CustomerFieldActions::setLocale)
          .silent(
              "setAuthenticationMode",
              SetAuthenticationMode.class,
              CustomerFieldActions::setAuthenticationMode)
          .on("addAddress", AddAddress.class, CustomerAddressActions::addAddress)
          .on("changeAddress", ChangeAddress.class, CustomerAddressActions::changeAddress)
          .on("removeAddress", RemoveAddress.class, CustomerAddressActions::removeAddress)
          .on(
              "setDefaultShippingAddress",
              SetDefaultShippingAddress.class,
              CustomerAddressActions::setDefaultShippingAddress)
          .on(
              "addShippingAddressId",
              AddShippingAddressId.class,
              CustomerAddressActions::addShippingAddressId)
          .on(
              "removeShippingAddressId",
              RemoveShippingAddressId.class,
              CustomerAddressActions::removeShippingAddressId)
          .on(
              "setDefaultBillingAddress",
              SetDefaultBillingAddress.class,
              CustomerAddressActions::setDefaultBillingAddress)
          .on(
              "addBillingAddressId",
              AddBillingAddressId.class,
              CustomerAddressActions::addBillingAddressId)
          .on(
              "removeBillingAddressId",
              RemoveBillingAddressId.class,
              CustomerAddressActions::removeBillingAddressId)
          .on(
              "setAddressCustomType",
              SetAddressCustomType.class,
              CustomerAddressActions::setAddressCustomType)
          .on(
              "setAddressCustomField",
              SetAddressCustomField.class,
              CustomerAddressActions::setAddressCustomField)
          .on("setCustomerGroup", SetCustomerGroup.class, CustomerReferences::setCustomerGroup)
          .on(
              "setCustomerGroupAssignments",
              SetCustomerGroupAssignments.class,
              CustomerReferences::setCustomerGroupAssignments)
          .on(
              "addCustomerGroupAssignment",
              AddCustomerGroupAssignment.class,
              CustomerReferences::addCustomerGroupAssignment)
          .on(
              "removeCustomerGroupAssignment",
              RemoveCustomerGroupAssignment.class,
              CustomerReferences::removeCustomerGroupAssignment)
          .on("setStores", SetStores.class, CustomerReferences::setStores)
          .silent("addStore", AddStore.class, CustomerReferences::addStore)
          .silent("removeStore", RemoveStore.class, CustomerReferences::removeStore)
          .on("setCustomType", SetCustomType.class, CustomerReferences::setCustomType)
          .on("setCustomField", SetCustomField.class, CustomerReferences::setCustomField)
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
