package ctc.app.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import ctc.app.json.StrictUtf8;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;
import ctc.domain.medusa.MedusaException;
import ctc.domain.medusa.MedusaPayloads;
import ctc.domain.medusa.MedusaStore;
import ctc.domain.medusa.MedusaStore.Facade;
import ctc.domain.medusa.MedusaStore.Signed;
import ctc.domain.medusa.MedusaStore.SignedIn;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.security.RouteRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Medusa v1 store API facade (contract medusa-store-api.md) under {@code
 * /{projectKey}/store/…}: one catch-all route per method, dispatched here by path segments, so that
 * unknown paths and methods get Medusa's 404 (#28) and a project without the facade gets exactly
 * the answer it got before (#2). Thin: the use cases, validation and mapping are {@link
 * MedusaStore}'s; this reads cookies, headers and bodies and writes Medusa's answers.
 */
public final class MedusaRoutes {

  /**
   * Marks the facade's routes, which authenticate and bound their input themselves; {@code
   * FALLBACK} the catch-all that answers every other path under the store (Medusa's 404, CORS
   * preflights), which no API description names.
   */
  enum FacadeRoute implements RouteRole {
    MEDUSA,
    FALLBACK
  }

  /**
   * The facade's operations (contract §5), each registered as a route of its own so that the API
   * description names them; {@link #dispatch} serves them all from the path.
   */
  private static final List<Map.Entry<HandlerType, String>> OPERATIONS =
      List.of(
          Map.entry(HandlerType.POST, "/auth"),
          Map.entry(HandlerType.GET, "/auth"),
          Map.entry(HandlerType.DELETE, "/auth"),
          Map.entry(HandlerType.POST, "/auth/token"),
          Map.entry(HandlerType.GET, "/auth/{email}"),
          Map.entry(HandlerType.POST, "/customers"),
          Map.entry(HandlerType.POST, "/customers/password-token"),
          Map.entry(HandlerType.POST, "/customers/password-reset"),
          Map.entry(HandlerType.GET, "/customers/me"),
          Map.entry(HandlerType.POST, "/customers/me"),
          Map.entry(HandlerType.POST, "/customers/me/addresses"),
          Map.entry(HandlerType.POST, "/customers/me/addresses/{address_id}"),
          Map.entry(HandlerType.DELETE, "/customers/me/addresses/{address_id}"),
          Map.entry(HandlerType.GET, "/customers/me/orders"),
          Map.entry(HandlerType.GET, "/customers/me/payment-methods"),
          Map.entry(HandlerType.GET, "/customers/{id}"),
          Map.entry(HandlerType.POST, "/customers/{id}"),
          Map.entry(HandlerType.POST, "/customers/{id}/addresses"),
          Map.entry(HandlerType.POST, "/customers/{id}/addresses/{address_id}"),
          Map.entry(HandlerType.GET, "/customers/{id}/payment-methods"));

