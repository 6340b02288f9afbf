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

  record InvalidFieldError(String message, String field, Object invalidValue, List<String> allowedValues)
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

  record DuplicateFieldError(String message, String field, Object duplicateValue) implements ErrorObject {
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

  record GeneralError(String message) implements ErrorObject {
    public String code() {
      return "General";
    }
  }
}
