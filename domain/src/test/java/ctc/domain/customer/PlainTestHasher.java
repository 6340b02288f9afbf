package ctc.domain.customer;

import ctc.domain.common.PasswordHasher;

/**
 * A readable stand-in for the injected {@link PasswordHasher} port, for domain tests only: the
 * "hash" is {@code "hashed:"} plus the password reversed, so tests can tell that hashing happened
 * and with which input.
 */
public final class PlainTestHasher implements PasswordHasher {

  private static final String PREFIX = "hashed:";

  @Override
  public String hash(String plainPassword) {
    return PREFIX + new StringBuilder(plainPassword).reverse();
  }

  @Override
  public boolean verify(String plainPassword, String hash) {
    return hash != null && hash.equals(hash(plainPassword));
  }
}
