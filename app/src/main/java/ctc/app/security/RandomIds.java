package ctc.app.security;

import ctc.domain.common.IdGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7) for resources, 8-character URL-safe ids for addresses, secret
 * token values. Thread-safe.
 */
public final class RandomIds implements IdGenerator {

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

  private final SecureRandom random = new SecureRandom();

  /**
   * A version-7 UUID (RFC 9562): the time in milliseconds, then 74 random bits. Ids that begin with
   * the time land at the end of every index on them (customers, messages, anonymous ids) instead of
   * at a random place, where each insert's commit rewrote a random leaf page (README, "Token
   * keys"); the time is the resource's createdAt, public anyway.
   */
  @Override
  public String resourceId() {
    long millis = System.currentTimeMillis();
    long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0fffL);
    long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  /** 32 random bytes, Base64url without padding: 43 characters carrying 256 bits. */
  @Override
  public String tokenValue() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String addressId() {
    char[] id = new char[8];
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }
}
