package ctc.domain.medusa;

/**
 * An error of the Medusa store API facade, in Medusa v1's shape (contract §7): a status, a {@code
 * type}, a {@code message} and for some types a {@code code}. {@link #plainText} errors are
 * answered with the text body {@code Unauthorized} instead (contract #19).
 */
public final class MedusaException extends RuntimeException {

  private final int status;
  private final String type;
  private final String code;
  private final boolean plainText;

  private MedusaException(int status, String type, String code, String message, boolean plain) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.code = code;
    this.plainText = plain;
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  /** Null when the type has no code. */
  public String code() {
    return code;
  }

  /** Whether the answer is the plain-text {@code Unauthorized} (contract #19). */
  public boolean plainText() {
    return plainText;
  }

  public static MedusaException invalidData(String message) {
    return new MedusaException(400, "invalid_data", null, message, false);
  }

  public static MedusaException notAllowed(String message) {
    return new MedusaException(400, "not_allowed", null, message, false);
  }

  /** A missing or invalid credential, or wrong credentials: 401 with the text body. */
  public static MedusaException unauthorized() {
    return new MedusaException(401, "unauthorized", null, "Unauthorized", true);
  }

  public static MedusaException invalidResetToken() {
    return new MedusaException(
        401, "unauthorized", null, "Invalid or expired password reset token", false);
  }

  public static MedusaException notFound(String message) {
    return new MedusaException(404, "not_found", null, message, false);
  }

  public static MedusaException duplicate(String message) {
    return new MedusaException(422, "duplicate_error", "invalid_request_error", message, false);
  }

  public static MedusaException conflict() {
    return new MedusaException(
        409,
        "conflict",
        "invalid_state_error",
        "The request conflicted with another request. You may retry the request with the provided"
            + " Idempotency-Key.",
        false);
  }

  public static MedusaException tooLarge() {
    return new MedusaException(413, "invalid_data", null, "Request body too large", false);
  }

  /** Sign-in attempts beyond the throttle's budget (the Customers API's guessing limit). */
  public static MedusaException tooManyRequests() {
    return new MedusaException(
        429, "not_allowed", null, "Too many attempts, please try again later", false);
  }

  public static MedusaException unknown() {
    return new MedusaException(
        500, "unknown_error", "unknown_error", "An unknown error occurred.", false);
  }
}
