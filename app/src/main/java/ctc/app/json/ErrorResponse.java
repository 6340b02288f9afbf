package ctc.app.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject;
import ctc.domain.error.ErrorObject.OAuthError;
import java.util.List;

/**
 * The commercetools error body: status, the first error's message, and all errors (contract §E1).
 * Authorization errors also carry the OAuth fields {@code error} and {@code error_description}.
 */
public record ErrorResponse(
    int statusCode,
    String message,
    List<ErrorObject> errors,
    String error,
    @JsonProperty("error_description") String errorDescription) {

  public static ErrorResponse of(CommercetoolsException exception) {
    ErrorObject first = exception.error();
    boolean oauth = first instanceof OAuthError;
    return new ErrorResponse(
        exception.statusCode(),
        exception.getMessage(),
        exception.errors(),
        oauth ? first.code() : null,
        oauth ? first.message() : null);
  }
}
