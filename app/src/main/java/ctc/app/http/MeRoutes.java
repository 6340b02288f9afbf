package ctc.app.http;

import static ctc.app.http.Requests.actor;
import static ctc.app.http.Requests.customerId;
import static ctc.app.http.Requests.scope;

import ctc.app.json.BodyReader;
import ctc.app.json.SignInResult;
import ctc.domain.auth.Permission;
import ctc.domain.common.RequestScope;
import ctc.domain.customer.CustomerActions;
import ctc.domain.customer.MyProfile;
import ctc.domain.customer.MyRequests.MyCustomerChangePassword;
import ctc.domain.customer.MyRequests.MyCustomerDraft;
import ctc.domain.customer.MyRequests.MyCustomerEmailVerify;
import ctc.domain.customer.MyRequests.MyCustomerResetPassword;
import ctc.domain.customer.MyRequests.MyCustomerSignin;
import ctc.domain.customer.SignInThrottle;
import io.javalin.config.RoutesConfig;

/**
 * My Customer Profile (contract C3, C4), registered once per scope prefix. The customer is the
 * token's; updates take only the MyCustomerUpdateActions (the registry's /me subset), and drafts
 * only MyCustomerDraft's fields.
 */
public final class MeRoutes {

  private static final Access ANY_TOKEN = Access.needs(Permission.MANAGE_MY_PROFILE);
  private static final Access CUSTOMER = Access.needsCustomer(Permission.MANAGE_MY_PROFILE);

  private final MyProfile profile;
  private final SignInThrottle throttle;
  private final BodyReader bodies;
  private final Expansion expansion;

  public MeRoutes(
      MyProfile profile, SignInThrottle throttle, BodyReader bodies, Expansion expansion) {
    this.profile = profile;
    this.throttle = throttle;
    this.bodies = bodies;
    this.expansion = expansion;
  }

  public void register(RoutesConfig routes, String prefix) {
    String me = prefix + "/me";
    routes.post(
        me + "/signup",
        ctx ->
            ctx.status(201)
                .json(
                    new SignInResult(
                        expansion.customer(
                            ctx,
                            profile.signUp(
                                scope(ctx),
                                bodies.readStrict(ctx.bodyAsBytes(), MyCustomerDraft.class),
                                actor(ctx)),
                            SignInResult.EXPANSION_PREFIX))),
        ANY_TOKEN);
    routes.post(
        me + "/login",
        ctx -> {
          RequestScope scope = scope(ctx);
          MyCustomerSignin signin = bodies.readStrict(ctx.bodyAsBytes(), MyCustomerSignin.class);
          ctx.json(
              new SignInResult(
                  expansion.customer(
                      ctx,
                      throttle.signIn(
                          scope.projectKey(),
                          signin.email(),
                          Authentication.principal(ctx).clientId(),
                          () -> profile.signIn(scope, signin)),
                      SignInResult.EXPANSION_PREFIX)));
        },
        ANY_TOKEN);
    routes.post(
        me + "/password",
        ctx -> {
          RequestScope scope = scope(ctx);
          MyCustomerChangePassword change =
              bodies.readStrict(ctx.bodyAsBytes(), MyCustomerChangePassword.class);
          ctx.json(
              throttle.passwordChange(
                  scope.projectKey(),
                  customerId(ctx),
                  Authentication.principal(ctx).clientId(),
                  () -> profile.changePassword(scope, customerId(ctx), change, actor(ctx))));
        },
        CUSTOMER);
    routes.post(
        me + "/password/reset",
        ctx ->
            ctx.json(
                profile.resetPassword(
                    scope(ctx),
                    customerId(ctx),
                    bodies.readStrict(ctx.bodyAsBytes(), MyCustomerResetPassword.class),
                    actor(ctx))),
        CUSTOMER);
    routes.post(
        me + "/email/confirm",
        ctx ->
            ctx.json(
                profile.confirmEmail(
                    scope(ctx),
                    customerId(ctx),
                    bodies.readStrict(ctx.bodyAsBytes(), MyCustomerEmailVerify.class),
                    actor(ctx))),
        CUSTOMER);
    routes.get(
        me,
        ctx ->
            ctx.json(
                expansion.customer(
                    ctx, profile.me(scope(ctx), customerId(ctx), Requests.query(ctx)))),
        CUSTOMER);
    routes.post(
        me,
        ctx ->
            ctx.json(
                expansion.customer(
                    ctx,
                    profile.update(
                        scope(ctx),
                        customerId(ctx),
                        () -> bodies.update(ctx.bodyAsBytes(), CustomerActions.MY),
                        actor(ctx)))),
        CUSTOMER);
    routes.delete(
        me,
        ctx ->
            ctx.json(
                profile.delete(
                    scope(ctx), customerId(ctx), () -> Requests.version(ctx), actor(ctx))),
        CUSTOMER);
  }
}
