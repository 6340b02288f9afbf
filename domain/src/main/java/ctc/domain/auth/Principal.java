package ctc.domain.auth;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.error.Errors;
import java.util.Set;

/**
 * Who calls: the API client, its project and granted scopes, and the customer or anonymous session
 * acting.
 */
public record Principal(
    String clientId, String projectKey, Set<String> scopes, String customerId, String anonymousId) {

  public Principal {
    scopes = Set.copyOf(scopes);
  }

  /**
   * Rejects a call the token may not make: another project's path, a missing scope, or a permission
   * no session token holds, is 403 insufficient_scope (Decisions table: another project's path).
   */
  public void require(Permission permission, String projectKey, String storeKey) {
    boolean session = customerId != null || anonymousId != null;
    if (!this.projectKey.equals(projectKey)
        || (session && !permission.grantedToSessions())
        || !OAuthScopes.grants(scopes, permission, projectKey, storeKey)) {
      throw Errors.insufficientScope(permission.scopeName());
    }
  }

  /** Whether the principal's scopes grant the permission project-wide in its own project. */
  public boolean grants(Permission permission, String projectKey) {
    return this.projectKey.equals(projectKey)
        && OAuthScopes.grants(scopes, permission, projectKey, null);
  }

  /** createdBy / lastModifiedBy of what this principal writes (Decisions table). */
  public ClientLogging asClientLogging() {
    return new ClientLogging(
        clientId,
        false,
        null,
        anonymousId,
        customerId == null ? null : ResourceIdentifier.ofId(ResourceKind.CUSTOMER, customerId));
  }
}
