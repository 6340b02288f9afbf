package ctc.domain.customer;

/**
 * The customer's signed-in sessions (OAuth access and refresh tokens). A password change or reset
 * ends all of them (Decisions table: password reset and sessions).
 */
public interface CustomerSessions {

  /**
   * Revokes every access and refresh token issued to the customer; called inside the password
   * write's transaction.
   */
  void revokeAll(String projectKey, String customerId);
}
