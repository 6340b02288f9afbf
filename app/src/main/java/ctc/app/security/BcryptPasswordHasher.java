package ctc.app.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import ctc.domain.common.PasswordHasher;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt with a configurable cost. Passwords longer than bcrypt's 72-byte input are first hashed
 * with SHA-512, so every character counts (Decisions table). Thread-safe.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;

  private final int cost;
  private final BCrypt.Hasher hasher =
      BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
  private final BCrypt.Verifyer verifyer =
      BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));

  public BcryptPasswordHasher(int cost) {
    this.cost = cost;
  }

  @Override
  public String hash(String plainPassword) {
    return new String(
        hasher.hash(cost, plainPassword.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Override
  public boolean verify(String plainPassword, String hash) {
    return verifyer.verify(
            plainPassword.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
        .verified;
  }
}
