package ctc.app.http;

import ctc.domain.auth.OAuthServer;
import ctc.domain.auth.Permission;
import ctc.domain.auth.Principal;
import ctc.domain.error.Errors;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that turns the bearer token into a principal and checks the scope a route declares.
 * Handlers never parse tokens. A route that declares nothing is closed: it needs manage_project.
 */
final class Authentication {

  private static final String PRINCIPAL = "ctc.principal";
  private static final String BEARER = "Bearer ";

  private Authentication() {}

  static void install(JavalinConfig config, OAuthServer oauth) {
    config.routes.beforeMatched(
        ctx -> {
          Set<Access> declared =
              ctx.routeRoles().stream()
                  .filter(Access.class::isInstance)
                  .map(Access.class::cast)
                  .collect(Collectors.toSet());
          if (declared.contains(Access.PUBLIC)) {
            return;
          }
          Access access = declared.stream().findFirst().orElse(null);
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
          principal.require(
              needed, ctx.pathParam("projectKey"), ctx.pathParamMap().get("storeKey"));
          if (access instanceof Access.NeedsCustomer && principal.customerId() == null) {
            throw Errors.customerTokenRequired();
          }
          ctx.attribute(PRINCIPAL, principal);
        });
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
