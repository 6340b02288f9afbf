package ctc.domain.customer;

import java.time.Instant;

/** A customer token as kept: only the SHA-256 digest of its value, never the value itself. */
public record StoredToken(
    String id,
    String projectKey,
    String customerId,
    TokenKind kind,
    String valueDigest,
    Instant expiresAt,
    Instant createdAt,
    boolean invalidateOlderTokens) {

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
