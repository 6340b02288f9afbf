package ctc.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.AppConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

  private final BcryptPasswordHasher fast = new BcryptPasswordHasher(4);

  @Test
  void theConfiguredDefaultCostIsTenAndItsHashesVerify() {
    int defaultCost = AppConfig.fromEnvironment(Map.of()).bcryptCost();
    BcryptPasswordHasher hasher = new BcryptPasswordHasher(defaultCost);

    String hash = hasher.hash("correct horse");

    assertThat(defaultCost).isEqualTo(10);
    assertThat(hash).startsWith("$2a$10$").doesNotContain("correct horse");
    assertThat(hasher.verify("correct horse", hash)).isTrue();
    assertThat(hasher.verify("correct horsE", hash)).isFalse();
  }

  @Test
  void hashesAreSaltedSoTheSamePasswordHashesDifferently() {
    assertThat(fast.hash("same")).isNotEqualTo(fast.hash("same"));
  }

  @Test
  void charactersBeyondBcryptsSeventyTwoBytesStillCount() {
    String prefix = "p".repeat(80);
    String hash = fast.hash(prefix + "A");

    assertThat(fast.verify(prefix + "A", hash)).isTrue();
    assertThat(fast.verify(prefix + "B", hash)).isFalse();
  }

  @Test
  void theLongestAllowedPasswordHashesAndVerifies() {
    String longest = "x".repeat(1024);

    assertThat(fast.verify(longest, fast.hash(longest))).isTrue();
  }
}
