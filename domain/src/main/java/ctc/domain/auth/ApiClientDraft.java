package ctc.domain.auth;

import static ctc.domain.common.Required.require;

/** The body of POST /{projectKey}/api-clients (Decisions table: API Clients). */
public record ApiClientDraft(
    String name,
    String scope,
    Integer accessTokenValiditySeconds,
    Integer refreshTokenValiditySeconds) {

  public ApiClientDraft {
    require(name, "name");
    require(scope, "scope");
  }
}
