package ctc.domain.auth;

import java.time.Instant;
import java.util.List;

/**
 * An API client of one project: its scopes, token lifetimes (null = default) and the hash of its
 * secret.
 */
public record ApiClient(
    String id,
    String projectKey,
    String name,
    String secretHash,
    List<String> scopes,
    Integer accessTokenValiditySeconds,
    Integer refreshTokenValiditySeconds,
    Instant createdAt) {

  public ApiClient {
    scopes = List.copyOf(scopes);
  }
}
