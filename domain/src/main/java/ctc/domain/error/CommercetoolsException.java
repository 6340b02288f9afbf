package ctc.domain.error;

import java.util.List;

/**
 * Carries one or more errors of the same HTTP status from wherever they arise to the HTTP layer.
 */
public final class CommercetoolsException extends RuntimeException {

  private final int statusCode;
  private final List<ErrorObject> errors;

  public CommercetoolsException(int statusCode, ErrorObject error) {
    this(statusCode, List.of(error));
  }

  public CommercetoolsException(int statusCode, List<ErrorObject> errors) {
    super(errors.get(0).message(), null, false, false);
    this.statusCode = statusCode;
    this.errors = List.copyOf(errors);
  }

  public int statusCode() {
    return statusCode;
  }

  public List<ErrorObject> errors() {
    return errors;
  }

  public ErrorObject error() {
    return errors.get(0);
  }
}
