package ctc.domain.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Allows each key (an account, an API client) a number of attempts per window; the window starts
 * with the key's first attempt, and a key that has used them all is refused until its window ends.
 * An attempt is counted before the work it guards, so concurrent requests cannot overshoot the
 * limit; a successful one is given back.
 *
 * <p>Kept in memory, per server instance. At most {@code maxKeys} keys are held: ended windows are
 * dropped first, then the oldest ones, so that inventing keys cannot grow the state without bound.
 * Thread-safe.
 */
public final class AttemptLimiter {

  /** {@code attempts} per {@code window} for each key. */
  public record Limit(int attempts, Duration window) {
    public Limit {
      if (attempts < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException(
            "A limit needs at least one attempt in a positive window");
      }
    }
  }

  private record Window(Instant start, int attempts) {}

  private final Limit limit;
  private final int maxKeys;
  private final Clock clock;

  /** Ordered by window start, oldest first: a new window is inserted afresh. */
  private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>();

  public AttemptLimiter(Limit limit, int maxKeys, Clock clock) {
    this.limit = limit;
    this.maxKeys = maxKeys;
    this.clock = clock;
  }

  /**
   * Counts one attempt for {@code key}; when none is left, counts nothing and answers how long to
   * wait.
   */
  public synchronized Optional<Duration> tryAcquire(String key) {
    Instant now = clock.instant();
    Window window = windows.get(key);
    if (window == null || !now.isBefore(window.start().plus(limit.window()))) {
      windows.remove(key);
      windows.put(key, new Window(now, 1));
      evict(now);
      return Optional.empty();
    }
    if (window.attempts() >= limit.attempts()) {
      return Optional.of(Duration.between(now, window.start().plus(limit.window())));
    }
    windows.put(key, new Window(window.start(), window.attempts() + 1));
    return Optional.empty();
  }

  /** Gives back an attempt that succeeded. */
  public synchronized void release(String key) {
    windows.computeIfPresent(
        key, (k, window) -> new Window(window.start(), Math.max(0, window.attempts() - 1)));
  }

  /** Forgets the key's attempts, e.g. after a successful sign-in to the account. */
  public synchronized void reset(String key) {
    windows.remove(key);
  }

  synchronized int size() {
    return windows.size();
  }

  private void evict(Instant now) {
    Iterator<Map.Entry<String, Window>> oldestFirst = windows.entrySet().iterator();
    while (oldestFirst.hasNext()) {
      Window oldest = oldestFirst.next().getValue();
      boolean ended = !now.isBefore(oldest.start().plus(limit.window()));
      if (!ended && windows.size() <= maxKeys) {
        return;
      }
      oldestFirst.remove();
    }
  }
}
