package ctc.domain.customer;

import static ctc.domain.common.Required.elements;
import static ctc.domain.common.Required.require;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.ResourceIdentifier;
import java.time.LocalDate;
import java.util.List;

/** The request bodies of the My Customer Profile (/me) endpoints (contract §B). */
public final class MyRequests {

  private MyRequests() {}

  /**
   * MyCustomerDraft: what a customer may set about themselves. Key, customer number, external id,
   * groups, email verification and authentication mode are not among its fields; the HTTP layer
   * refuses them.
   */
  public record MyCustomerDraft(
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
      Integer defaultBillingAddress,
      CustomFields custom,
      String locale,
      List<ResourceIdentifier> stores) {

    public MyCustomerDraft {
      require(email, "email");
      require(password, "password");
      addresses = elements(addresses, "addresses");
      stores = elements(stores, "stores");
    }

    public CustomerDraft toCustomerDraft() {
      return new CustomerDraft(
          null,
          null,
          null,
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
          null,
          defaultBillingAddress,
          null,
          null,
          null,
          null,
          custom,
          locale,
          stores,
          AuthenticationMode.Password,
          null,
          null,
          null);
    }
  }

  public record MyCustomerSignin(
      String email, String password, String activeCartSignInMode, Boolean updateProductData) {
    public MyCustomerSignin {
      require(email, "email");
      require(password, "password");
    }

    public CredentialRequests.CustomerSignin toCustomerSignin() {
      return new CredentialRequests.CustomerSignin(
          email, password, null, null, null, null, updateProductData);
    }
  }

  public record MyCustomerChangePassword(Long version, String currentPassword, String newPassword) {
    public MyCustomerChangePassword {
      require(version, "version");
      require(currentPassword, "currentPassword");
      require(newPassword, "newPassword");
    }
  }

  public record MyCustomerResetPassword(String tokenValue, String newPassword) {
    public MyCustomerResetPassword {
      require(tokenValue, "tokenValue");
      require(newPassword, "newPassword");
    }
  }

  public record MyCustomerEmailVerify(String tokenValue) {
    public MyCustomerEmailVerify {
      require(tokenValue, "tokenValue");
    }
  }
}
