package ctc.app.security;

import ctc.domain.common.IdGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Random UUIDs for resources, 8-character URL-safe ids for addresses, secret token values.
 * Thread-safe.
 */
public final class RandomIds implements IdGenerator {

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

  private final SecureRandom random = new SecureRandom();

  @Override
  public String resourceId() {
    return UUID.randomUUID().toString();
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
