package ctc.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSealerTest {

  @Test
  void aSealedValueOpensUnderItsKeyOnlyAndNeverShowsThePlainText() {
    AesGcmSealer sealer = AesGcmSealer.withRandomKey();

    String sealed = sealer.seal("token-value");

    assertThat(sealed).startsWith("aes-gcm$").doesNotContain("token-value");
    assertThat(sealer.seal("token-value")).as("a fresh nonce each time").isNotEqualTo(sealed);
    assertThat(sealer.open(sealed)).contains("token-value");
    assertThat(AesGcmSealer.withRandomKey().open(sealed)).isEmpty();
  }

  @Test
  void tamperedOrForeignValuesDoNotOpen() {
    AesGcmSealer sealer = AesGcmSealer.withRandomKey();
    String sealed = sealer.seal("token-value");
    char last = sealed.charAt(sealed.length() - 1);

    assertThat(sealer.open(sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A')))
        .isEmpty();
    assertThat(sealer.open("token-value")).isEmpty();
    assertThat(sealer.open("aes-gcm$%%%$***")).isEmpty();
    assertThat(sealer.open(null)).isEmpty();
  }

  @Test
  void theKeyFileIsCreatedOnceReadableByItsOwnerAndReusedAfterARestart(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("data").resolve("messages.key");

    String sealed = AesGcmSealer.withKeyFile(file).seal("token-value");

    assertThat(AesGcmSealer.withKeyFile(file).open(sealed)).contains("token-value");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aKeyFromTheEnvironmentIsBase64OfThirtyTwoBytes() {
    String key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    assertThat(AesGcmSealer.withKey(key).open(AesGcmSealer.withKey(key).seal("v"))).contains("v");
  }
}
