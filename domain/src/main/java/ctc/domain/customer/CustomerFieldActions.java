package ctc.domain.customer;

import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.CustomerUpdateAction.SetAuthenticationMode;
import ctc.domain.customer.CustomerUpdateAction.SetCompanyName;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerNumber;
import ctc.domain.customer.CustomerUpdateAction.SetDateOfBirth;
import ctc.domain.customer.CustomerUpdateAction.SetExternalId;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetKey;
import ctc.domain.customer.CustomerUpdateAction.SetLastName;
import ctc.domain.customer.CustomerUpdateAction.SetLocale;
import ctc.domain.customer.CustomerUpdateAction.SetMiddleName;
import ctc.domain.customer.CustomerUpdateAction.SetSalutation;
import ctc.domain.customer.CustomerUpdateAction.SetTitle;
import ctc.domain.customer.CustomerUpdateAction.SetVatId;
import ctc.domain.error.Errors;
import ctc.domain.update.UpdateContext;
import java.util.Objects;

/** Handlers of the actions on the customer's own fields; an absent value unsets the field. */
final class CustomerFieldActions {

  private CustomerFieldActions() {}

  /** A new email is unverified; uniqueness is checked where it cannot race, in the repository. */
  static Customer changeEmail(Customer customer, ChangeEmail action, UpdateContext context) {
    if (action.email().equals(customer.email())) {
      return customer;
    }
    return customer.toBuilder().email(action.email()).isEmailVerified(false).build();
  }

  static Customer setFirstName(Customer customer, SetFirstName action, UpdateContext context) {
    return customer.toBuilder().firstName(action.firstName()).build();
  }

  static Customer setLastName(Customer customer, SetLastName action, UpdateContext context) {
    return customer.toBuilder().lastName(action.lastName()).build();
  }

  static Customer setMiddleName(Customer customer, SetMiddleName action, UpdateContext context) {
    return customer.toBuilder().middleName(action.middleName()).build();
  }

  static Customer setTitle(Customer customer, SetTitle action, UpdateContext context) {
    return customer.toBuilder().title(action.title()).build();
  }

  static Customer setSalutation(Customer customer, SetSalutation action, UpdateContext context) {
    return customer.toBuilder().salutation(action.salutation()).build();
  }

  static Customer setCompanyName(Customer customer, SetCompanyName action, UpdateContext context) {
    return customer.toBuilder().companyName(action.companyName()).build();
  }

  static Customer setDateOfBirth(Customer customer, SetDateOfBirth action, UpdateContext context) {
    return customer.toBuilder().dateOfBirth(action.dateOfBirth()).build();
  }

  static Customer setVatId(Customer customer, SetVatId action, UpdateContext context) {
    return customer.toBuilder().vatId(action.vatId()).build();
  }

  static Customer setExternalId(Customer customer, SetExternalId action, UpdateContext context) {
    return customer.toBuilder().externalId(action.externalId()).build();
  }

  static Customer setKey(Customer customer, SetKey action, UpdateContext context) {
    return customer.toBuilder().key(action.key()).build();
  }

  /** The customer number can be set once; after that it cannot change (contract §D1). */
  static Customer setCustomerNumber(
      Customer customer, SetCustomerNumber action, UpdateContext context) {
    if (Objects.equals(customer.customerNumber(), action.customerNumber())) {
      return customer;
    }
    if (customer.customerNumber() != null) {
      throw Errors.customerNumberAlreadySet();
    }
    return customer.toBuilder().customerNumber(action.customerNumber()).build();
  }

  static Customer setLocale(Customer customer, SetLocale action, UpdateContext context) {
    return customer.toBuilder().locale(CustomerRules.locale(action.locale())).build();
  }

  /**
   * ExternalAuth drops the password; Password needs a new one. Setting the current mode again is an
   * error.
   */
  static Customer setAuthenticationMode(
      Customer customer, SetAuthenticationMode action, UpdateContext context) {
    if (action.authMode() == customer.authenticationMode()) {
      throw Errors.authenticationModeUnchanged(action.authMode().name());
    }
    if (action.authMode() == AuthenticationMode.ExternalAuth) {
      return customer.toBuilder()
          .authenticationMode(AuthenticationMode.ExternalAuth)
          .password(null)
          .build();
    }
    CustomerRules.requirePasswordFor(action.authMode(), action.password());
    String hash = context.passwords().hash(CustomerRules.password(action.password()));
    return customer.toBuilder()
        .authenticationMode(AuthenticationMode.Password)
        .password(hash)
        .build();
  }
}
