package ctc.app.json;

import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject;
import java.util.List;

/** The commercetools error body: status, the first error's message, and all errors (contract §E1). */
public record ErrorResponse(int statusCode, String message, List<ErrorObject> errors) {

  public static ErrorResponse of(CommercetoolsException exception) {
    return new ErrorResponse(exception.statusCode(), exception.getMessage(), exception.errors());
  }
}