  static final String COOKIE = "connect.sid";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final String BEARER = "Bearer ";
  private static final Set<String> NOT_AN_ID = Set.of("me", "password-token", "password-reset");
  private static final Logger LOG = LoggerFactory.getLogger(MedusaRoutes.class);
  private static final List<HandlerType> METHODS =
      List.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE,
          HandlerType.HEAD,
          HandlerType.OPTIONS);

  private final MedusaStore store;
  private final List<String> corsOrigins;
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  public MedusaRoutes(MedusaStore store, List<String> corsOrigins) {
    this.store = store;
    this.corsOrigins = List.copyOf(corsOrigins);
  }

  /** Whether the request is the facade's: its routes skip the Customers API's before-handlers. */
  static boolean isFacade(Context ctx) {
    return ctx.routeRoles().contains(FacadeRoute.MEDUSA);
  }

  public void register(RoutesConfig routes) {
    for (Map.Entry<HandlerType, String> operation : OPERATIONS) {
      routes.addHttpHandler(
          operation.getKey(),
          "/{projectKey}/store" + operation.getValue(),
          this::handle,
          Access.PUBLIC,
          FacadeRoute.MEDUSA);
    }
    for (HandlerType method : METHODS) {
      for (String path : List.of("/{projectKey}/store", "/{projectKey}/store/<rest>")) {
        routes.addHttpHandler(
            method, path, this::handle, Access.PUBLIC, FacadeRoute.MEDUSA, FacadeRoute.FALLBACK);
      }
    }
  }

  private void handle(Context ctx) {
    String projectKey = ctx.pathParam("projectKey");
    Facade facade = store.facade(projectKey).orElse(null);
    if (facade == null) {
      // Contract #2: where the facade is off, the answer of an unknown route, as before.
      throw Errors.routeNotFound(ctx.method().name(), ctx.path());
    }
    boolean allowedOrigin = cors(ctx);
    try {
      if (ctx.method() == HandlerType.OPTIONS && allowedOrigin) {
        ctx.header("Access-Control-Allow-Methods", "GET,POST,DELETE,OPTIONS");
        String requested = ctx.header("Access-Control-Request-Headers");
        if (requested != null) {
          ctx.header("Access-Control-Allow-Headers", requested);
          ctx.header("Vary", "Origin, Access-Control-Request-Headers");
        }
        ctx.status(204);
        return;
      }
      dispatch(ctx, facade, segments(ctx, projectKey));
    } catch (MedusaException e) {
      error(ctx, e);
    } catch (CommercetoolsException e) {
      error(ctx, translate(e));
    } catch (HttpResponseException e) {
      if (e.getStatus() == 413) {
        ctx.header("Connection", "close");
        error(ctx, MedusaException.tooLarge());
      } else {
        error(ctx, MedusaException.unknown());
      }
    } catch (RuntimeException e) {
      LOG.error("Unexpected failure of {} {}", ctx.method(), RequestLog.route(ctx), e);
      error(ctx, MedusaException.unknown());
    }
  }

  private void dispatch(Context ctx, Facade facade, List<String> s) {
    HandlerType m = ctx.method();
    int n = s.size();
    if (n >= 1 && s.get(0).equals("auth")) {
      if (n == 1 && m == HandlerType.POST) {
        SignedIn in = store.signIn(facade, body(ctx), true, cookie(ctx), ctx.ip());
        setSession(ctx, facade, in.token());
        json(ctx, Map.of("customer", in.body()));
        return;
      }
      if (n == 1 && m == HandlerType.GET) {
        Signed signed = signed(ctx, facade);
        json(ctx, Map.of("customer", store.me(facade, signed, true)));
        return;
      }
      if (n == 1 && m == HandlerType.DELETE) {
        store.signOut(facade, cookie(ctx), bearer(ctx));
        ctx.header(
            "Set-Cookie",
            COOKIE + "=; Path=/" + facade.projectKey() + "/store; Max-Age=0; HttpOnly");
        text(ctx, 200, "OK");
        return;
      }
      if (n == 2 && s.get(1).equals("token") && m == HandlerType.POST) {
        json(ctx, store.signIn(facade, body(ctx), false, null, ctx.ip()).body());
        return;
      }
      if (n == 2 && m == HandlerType.GET) {
        json(ctx, Map.of("exists", store.exists(facade, s.get(1))));
        return;
      }
    } else if (n >= 1 && s.get(0).equals("customers")) {
      if (n == 1 && m == HandlerType.POST) {
        SignedIn in = store.register(facade, body(ctx), cookie(ctx));
        setSession(ctx, facade, in.token());
        json(ctx, Map.of("customer", in.body()));
        return;
      }
      if (n == 2 && s.get(1).equals("password-token") && m == HandlerType.POST) {
        store.passwordToken(facade, body(ctx));
        ctx.status(204);
        return;
      }
      if (n == 2 && s.get(1).equals("password-reset") && m == HandlerType.POST) {
        json(ctx, Map.of("customer", store.passwordReset(facade, body(ctx))));
        return;
      }
      if (n >= 2 && !s.get(1).equals("password-token") && !s.get(1).equals("password-reset")) {
        if (customerRoute(ctx, facade, s, m)) {
          return;
        }
      }
    }
    throw MedusaException.notFound("Cannot " + m.name() + " " + ctx.path());
  }

  /**
   * The routes of the signed-in customer, {@code me} and the legacy {@code {id}} aliases (contract
   * §5, #22); false when none matches.
   */
  private boolean customerRoute(Context ctx, Facade facade, List<String> s, HandlerType m) {
    boolean me = s.get(1).equals("me");
    int n = s.size();
    String rest = n == 2 ? "" : String.join("/", s.subList(2, Math.min(n, 3)));
    boolean known =
        (n == 2 && (m == HandlerType.GET || m == HandlerType.POST))
            || (n == 3 && rest.equals("addresses") && m == HandlerType.POST)
            || (n == 4 && rest.equals("addresses") && m == HandlerType.POST)
            || (n == 4 && rest.equals("addresses") && m == HandlerType.DELETE && me)
            || (n == 3 && rest.equals("orders") && m == HandlerType.GET && me)
            || (n == 3 && rest.equals("payment-methods") && m == HandlerType.GET);
    if (!known) {
      return false;
    }
    Signed signed = signed(ctx, facade);
    if (!me && !NOT_AN_ID.contains(s.get(1)) && !s.get(1).equals(signed.customer().id())) {
      throw MedusaException.notAllowed("You must be logged in to update");
    }
    if (n == 2 && m == HandlerType.GET) {
      json(ctx, Map.of("customer", store.me(facade, signed, false)));
    } else if (n == 2) {
      json(ctx, Map.of("customer", store.update(facade, signed, body(ctx))));
    } else if (rest.equals("addresses") && n == 3) {
      json(ctx, Map.of("customer", store.addAddress(facade, signed, body(ctx))));
    } else if (rest.equals("addresses") && m == HandlerType.POST) {
      json(ctx, Map.of("customer", store.updateAddress(facade, signed, s.get(3), body(ctx))));
    } else if (rest.equals("addresses")) {
      json(ctx, Map.of("customer", store.deleteAddress(facade, signed, s.get(3))));
    } else if (rest.equals("orders")) {
      int limit = MedusaPayloads.paging("limit", ctx.queryParam("limit"), 10);
      int offset = MedusaPayloads.paging("offset", ctx.queryParam("offset"), 0);
      Map<String, Object> orders = new LinkedHashMap<>();
      orders.put("orders", List.of());
      orders.put("count", 0);
      orders.put("offset", offset);
      orders.put("limit", limit);
      json(ctx, orders);
    } else {
      json(ctx, Map.of("payment_methods", List.of()));
    }
    return true;
  }

  /** The request's customer; none is 401 {@code Unauthorized} (contract §4). */
  private Signed signed(Context ctx, Facade facade) {
    return store
        .authenticate(facade, cookie(ctx), bearer(ctx))
        .orElseThrow(MedusaException::unauthorized);
  }

  /**
   * The path below {@code /{projectKey}/store}, split and percent-decoded; empty segments (from a
   * trailing slash) dropped.
   */
  private static List<String> segments(Context ctx, String projectKey) {
    // The raw path is /{projectKey}/store/…: skip its first two segments, whatever their encoding.
    String[] raw = ctx.path().split("/", -1);
    List<String> segments = new ArrayList<>();
    for (int i = 3; i < raw.length; i++) {
      if (!raw[i].isEmpty()) {
        segments.add(percentDecode(raw[i]));
      }
    }
    return segments;
  }

  static String percentDecode(String segment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%' && i + 2 < segment.length()) {
        int hi = Character.digit(segment.charAt(i + 1), 16);
        int lo = Character.digit(segment.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          bytes.write(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      bytes.write(encoded, 0, encoded.length);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The body as a JSON object (contract #20): empty is {@code {}}; anything but an object, or text
   * that is not UTF-8 or not JSON, is 400.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> body(Context ctx) {
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length > HttpApi.MAX_BODY_BYTES) {
      throw MedusaException.tooLarge();
    }
    String text;
    try {
      text = StrictUtf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw notAnObject();
    }
    if (text.isBlank()) {
      return new LinkedHashMap<>();
    }
    Object value;
    try {
      value = mapper.readValue(text, Object.class);
    } catch (JacksonException e) {
      throw notAnObject();
    } catch (IOException e) {
      throw notAnObject();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw notAnObject();
    }
    return (Map<String, Object>) map;
  }

  private static MedusaException notAnObject() {
    return MedusaException.invalidData("Request body must be a JSON object");
  }

  private static String cookie(Context ctx) {
    String header = ctx.header("Cookie");
    if (header == null) {
      return null;
    }
    for (String part : header.split(";")) {
      String trimmed = part.trim();
      if (trimmed.startsWith(COOKIE + "=")) {
        String value = trimmed.substring(COOKIE.length() + 1);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : percentDecode(value);
      }
    }
    return null;
  }

  private static String bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).trim();
  }

  /** Contract #27. */
  private static void setSession(Context ctx, Facade facade, String token) {
    String forwarded = ctx.header("X-Forwarded-Proto");
    boolean https =
        "https".equalsIgnoreCase(ctx.scheme())
            || (forwarded != null
                && forwarded.split(",")[0].trim().toLowerCase(Locale.ROOT).equals("https"));
    ctx.header(
        "Set-Cookie",
        COOKIE
            + "="
            + token
            + "; Path=/"
            + facade.projectKey()
            + "/store; Max-Age="
            + MedusaStore.SESSION_LIFETIME.toSeconds()
            + "; HttpOnly; "
            + (https ? "SameSite=None; Secure" : "SameSite=Lax"));
  }

  /** Contract #29: a listed origin gets the CORS headers; answers whether it is listed. */
  private boolean cors(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !corsOrigins.contains(origin)) {
      return false;
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Access-Control-Allow-Credentials", "true");
    ctx.header("Vary", "Origin");
    return true;
  }

  private void json(Context ctx, Object body) {
    try {
      byte[] bytes = mapper.writeValueAsBytes(body);
      ctx.status(200).result(bytes);
      ctx.res().setHeader("Content-Type", JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void text(Context ctx, int status, String body) {
    ctx.status(status).contentType(TEXT).result(body);
  }

  private void error(Context ctx, MedusaException e) {
    if (e.plainText()) {
      text(ctx, e.status(), "Unauthorized");
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (e.code() != null) {
      body.put("code", e.code());
    }
    body.put("type", e.type());
    body.put("message", e.getMessage());
    json(ctx, body);
    ctx.status(e.status());
  }

  /** A Customers API error that reached the facade unmapped (should not happen). */
  private static MedusaException translate(CommercetoolsException e) {
    return e.statusCode() == 400
        ? MedusaException.invalidData(e.error().message())
        : MedusaException.unknown();
  }
}
