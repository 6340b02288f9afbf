package ctc.domain.customer;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.customer.CredentialRequests.CustomerChangePassword;
import ctc.domain.customer.CredentialRequests.CustomerCreateEmailToken;
import ctc.domain.customer.CredentialRequests.CustomerCreatePasswordResetToken;
import ctc.domain.customer.CredentialRequests.CustomerEmailVerify;
import ctc.domain.customer.CredentialRequests.CustomerResetPassword;
import ctc.domain.customer.CredentialRequests.CustomerSignin;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Shape checks of the credential request bodies: a missing required field is InvalidJsonInput
 * naming the field.
 */
class CredentialRequestsTest {

  private static void expectMissing(String field, ThrowingCallable construction) {
    InvalidJsonInputError error = expectError(400, InvalidJsonInputError.class, construction);

    assertThat(error.message()).isEqualTo("Request body does not contain valid JSON.");
    assertThat(error.detailedErrorMessage()).contains(field);
  }

  // ---------------------------------------------------------------- CustomerSignin

  @Test
  void aSigninWithoutEmailIsInvalidJsonInput() {
    expectMissing("email", () -> new CustomerSignin(null, "secret", null, null, null, null, null));
  }

  @Test
  void aSigninWithoutPasswordIsInvalidJsonInput() {
    expectMissing(
        "password",
        () -> new CustomerSignin("jane@example.com", null, null, null, null, null, null));
  }

  @Test
  void aSigninNeedsOnlyEmailAndPassword() {
    CustomerSignin signin =
        new CustomerSignin("jane@example.com", "secret", null, null, null, null, null);

    assertThat(signin.email()).isEqualTo("jane@example.com");
  }

  // ---------------------------------------------------------------- CustomerChangePassword

  @Test
  void aChangePasswordWithoutIdIsInvalidJsonInput() {
    expectMissing("id", () -> new CustomerChangePassword(null, 1L, "old", "new"));
  }

  @Test
  void aChangePasswordWithoutVersionIsInvalidJsonInput() {
    expectMissing("version", () -> new CustomerChangePassword("id-1", null, "old", "new"));
  }

  @Test
  void aChangePasswordWithoutCurrentPasswordIsInvalidJsonInput() {
    expectMissing("currentPassword", () -> new CustomerChangePassword("id-1", 1L, null, "new"));
  }

  @Test
  void aChangePasswordWithoutNewPasswordIsInvalidJsonInput() {
    expectMissing("newPassword", () -> new CustomerChangePassword("id-1", 1L, "old", null));
  }

  // ----------------------------------------------------------------
  // CustomerCreatePasswordResetToken

  @Test
  void aPasswordTokenRequestWithoutEmailIsInvalidJsonInput() {
    expectMissing("email", () -> new CustomerCreatePasswordResetToken(null, 60, false));
  }

  @Test
  void aPasswordTokenRequestNeedsOnlyTheEmail() {
    CustomerCreatePasswordResetToken request =
        new CustomerCreatePasswordResetToken("jane@example.com", null, null);

    assertThat(request.ttlMinutes()).isNull();
    assertThat(request.invalidateOlderTokens()).isNull();
  }

  // ---------------------------------------------------------------- CustomerResetPassword

  @Test
  void aResetPasswordWithoutTokenValueIsInvalidJsonInput() {
    expectMissing("tokenValue", () -> new CustomerResetPassword(null, "new", null));
  }

  @Test
  void aResetPasswordWithoutNewPasswordIsInvalidJsonInput() {
    expectMissing("newPassword", () -> new CustomerResetPassword("token", null, null));
  }

  @Test
  void aResetPasswordNeedsNoVersion() {
    assertThat(new CustomerResetPassword("token", "new", null).version()).isNull();
  }

  // ---------------------------------------------------------------- CustomerCreateEmailToken

  @Test
  void anEmailTokenRequestWithoutIdIsInvalidJsonInput() {
    expectMissing("id", () -> new CustomerCreateEmailToken(null, null, 60, null));
  }

  @Test
  void anEmailTokenRequestWithoutTtlIsInvalidJsonInput() {
    expectMissing("ttlMinutes", () -> new CustomerCreateEmailToken("id-1", 1L, null, false));
  }

  @Test
  void anEmailTokenRequestNeedsNoVersionNorInvalidateOlderTokens() {
    CustomerCreateEmailToken request = new CustomerCreateEmailToken("id-1", null, 60, null);

    assertThat(request.version()).isNull();
    assertThat(request.invalidateOlderTokens()).isNull();
  }

  // ---------------------------------------------------------------- CustomerEmailVerify

  @Test
  void anEmailVerifyWithoutTokenValueIsInvalidJsonInput() {
    expectMissing("tokenValue", () -> new CustomerEmailVerify(null, 1L));
  }

  @Test
  void anEmailVerifyNeedsNoVersion() {
    assertThat(new CustomerEmailVerify("token", null).version()).isNull();
  }
}
