package ctc.app.http;

import ctc.app.json.OAuthJson;
import ctc.domain.auth.ApiClient;
import ctc.domain.auth.ApiClients;
import ctc.domain.auth.OAuthServer;
import ctc.domain.common.Scope;
import ctc.domain.error.Errors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The authorization server's endpoints (contract §H), beside the API on the same port. Parameters come form-encoded
 * in the body (or, as the spec also allows, in the query); the client authenticates with HTTP Basic.
 */
public final class OAuthRoutes {

  private final OAuthServer oauth;
  private final ApiClients clients;
  private final StoreScope stores;

  public OAuthRoutes(OAuthServer oauth, ApiClients clients, StoreScope stores) {
    this.oauth = oauth;
    this.clients = clients;
    this.stores = stores;
  }

  public void register(RoutesConfig routes) {
    routes.post("/oauth/token", this::token, Access.PUBLIC);
    routes.post("/oauth/{projectKey}/customers/token", ctx -> grant(ctx, oauth.password(client(ctx),
        Scope.project(ctx.pathParam("projectKey")), param(ctx, "username"), param(ctx, "password"),
        param(ctx, "scope"))), Access.PUBLIC);
    routes.post("/oauth/{projectKey}/in-store/key={storeKey}/customers/token", ctx -> {
      ApiClient client = client(ctx);
      stores.require(ctx);
      grant(ctx, oauth.password(client, new Scope(ctx.pathParam("projectKey"), ctx.pathParam("storeKey")),
          param(ctx, "username"), param(ctx, "password"), param(ctx, "scope")));
    }, Access.PUBLIC);
    routes.post("/oauth/{projectKey}/anonymous/token", ctx -> grant(ctx, oauth.anonymous(client(ctx),
        ctx.pathParam("projectKey"), param(ctx, "scope"), param(ctx, "anonymous_id"))), Access.PUBLIC);
    routes.post("/oauth/introspect", ctx -> ctx.json(OAuthJson.introspection(
        oauth.introspect(client(ctx), param(ctx, "token")))), Access.PUBLIC);
    routes.post("/oauth/token/revoke", ctx -> {
      oauth.revoke(client(ctx), param(ctx, "token"));
      ctx.status(200);
    }, Access.PUBLIC);
  }

  private void token(Context ctx) {
    ApiClient client = client(ctx);
    String grantType = param(ctx, "grant_type");
    if (grantType == null) {
      throw Errors.missingParameter("grant_type");
    }
    grant(ctx, switch (grantType) {
      case "client_credentials" -> oauth.clientCredentials(client, param(ctx, "scope"));
      case "refresh_token" -> oauth.refresh(client, param(ctx, "refresh_token"));
      default -> throw Errors.unsupportedGrantType(grantType);
    });
  }

  /** Token responses must not be cached by anything on the way (RFC 6749, section 5.1). */
  private static void grant(Context ctx, OAuthServer.Grant grant) {
    ctx.header("Cache-Control", "no-store").header("Pragma", "no-cache").json(OAuthJson.grant(grant));
  }

  /** The client of the request's HTTP Basic credentials. */
  private ApiClient client(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      throw Errors.invalidClient();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Errors.invalidClient();
    }
    int colon = decoded.indexOf(':');
    return colon < 0 ? clients.authenticate(null, null)
        : clients.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static String param(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value != null ? value : ctx.queryParam(name);
  }
}
