package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.AttemptLimiter.Limit;
import ctc.domain.common.MutableClock;
import ctc.domain.common.ServiceCounters;
import ctc.domain.error.ErrorObject.InvalidCredentialsError;
import ctc.domain.error.ErrorObject.InvalidCurrentPasswordError;
import ctc.domain.error.ErrorObject.ReferencedResourceNotFoundError;
import ctc.domain.error.ErrorObject.TooManyRequestsError;
import ctc.domain.error.Errors;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Sign-in attempts per account and per API client, counted before the password check. */
class SignInThrottleTest {

  private static final Customer JANE = CustomerFixtures.aCustomer();

  private final MutableClock clock = new MutableClock(NOW);
  private final SignInThrottle throttle =
      new SignInThrottle(
          new Limit(3, Duration.ofMinutes(1)),
          new Limit(5, Duration.ofMinutes(1)),
          1000,
          clock,
          ServiceCounters.NONE);
  private final AtomicInteger checks = new AtomicInteger();

  private final Supplier<Customer> wrong =
      () -> {
        checks.incrementAndGet();
        throw Errors.invalidCredentials();
      };
  private final Supplier<Customer> right =
      () -> {
        checks.incrementAndGet();
        return JANE;
      };

  private void fail(String project, String email, String client) {
    expectError(
        400, InvalidCredentialsError.class, () -> throttle.signIn(project, email, client, wrong));
  }

  @Test
  void anAccountOutOfAttemptsIs429WithoutCheckingThePasswordEvenARightOne() {
    for (int i = 0; i < 3; i++) {
      fail("p", "jane@example.com", "c");
    }
    clock.advance(Duration.ofMillis(1500));

    TooManyRequestsError refused =
        expectError(
            429,
            TooManyRequestsError.class,
            () -> throttle.signIn("p", "jane@example.com", "c", right));

    assertThat(checks.get()).isEqualTo(3);
    assertThat(refused.retryAfterSeconds()).isEqualTo(59);
    assertThat(refused.message())
        .isEqualTo("Too many failed sign-in attempts. Try again in 59 seconds.");
  }

  @Test
  void theAccountIsTheProjectAndTheEmailIgnoringCase() {
    fail("p", "jane@example.com", "c1");
    fail("p", "JANE@example.com", "c2");
    fail("p", "Jane@Example.COM", "c3");

    expectError(
        429,
        TooManyRequestsError.class,
        () -> throttle.signIn("p", "jane@EXAMPLE.com", "c4", right));
    assertThat(throttle.signIn("q", "jane@example.com", "c1", right)).isEqualTo(JANE);
  }

  @Test
  void anUnknownEmailIsCountedLikeAKnownOneSoRefusalsRevealNothing() {
    for (int i = 0; i < 3; i++) {
      fail("p", "nobody@example.com", "c");
    }

    expectError(
        429,
        TooManyRequestsError.class,
        () -> throttle.signIn("p", "nobody@example.com", "c", wrong));
  }

  @Test
  void aRightPasswordBeforeTheLimitSucceedsAndClearsTheAccountsFailures() {
    fail("p", "jane@example.com", "c");
    fail("p", "jane@example.com", "c");

    assertThat(throttle.signIn("p", "jane@example.com", "c", right)).isEqualTo(JANE);
    fail("p", "jane@example.com", "c");
    fail("p", "jane@example.com", "c");
    assertThat(throttle.signIn("p", "jane@example.com", "c", right)).isEqualTo(JANE);
  }

  @Test
  void theAccountIsAdmittedAgainWhenTheWindowHasPassed() {
    for (int i = 0; i < 3; i++) {
      fail("p", "jane@example.com", "c");
    }

    clock.advance(Duration.ofMinutes(1));

    assertThat(throttle.signIn("p", "jane@example.com", "c", right)).isEqualTo(JANE);
  }

  @Test
  void aClientGuessingAcrossManyAccountsIsRefusedAfterItsFailures() {
    for (int i = 0; i < 5; i++) {
      fail("p", "user" + i + "@example.com", "guesser");
    }

    expectError(
        429,
        TooManyRequestsError.class,
        () -> throttle.signIn("p", "other@example.com", "guesser", right));
    assertThat(throttle.signIn("p", "other@example.com", "storefront", right)).isEqualTo(JANE);
    assertThat(checks.get()).isEqualTo(6);
  }

  @Test
  void successfulSignInsDoNotUseUpTheClientsAttempts() {
    for (int i = 0; i < 20; i++) {
      throttle.signIn("p", "user" + i + "@example.com", "storefront", right);
    }

    fail("p", "someone@example.com", "storefront");
  }

  @Test
  void aRefusedClientDoesNotUseUpTheAccountsItTries() {
    for (int i = 0; i < 5; i++) {
      fail("p", "user" + i + "@example.com", "guesser");
    }
    for (int i = 0; i < 10; i++) {
      expectError(
          429,
          TooManyRequestsError.class,
          () -> throttle.signIn("p", "jane@example.com", "guesser", wrong));
    }

    assertThat(throttle.signIn("p", "jane@example.com", "storefront", right)).isEqualTo(JANE);
  }

  @Test
  void anErrorAfterRightCredentialsDoesNotCountAsAFailure() {
    for (int i = 0; i < 5; i++) {
      expectError(
          400,
          ReferencedResourceNotFoundError.class,
          () ->
              throttle.signIn(
                  "p",
                  "jane@example.com",
                  "c",
                  () -> {
                    throw Errors.referencedResourceNotFound("cart", "x", null);
                  }));
    }

    assertThat(throttle.signIn("p", "jane@example.com", "c", right)).isEqualTo(JANE);
  }

  @Test
  void wrongCurrentPasswordsOfOneCustomerAreCountedAndThenRefusedWithoutAPasswordCheck() {
    Supplier<Customer> wrongCurrent =
        () -> {
          checks.incrementAndGet();
          throw Errors.invalidCurrentPassword();
        };
    for (int i = 0; i < 3; i++) {
      expectError(
          400,
          InvalidCurrentPasswordError.class,
          () -> throttle.passwordChange("p", "jane-id", "c" + checks.get(), wrongCurrent));
    }

    expectError(
        429,
        TooManyRequestsError.class,
        () -> throttle.passwordChange("p", "jane-id", "c9", right));

    assertThat(checks.get()).isEqualTo(3);
    assertThat(throttle.passwordChange("p", "other-id", "c9", right)).isEqualTo(JANE);
    assertThat(throttle.signIn("p", "jane@example.com", "c9", right)).isEqualTo(JANE);
  }

  @Test
  void aRightCurrentPasswordClearsTheCustomersFailures() {
    Supplier<Customer> wrongCurrent =
        () -> {
          throw Errors.invalidCurrentPassword();
        };
    for (String client : new String[] {"c1", "c2", "c3"}) {
      for (int i = 0; i < 2; i++) {
        expectError(
            400,
            InvalidCurrentPasswordError.class,
            () -> throttle.passwordChange("p", "jane-id", client, wrongCurrent));
      }
      assertThat(throttle.passwordChange("p", "jane-id", client, right)).isEqualTo(JANE);
    }
  }
}
