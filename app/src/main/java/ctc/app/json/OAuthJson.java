package ctc.app.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import ctc.domain.auth.ApiClient;
import ctc.domain.auth.IssuedApiClient;
import ctc.domain.auth.OAuthScopes;
import ctc.domain.auth.OAuthServer;
import java.time.Instant;
import java.util.List;

/** The wire shapes of the authorization server and the API Clients endpoints. */
public final class OAuthJson {

  private OAuthJson() {}

  /** A token response; {@code refresh_token} only where the flow issues one. */
  public record TokenResponse(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("expires_in") long expiresIn,
      String scope,
      @JsonProperty("refresh_token") String refreshToken) {}

  /**
   * {@code exp} is in epoch milliseconds (Decisions table); only access tokens are active, always
   * of type Bearer.
   */
  public record IntrospectionResponse(
      boolean active,
      String scope,
      Long exp,
      @JsonProperty("client_id") String clientId,
      @JsonProperty("token_type") String tokenType) {}

  /** An API client; {@code secret} only in the create response. */
  public record ApiClientView(
      String id,
      String name,
      String scope,
      Instant createdAt,
      Integer accessTokenValiditySeconds,
      Integer refreshTokenValiditySeconds,
      String secret) {}

  /** The list answer, shaped like a paged query response. */
  public record ApiClientList(
      int limit, int offset, int count, int total, List<ApiClientView> results) {}

  public static TokenResponse grant(OAuthServer.Grant grant) {
    return new TokenResponse(
        grant.accessToken(), "Bearer", grant.expiresIn(), grant.scope(), grant.refreshToken());
  }

  public static IntrospectionResponse introspection(OAuthServer.Introspection introspection) {
    return new IntrospectionResponse(
        introspection.active(),
        introspection.scope(),
        introspection.exp(),
        introspection.clientId(),
        introspection.active() ? "Bearer" : null);
  }

  public static ApiClientView created(IssuedApiClient issued) {
    return view(issued.client(), issued.secret());
  }

  public static ApiClientView client(ApiClient client) {
    return view(client, null);
  }

  public static ApiClientList clients(List<ApiClient> clients) {
    List<ApiClientView> views = clients.stream().map(OAuthJson::client).toList();
    return new ApiClientList(views.size(), 0, views.size(), views.size(), views);
  }

  private static ApiClientView view(ApiClient client, String secret) {
    return new ApiClientView(
        client.id(),
        client.name(),
        OAuthScopes.join(client.scopes()),
        client.createdAt(),
        client.accessTokenValiditySeconds(),
        client.refreshTokenValiditySeconds(),
        secret);
  }
}
