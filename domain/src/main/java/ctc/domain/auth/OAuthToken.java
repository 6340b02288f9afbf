package ctc.domain.auth;

import java.time.Instant;
import java.util.List;

/**
 * An access or refresh token as kept: under its key ({@code digest}: the issue time and the SHA-256
 * of its value, {@link OAuthTokenKeys}), never the value. An access token minted from a refresh
 * token remembers the refresh token's key ({@code refreshDigest}), so that revoking the refresh
 * token ends it too.
 */
public record OAuthToken(
    String digest,
    Kind kind,
    String clientId,
    String projectKey,
    List<String> scopes,
    String customerId,
    String anonymousId,
    String refreshDigest,
    Instant expiresAt,
    Instant createdAt) {

  /** Access tokens authorize API calls; refresh tokens only mint new access tokens. */
  public enum Kind {
    ACCESS,
    REFRESH
  }

  public OAuthToken {
    scopes = List.copyOf(scopes);
  }

  public boolean activeAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
