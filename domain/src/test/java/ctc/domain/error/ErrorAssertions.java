package ctc.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Asserts that code fails with a commercetools error of a given status and type, and hands the
 * error back.
 */
public final class ErrorAssertions {

  private ErrorAssertions() {}

  /**
   * Runs {@code call}, asserts it threw a {@link CommercetoolsException}, and returns that
   * exception.
   */
  public static CommercetoolsException thrownBy(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown)
        .as("expected a CommercetoolsException")
        .isInstanceOf(CommercetoolsException.class);
    return (CommercetoolsException) thrown;
  }

  /**
   * Asserts the status and the type of the first error, and returns that error for further checks.
   */
  public static <E extends ErrorObject> E expectError(
      int status, Class<E> type, ThrowingCallable call) {
    CommercetoolsException exception = thrownBy(call);
    assertThat(exception.statusCode())
        .as("statusCode of: %s", exception.getMessage())
        .isEqualTo(status);
    assertThat(exception.error()).isInstanceOf(type);
    assertThat(exception.getMessage()).isEqualTo(exception.error().message());
    return type.cast(exception.error());
  }
}
