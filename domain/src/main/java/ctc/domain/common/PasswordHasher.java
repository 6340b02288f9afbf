package ctc.domain.common;

/** One-way password hashing; implementations must never log or keep the plain text. */
public interface PasswordHasher {

  String hash(String plainPassword);

  boolean verify(String plainPassword, String hash);
}
