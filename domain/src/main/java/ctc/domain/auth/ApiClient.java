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

  /** Whether the client's scopes grant the permission project-wide in its project. */
  public boolean grants(Permission permission) {
    return OAuthScopes.grants(java.util.Set.copyOf(scopes), permission, projectKey, null);
  }
}
