package ctc.app;

import ctc.domain.common.AttemptLimiter.Limit;
import java.time.Duration;

/**
 * The limits on guessing (README, API notes): sign-in attempts per account, failed sign-ins per API
 * client, and bcrypt checks of a chosen client secret per client. Tests pass small ones.
 */
public record Throttling(
    Limit signInsPerAccount, Limit failedSignInsPerClient, Limit bcryptChecksPerClient) {

  public static final Throttling DEFAULTS =
      new Throttling(
          new Limit(5, Duration.ofMinutes(1)),
          new Limit(100, Duration.ofMinutes(1)),
          new Limit(3, Duration.ofSeconds(10)));

  /** How many accounts (and clients) the sign-in throttle tracks at most. */
  static final int MAX_TRACKED = 100_000;
}
