package ctc.domain.error;

import java.util.List;

/**
 * One entry of a commercetools error response; each record is one error code of contract §E2.
 *
 * <p>Components after {@code message} are the code's extra fields, in wire order.
 */
public sealed interface ErrorObject {

  String code();

  String message();

  record InvalidJsonInputError(String message, String detailedErrorMessage) implements ErrorObject {
    public String code() {
      return "InvalidJsonInput";
    }
  }

  record InvalidInputError(String message) implements ErrorObject {
    public String code() {
      return "InvalidInput";
    }
  }

  record InvalidOperationError(String message) implements ErrorObject {
    public String code() {
      return "InvalidOperation";
    }
  }

  record InvalidFieldError(
      String message, String field, Object invalidValue, List<String> allowedValues)
      implements ErrorObject {
    public String code() {
      return "InvalidField";
    }
  }

  record RequiredFieldError(String message, String field) implements ErrorObject {
    public String code() {
      return "RequiredField";
    }
  }

  record DuplicateFieldError(String message, String field, Object duplicateValue)
      implements ErrorObject {
    public String code() {
      return "DuplicateField";
    }
  }

  record ReferencedResourceNotFoundError(String message, String typeId, String id, String key)
      implements ErrorObject {
    public String code() {
      return "ReferencedResourceNotFound";
    }
  }

  record ResourceSizeLimitExceededError(String message) implements ErrorObject {
    public String code() {
      return "ResourceSizeLimitExceeded";
    }
  }

  record ResourceNotFoundError(String message) implements ErrorObject {
    public String code() {
      return "ResourceNotFound";
    }
  }

  record InvalidCredentialsError(String message) implements ErrorObject {
    public String code() {
      return "InvalidCredentials";
    }
  }

  record InvalidCurrentPasswordError(String message) implements ErrorObject {
    public String code() {
      return "InvalidCurrentPassword";
    }
  }

  record ExpiredCustomerPasswordTokenError(String message) implements ErrorObject {
    public String code() {
      return "ExpiredCustomerPasswordToken";
    }
  }

  record ExpiredCustomerEmailTokenError(String message) implements ErrorObject {
    public String code() {
      return "ExpiredCustomerEmailToken";
    }
  }

  record ConcurrentModificationError(String message, long currentVersion) implements ErrorObject {
    public String code() {
      return "ConcurrentModification";
    }
  }

  record QueryTimedOutError(String message) implements ErrorObject {
    public String code() {
      return "QueryTimedOut";
    }
  }

  record SearchNotReadyError(String message) implements ErrorObject {
    public String code() {
      return "SearchNotReady";
    }
  }

  record GeneralError(String message) implements ErrorObject {
    public String code() {
      return "General";
    }
  }

  record ReferenceExistsError(String message, String referencedBy) implements ErrorObject {
    public String code() {
      return "ReferenceExists";
    }
  }

  record AnonymousIdAlreadyInUseError(String message) implements ErrorObject {
    public String code() {
      return "AnonymousIdAlreadyInUse";
    }
  }

  /** Too many attempts: the response also carries {@code Retry-After} with these seconds. */
  sealed interface Throttled extends ErrorObject {
    long retryAfterSeconds();
  }

  record TooManyRequestsError(String message, long retryAfterSeconds) implements Throttled {
    public String code() {
      return "TooManyRequests";
    }
  }

  /**
   * Errors of the authorization server and of token checks; their responses also carry
   * error/error_description.
   */
  sealed interface OAuthError extends ErrorObject {}

  record InvalidTokenError(String message) implements OAuthError {
    public String code() {
      return "invalid_token";
    }
  }

  record InsufficientScopeError(String message) implements OAuthError {
    public String code() {
      return "insufficient_scope";
    }
  }

  record InvalidClientError(String message) implements OAuthError {
    public String code() {
      return "invalid_client";
    }
  }

  record InvalidScopeError(String message) implements OAuthError {
    public String code() {
      return "invalid_scope";
    }
  }

  record InvalidCustomerAccountCredentialsError(String message) implements OAuthError {
    public String code() {
      return "invalid_customer_account_credentials";
    }
  }

  record InvalidGrantError(String message) implements OAuthError {
    public String code() {
      return "invalid_grant";
    }
  }

  record InvalidRequestError(String message) implements OAuthError {
    public String code() {
      return "invalid_request";
    }
  }

  record UnsupportedGrantTypeError(String message) implements OAuthError {
    public String code() {
      return "unsupported_grant_type";
    }
  }

  /** The token endpoints' form of {@link TooManyRequestsError}. */
  record OAuthTooManyRequestsError(String message, long retryAfterSeconds)
      implements OAuthError, Throttled {
    public String code() {
      return "too_many_requests";
    }
  }
}
