package ctc.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class WarmupTest {

  @Test
  void servesItsCopyUntilItsLimitThenRestoresTheLogLevels() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger requests = (Logger) LoggerFactory.getLogger("request");
    Level rootBefore = root.getLevel();
    Level requestsBefore = requests.getLevel();
    long started = System.nanoTime();

    long rounds = Warmup.run(Duration.ofSeconds(2));

    long seconds = (System.nanoTime() - started) / 1_000_000_000;
    assertThat(rounds).as("rounds of requests the copy answered").isPositive();
    assertThat(seconds)
        .as("the copy's start and 50 creates, then at most the limit")
        .isLessThan(30);
    assertThat(root.getLevel()).isEqualTo(rootBefore);
    assertThat(requests.getLevel()).isEqualTo(requestsBefore);
  }

  @Test
  void zeroSkipsIt() {
    assertThat(Warmup.run(Duration.ZERO)).isZero();
  }
}
