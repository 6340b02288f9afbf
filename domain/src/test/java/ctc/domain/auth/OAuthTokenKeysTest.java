package ctc.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.TokenDigests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys OAuth tokens are kept under: issue time first, then the value's SHA-256. */
class OAuthTokenKeysTest {

  /** 43 characters, like {@code IdGenerator.tokenValue()}. */
  private static String random(int n) {
    return String.format("r%042d", n);
  }

  @Test
  void theStampIsTheIssueTimeInMillisecondsAsElevenHexadecimalDigits() {
    assertThat(OAuthTokenKeys.stamp(Instant.ofEpochMilli(0x18c_1234_5678L)))
        .isEqualTo("18c12345678");
    assertThat(OAuthTokenKeys.stamp(Instant.ofEpochMilli(255))).isEqualTo("000000000ff");
  }

  @Test
  void aStampedValueIsKeptUnderItsStampAndItsDigest() {
    String value = OAuthTokenKeys.stamp(Instant.parse("2026-12-01T06:00:00.123Z")) + random(1);

    assertThat(OAuthTokenKeys.key(value))
        .isEqualTo(value.substring(0, 11) + TokenDigests.sha256(value))
        .hasSize(75);
  }

  @Test
  void aRefreshValueIsStampedAfterItsProjectKey() {
    String stamp = OAuthTokenKeys.stamp(Instant.parse("2026-12-01T06:00:00.123Z"));
    String value = "my-project:" + stamp + random(2);

    assertThat(OAuthTokenKeys.key(value)).isEqualTo(stamp + TokenDigests.sha256(value));
  }

  @Test
  void valuesIssuedBeforeStampsKeepTheirBareDigestAsKey() {
    assertThat(OAuthTokenKeys.key(random(3))).isEqualTo(TokenDigests.sha256(random(3)));
    assertThat(OAuthTokenKeys.key("p:" + random(4)))
        .isEqualTo(TokenDigests.sha256("p:" + random(4)));
    assertThat(OAuthTokenKeys.key("x")).isEqualTo(TokenDigests.sha256("x"));
  }

  /** The point of the stamp: whatever the digests, later tokens sort after earlier ones. */
  @Test
  void keysSortByIssueTime() {
    Instant start = Instant.parse("2026-12-01T06:00:00Z");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      keys.add(OAuthTokenKeys.key(OAuthTokenKeys.stamp(start.plusMillis(i)) + random(i)));
    }

    assertThat(keys).isSorted();
    assertThat(keys.stream().map(key -> key.substring(11)).sorted().toList())
        .isNotEqualTo(keys.stream().map(key -> key.substring(11)).toList());
  }
}
