package ctc.domain.auth;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A readable stand-in for the fast {@link SecretHasher}, for domain tests only: the "hash" is
 * {@code "keyed:"} plus the secret reversed. Counts verifications, so tests can see which hasher
 * ran.
 */
final class PlainTestSecretHasher implements SecretHasher {

  private static final String PREFIX = "keyed:";
  private final AtomicInteger verifications = new AtomicInteger();

  @Override
  public String hash(String secret) {
    return PREFIX + new StringBuilder(secret).reverse();
  }

  @Override
  public boolean verify(String secret, String hash) {
    verifications.incrementAndGet();
    return hash.equals(hash(secret));
  }

  @Override
  public boolean recognises(String hash) {
    return hash.startsWith(PREFIX);
  }

  int verifications() {
    return verifications.get();
  }
}
