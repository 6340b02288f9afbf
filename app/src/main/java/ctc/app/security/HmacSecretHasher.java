package ctc.app.security;

import ctc.domain.auth.SecretHasher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of the secret keyed with a random salt of its own, stored as {@code
 * hmac-sha256$salt$mac} (Base64url). The key lives in the row rather than in server memory, so
 * every server instance on the database, and every restart, verifies the same hashes. Verification
 * compares in constant time. Thread-safe.
 */
public final class HmacSecretHasher implements SecretHasher {

  private static final String PREFIX = "hmac-sha256$";
  private static final int SALT_BYTES = 16;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random = new SecureRandom();

  @Override
  public String hash(String secret) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return PREFIX + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(mac(salt, secret));
  }

  @Override
  public boolean verify(String secret, String hash) {
    if (!recognises(hash)) {
      return false;
    }
    String[] parts = hash.substring(PREFIX.length()).split("\\$", -1);
    if (parts.length != 2) {
      return false;
    }
    try {
      return MessageDigest.isEqual(
          mac(Base64.getUrlDecoder().decode(parts[0]), secret),
          Base64.getUrlDecoder().decode(parts[1]));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public boolean recognises(String hash) {
    return hash != null && hash.startsWith(PREFIX);
  }

  private static byte[] mac(byte[] salt, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
    }
  }
}
