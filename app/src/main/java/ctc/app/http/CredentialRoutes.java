package ctc.app.http;

import static ctc.app.http.Requests.actor;
import static ctc.app.http.Requests.scope;

import ctc.app.json.BodyReader;
import ctc.app.json.SignInResult;
import ctc.domain.auth.Permission;
import ctc.domain.common.RequestScope;
import ctc.domain.customer.CredentialRequests.CustomerChangePassword;
import ctc.domain.customer.CredentialRequests.CustomerCreateEmailToken;
import ctc.domain.customer.CredentialRequests.CustomerCreatePasswordResetToken;
import ctc.domain.customer.CredentialRequests.CustomerEmailVerify;
import ctc.domain.customer.CredentialRequests.CustomerResetPassword;
import ctc.domain.customer.CredentialRequests.CustomerSignin;
import ctc.domain.customer.CustomerCredentials;
import ctc.domain.customer.SignInThrottle;
import io.javalin.config.RoutesConfig;

/**
 * Sign-in, password and email-token routes, registered once per scope prefix. They must be
 * registered before the customer routes: {@code /customers/password} would otherwise match {@code
 * /customers/{id}}.
 */
public final class CredentialRoutes {

  private static final Access VIEW = Access.needs(Permission.VIEW_CUSTOMERS);
  private static final Access MANAGE = Access.needs(Permission.MANAGE_CUSTOMERS);

  private final CustomerCredentials credentials;
  private final SignInThrottle throttle;
  private final BodyReader bodies;
  private final Expansion expansion;

  public CredentialRoutes(
      CustomerCredentials credentials,
      SignInThrottle throttle,
      BodyReader bodies,
      Expansion expansion) {
    this.credentials = credentials;
    this.throttle = throttle;
    this.bodies = bodies;
    this.expansion = expansion;
  }

  public void register(RoutesConfig routes, String prefix) {
    String customers = prefix + "/customers";
    routes.post(
        prefix + "/login",
        ctx -> {
          RequestScope scope = scope(ctx);
          CustomerSignin signin = bodies.read(ctx.bodyAsBytes(), CustomerSignin.class);
          ctx.json(
              new SignInResult(
                  expansion.customer(
                      ctx,
                      throttle.signIn(
                          scope.projectKey(),
                          signin.email(),
                          Authentication.principal(ctx).clientId(),
                          () -> credentials.signIn(scope, signin)),
                      SignInResult.EXPANSION_PREFIX)));
        },
        MANAGE);
    routes.post(
        customers + "/password",
        ctx -> {
          RequestScope scope = scope(ctx);
          CustomerChangePassword change =
              bodies.read(ctx.bodyAsBytes(), CustomerChangePassword.class);
          ctx.json(
              throttle.passwordChange(
                  scope.projectKey(),
                  change.id(),
                  Authentication.principal(ctx).clientId(),
                  () -> credentials.changePassword(scope, change, actor(ctx))));
        },
        MANAGE);
    routes.post(
        customers + "/password-token",
        ctx ->
            ctx.json(
                credentials.createPasswordToken(
                    scope(ctx),
                    bodies.read(ctx.bodyAsBytes(), CustomerCreatePasswordResetToken.class),
                    actor(ctx))),
        MANAGE);
    routes.get(
        customers + "/password-token={token}",
        ctx -> ctx.json(credentials.customerOfPasswordToken(scope(ctx), ctx.pathParam("token"))),
        VIEW);
    routes.post(
        customers + "/password/reset",
        ctx ->
            ctx.json(
                credentials.resetPassword(
                    scope(ctx),
                    bodies.read(ctx.bodyAsBytes(), CustomerResetPassword.class),
                    actor(ctx))),
        MANAGE);
    routes.post(
        customers + "/email-token",
        ctx ->
            ctx.json(
                credentials.createEmailToken(
                    scope(ctx),
                    bodies.read(ctx.bodyAsBytes(), CustomerCreateEmailToken.class),
                    actor(ctx))),
        MANAGE);
    routes.get(
        customers + "/email-token={token}",
        ctx -> ctx.json(credentials.customerOfEmailToken(scope(ctx), ctx.pathParam("token"))),
        VIEW);
    routes.post(
        customers + "/email/confirm",
        ctx ->
            ctx.json(
                credentials.confirmEmail(
                    scope(ctx),
                    bodies.read(ctx.bodyAsBytes(), CustomerEmailVerify.class),
                    actor(ctx))),
        MANAGE);
  }
}
