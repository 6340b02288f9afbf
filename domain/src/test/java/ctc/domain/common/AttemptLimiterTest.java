package ctc.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Attempts per key and window, given back on success, bounded in memory. */
class AttemptLimiterTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AttemptLimiter limiter =
      new AttemptLimiter(new AttemptLimiter.Limit(3, Duration.ofMinutes(1)), 100, clock);

  @Test
  void aKeyHasItsAttemptsThenWaitsUntilTheWindowThatBeganWithTheFirstOneEnds() {
    limiter.tryAcquire("k");
    clock.advance(Duration.ofSeconds(20));
    limiter.tryAcquire("k");

    assertThat(limiter.tryAcquire("k")).isEmpty();
    assertThat(limiter.tryAcquire("k")).contains(Duration.ofSeconds(40));
    clock.advance(Duration.ofSeconds(40));
    assertThat(limiter.tryAcquire("k")).isEmpty();
  }

  @Test
  void keysAreCountedApart() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("a");
    }

    assertThat(limiter.tryAcquire("a")).isPresent();
    assertThat(limiter.tryAcquire("b")).isEmpty();
  }

  @Test
  void aReleasedAttemptCanBeUsedAgain() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("k");
      limiter.release("k");
    }
    limiter.tryAcquire("k");
    limiter.tryAcquire("k");

    assertThat(limiter.tryAcquire("k")).isEmpty();
    assertThat(limiter.tryAcquire("k")).isPresent();
  }

  @Test
  void aResetKeyStartsAfresh() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("k");
    }

    limiter.reset("k");

    assertThat(limiter.tryAcquire("k")).isEmpty();
  }

  @Test
  void theStateHoldsAtMostMaxKeysDroppingTheOldestWindows() {
    AttemptLimiter small =
        new AttemptLimiter(new AttemptLimiter.Limit(1, Duration.ofMinutes(1)), 10, clock);
    small.tryAcquire("oldest");
    for (int i = 0; i < 1000; i++) {
      clock.advance(Duration.ofMillis(1));
      small.tryAcquire("k" + i);
    }

    assertThat(small.size()).isEqualTo(10);
    assertThat(small.tryAcquire("k999")).isPresent();
    assertThat(small.tryAcquire("oldest")).isEmpty();
  }

  @Test
  void endedWindowsAreDroppedAsNewKeysArrive() {
    for (int i = 0; i < 50; i++) {
      limiter.tryAcquire("k" + i);
    }
    clock.advance(Duration.ofMinutes(1));

    limiter.tryAcquire("new");

    assertThat(limiter.size()).isEqualTo(1);
  }

  @Test
  void concurrentAttemptsOnOneKeyNeverOvershootTheLimit() throws InterruptedException {
    AtomicInteger admitted = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 100; i++) {
                  if (limiter.tryAcquire("k").isEmpty()) {
                    admitted.incrementAndGet();
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(admitted.get()).isEqualTo(3);
  }
}
