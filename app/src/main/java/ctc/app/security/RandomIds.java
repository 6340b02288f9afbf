package ctc.app.security;

import ctc.domain.common.IdGenerator;
import java.security.SecureRandom;
import java.util.UUID;

/** Random UUIDs for resources and 8-character URL-safe ids for addresses. Thread-safe. */
public final class RandomIds implements IdGenerator {

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

  private final SecureRandom random = new SecureRandom();

  @Override
  public String resourceId() {
    return UUID.randomUUID().toString();
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
