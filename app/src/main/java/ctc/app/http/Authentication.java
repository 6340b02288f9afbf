package ctc.app.http;

import ctc.domain.auth.OAuthServer;
import ctc.domain.auth.Permission;
import ctc.domain.auth.Principal;
import ctc.domain.error.Errors;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * The one place that turns the bearer token into a principal and checks the scope a route declares.
 * Handlers never parse tokens. A route that declares nothing is closed: it needs manage_project.
 */
final class Authentication {

  private static final String PRINCIPAL = "ctc.principal";
  private static final String BEARER = "Bearer ";

  private Authentication() {}

  /**
   * Authenticates the request for the route it matched; does nothing for a public route. Answers
   * whether the route is public.
   */
  static boolean check(Context ctx, OAuthServer oauth) {
    Access access = null;
    for (RouteRole role : ctx.routeRoles()) {
      if (Access.PUBLIC.equals(role)) {
        return true;
      }
      if (access == null && role instanceof Access declared) {
        access = declared;
      }
    }
    Principal principal = oauth.authenticate(bearer(ctx));
    Permission needed =
        access instanceof Access.Needs needs
            ? needs.permission()
            : access instanceof Access.NeedsCustomer needsCustomer
                ? needsCustomer.permission()
                : null;
    if (needed == null) {
      throw Errors.insufficientScope("manage_project");
    }
    principal.require(needed, ctx.pathParam("projectKey"), ctx.pathParamMap().get("storeKey"));
    if (access instanceof Access.NeedsCustomer && principal.customerId() == null) {
      throw Errors.customerTokenRequired();
    }
    ctx.attribute(PRINCIPAL, principal);
    return false;
  }

  /** The authenticated caller of a route that declared a permission. */
  static Principal principal(Context ctx) {
    return ctx.attribute(PRINCIPAL);
  }

  private static String bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).trim();
  }
}
