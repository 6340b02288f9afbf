package ctc.domain.customer;

import static ctc.domain.common.Required.require;

import ctc.domain.common.ResourceIdentifier;

/**
 * The request bodies of the sign-in, password and email-token endpoints (contract §B, other
 * bodies).
 */
public final class CredentialRequests {

  private CredentialRequests() {}

  /** CustomerSignin; the cart fields are accepted for compatibility (this service has no carts). */
  public record CustomerSignin(
      String email,
      String password,
      ResourceIdentifier anonymousCart,
      String anonymousCartId,
      String anonymousCartSignInMode,
      String anonymousId,
      Boolean updateProductData) {
    public CustomerSignin {
      require(email, "email");
      require(password, "password");
    }
  }

  public record CustomerChangePassword(
      String id, Long version, String currentPassword, String newPassword) {
    public CustomerChangePassword {
      require(id, "id");
      require(version, "version");
      require(currentPassword, "currentPassword");
      require(newPassword, "newPassword");
    }
  }

  public record CustomerCreatePasswordResetToken(
      String email, Integer ttlMinutes, Boolean invalidateOlderTokens) {
    public CustomerCreatePasswordResetToken {
      require(email, "email");
    }
  }

  /** {@code version}, when given, must be the customer's current version. */
  public record CustomerResetPassword(String tokenValue, String newPassword, Long version) {
    public CustomerResetPassword {
      require(tokenValue, "tokenValue");
      require(newPassword, "newPassword");
    }
  }

  public record CustomerCreateEmailToken(
      String id, Long version, Integer ttlMinutes, Boolean invalidateOlderTokens) {
    public CustomerCreateEmailToken {
      require(id, "id");
      require(ttlMinutes, "ttlMinutes");
    }
  }

  public record CustomerEmailVerify(String tokenValue, Long version) {
    public CustomerEmailVerify {
      require(tokenValue, "tokenValue");
    }
  }
}
