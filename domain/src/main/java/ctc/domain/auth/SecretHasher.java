package ctc.domain.auth;

import ctc.domain.common.PasswordHasher;

/**
 * Hashing for server-generated client secrets (256 random bits): such a secret cannot be guessed,
 * so a fast keyed hash protects it as well as bcrypt would, and a wrong guess costs microseconds
 * instead of a bcrypt. Implementations compare in constant time and never log or keep the plain
 * text.
 */
public interface SecretHasher extends PasswordHasher {

  /** Whether {@code hash} is of this hasher's making; other stored hashes are bcrypt hashes. */
  boolean recognises(String hash);
}
