package ctc.domain.common;

import java.util.Optional;

/**
 * Keeps a secret that must be shown again later (a token value in its message) unreadable at rest:
 * only a server holding the key opens it.
 */
public interface SecretSealer {

  String seal(String secret);

  /** The secret; empty when it was sealed under another key or is not a sealed value. */
  Optional<String> open(String sealed);
}
