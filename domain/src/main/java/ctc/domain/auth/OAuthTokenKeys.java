package ctc.domain.auth;

import ctc.domain.common.TokenDigests;
import java.time.Instant;

/**
 * What an OAuth token is kept and looked up by (its {@link OAuthToken#digest}): the issue time its
 * value starts with, then the SHA-256 of the value. A value is {@code [projectKey ":"] stamp
 * random}: the stamp is the issue time in milliseconds as 11 hexadecimal digits, the random part
 * the 43 characters of {@code IdGenerator.tokenValue()}.
 *
 * <p>Why the stamp: keys that were only a SHA-256 landed at a random place of the key index, so
 * each grant's commit rewrote a random leaf page of it (and read it first once the index outgrew
 * the page cache); keys that begin with the time all land at its end (README, "Token keys"). The
 * stamp tells nothing the holder does not know. Values issued before the stamp (no stamp, key the
 * bare SHA-256) keep working.
 */
final class OAuthTokenKeys {

  static final int STAMP_LENGTH = 11;

  /** The length of {@code IdGenerator.tokenValue()}: 256 random bits in Base64url. */
  static final int RANDOM_LENGTH = 43;

  private OAuthTokenKeys() {}

  /** The stamp a value issued at {@code issued} starts with. */
  static String stamp(Instant issued) {
    String hex = Long.toHexString(issued.toEpochMilli());
    return "0".repeat(STAMP_LENGTH - hex.length()) + hex;
  }

  /** The key of a token value; a value without a stamp has the bare SHA-256. */
  static String key(String value) {
    int start = value.lastIndexOf(':') + 1;
    boolean stamped = value.length() - start == STAMP_LENGTH + RANDOM_LENGTH;
    String digest = TokenDigests.sha256(value);
    return stamped ? value.substring(start, start + STAMP_LENGTH) + digest : digest;
  }
}
