package ctc.domain.medusa;

/**
 * Where the facade announces events (contract §6.2): the password-reset token, which nothing else
 * ever shows. Implementations never log the token.
 */
public interface MedusaEvents {

  MedusaEvents NONE = (projectKey, event) -> {};

  void passwordReset(String projectKey, PasswordResetEvent event);

  /** The [V1] event payload's {@code data}. */
  record PasswordResetEvent(
      String id, String email, String firstName, String lastName, String token) {}
}
