package ctc.app.http;

import ctc.app.json.OAuthJson;
import ctc.app.json.StrictUtf8;
import ctc.domain.auth.ApiClient;
import ctc.domain.auth.ApiClients;
import ctc.domain.auth.OAuthServer;
import ctc.domain.common.RequestScope;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The authorization server's endpoints (contract §H), beside the API on the same port. Parameters
 * come form-encoded in the body (or, as the spec also allows, in the query); the client
 * authenticates with HTTP Basic.
 */
public final class OAuthRoutes {

  private static final String FORM_TYPE = "application/x-www-form-urlencoded";
  private static final String FORM = "ctc.oauth.form";

  /**
   * How long a refused client authentication waits before it is answered. The wait holds no thread,
   * and a guesser gets at most one answer per connection in this time, so a flood of wrong secrets
   * cannot take the processors from real traffic; a correct secret is never delayed.
   */
  static final Duration REFUSED_CLIENT_DELAY = Duration.ofMillis(250);

  private final OAuthServer oauth;
  private final ApiClients clients;
  private final StorePaths stores;

  public OAuthRoutes(OAuthServer oauth, ApiClients clients, StorePaths stores) {
    this.oauth = oauth;
    this.clients = clients;
    this.stores = stores;
  }

  public void register(RoutesConfig routes) {
    routes.post("/oauth/token", delayRefusals(this::token), Access.PUBLIC);
    routes.post(
        "/oauth/{projectKey}/customers/token",
        delayRefusals(
            ctx ->
                grant(
                    ctx,
                    oauth.password(
                        client(ctx),
                        RequestScope.project(ctx.pathParam("projectKey")),
                        param(ctx, "username"),
                        param(ctx, "password"),
                        param(ctx, "scope")))),
        Access.PUBLIC);
    routes.post(
        "/oauth/{projectKey}/in-store/key={storeKey}/customers/token",
        delayRefusals(
            ctx -> {
              ApiClient client = client(ctx);
              stores.require(ctx);
              grant(
                  ctx,
                  oauth.password(
                      client,
                      new RequestScope(ctx.pathParam("projectKey"), ctx.pathParam("storeKey")),
                      param(ctx, "username"),
                      param(ctx, "password"),
                      param(ctx, "scope")));
            }),
        Access.PUBLIC);
    routes.post(
        "/oauth/{projectKey}/anonymous/token",
        delayRefusals(
            ctx ->
                grant(
                    ctx,
                    oauth.anonymous(
                        client(ctx),
                        ctx.pathParam("projectKey"),
                        param(ctx, "scope"),
                        param(ctx, "anonymous_id")))),
        Access.PUBLIC);
    routes.post(
        "/oauth/introspect",
        delayRefusals(
            ctx ->
                ctx.json(
                    OAuthJson.introspection(oauth.introspect(client(ctx), param(ctx, "token"))))),
        Access.PUBLIC);
    routes.post(
        "/oauth/token/revoke",
        delayRefusals(
            ctx -> {
              oauth.revoke(client(ctx), param(ctx, "token"));
              ctx.status(200);
            }),
        Access.PUBLIC);
  }

  /**
   * Answers a refused client authentication after {@link #REFUSED_CLIENT_DELAY}, without holding
   * the thread.
   */
  private static Handler delayRefusals(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (ClientRefused refused) {
        ctx.future(
            () ->
                CompletableFuture.runAsync(
                    () -> {
                      throw refused.answer;
                    },
                    DELAYED));
      }
    };
  }

  private static final Executor DELAYED =
      CompletableFuture.delayedExecutor(REFUSED_CLIENT_DELAY.toMillis(), TimeUnit.MILLISECONDS);

  /** A client authentication that failed, carrying its answer to {@link #delayRefusals}. */
  private static final class ClientRefused extends RuntimeException {
    private final CommercetoolsException answer;

    ClientRefused(CommercetoolsException answer) {
      super(null, null, false, false);
      this.answer = answer;
    }
  }

  private void token(Context ctx) {
    ApiClient client = client(ctx);
    String grantType = param(ctx, "grant_type");
    if (grantType == null) {
      throw Errors.missingParameter("grant_type");
    }
    grant(
        ctx,
        switch (grantType) {
          case "client_credentials" -> oauth.clientCredentials(client, param(ctx, "scope"));
          case "refresh_token" -> oauth.refresh(client, param(ctx, "refresh_token"));
          default -> throw Errors.unsupportedGrantType(grantType);
        });
  }

  /** Token responses must not be cached by anything on the way (RFC 6749, section 5.1). */
  private static void grant(Context ctx, OAuthServer.Grant grant) {
    ctx.header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .json(OAuthJson.grant(grant));
  }

  /** The client of the request's HTTP Basic credentials. */
  private ApiClient client(Context ctx) {
    try {
      return authenticate(ctx);
    } catch (CommercetoolsException refused) {
      throw new ClientRefused(refused);
    }
  }

  private ApiClient authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      throw Errors.invalidClient();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Errors.invalidClient();
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? clients.authenticate(null, null)
        : clients.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static String param(Context ctx, String name) {
    String value = form(ctx).get(name);
    return value != null ? value : ctx.queryParam(name);
  }

  /**
   * The body's parameters (the first value of each). Only a form body is read, by us rather than
   * the servlet container, whose multipart parsing fails with a 500 on a malformed body; any other
   * non-empty body is refused rather than silently ignored.
   */
  private static Map<String, String> form(Context ctx) {
    Map<String, String> form = ctx.attribute(FORM);
    if (form != null) {
      return form;
    }
    byte[] body = ctx.bodyAsBytes();
    String type =
        ctx.contentType() == null
            ? ""
            : ctx.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (body.length > 0 && !type.equals(FORM_TYPE)) {
      throw Errors.unsupportedFormType(type, FORM_TYPE);
    }
    form = new HashMap<>();
    try {
      for (String pair : StrictUtf8.decode(body).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String key = formDecode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : formDecode(pair.substring(equals + 1));
        form.putIfAbsent(key, value);
      }
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw Errors.malformedForm(FORM_TYPE);
    }
    ctx.attribute(FORM, form);
    return form;
  }

  /**
   * One form-encoded name or value. The escaped bytes must be UTF-8: {@link java.net.URLDecoder}
   * would turn a bad sequence into U+FFFD, and a client could then be handed, say, an anonymous id
   * it never sent.
   */
  private static String formDecode(String encoded) throws CharacterCodingException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
        if (low < 0) {
          throw new IllegalArgumentException("An escape needs two hex digits");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] plain = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
        bytes.write(plain, 0, plain.length);
      }
    }
    return StrictUtf8.decode(bytes.toByteArray());
  }
}
