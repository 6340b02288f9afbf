package ctc.app.http;

import static ctc.app.http.Requests.actor;
import static ctc.app.http.Requests.scope;

import ctc.app.json.BodyReader;
import ctc.app.json.SignInResult;
import ctc.domain.auth.Permission;
import ctc.domain.customer.CustomerActions;
import ctc.domain.customer.CustomerDraft;
import ctc.domain.customer.CustomerService;
import io.javalin.config.RoutesConfig;

/**
 * The Customers API routes, registered once per scope prefix: the project and each of its stores.
 */
public final class CustomerRoutes {

  private static final Access VIEW = Access.needs(Permission.VIEW_CUSTOMERS);
  private static final Access MANAGE = Access.needs(Permission.MANAGE_CUSTOMERS);

  private final CustomerService customers;
  private final BodyReader bodies;
  private final Expansion expansion;

  public CustomerRoutes(CustomerService customers, BodyReader bodies, Expansion expansion) {
    this.customers = customers;
    this.bodies = bodies;
    this.expansion = expansion;
  }

  public void register(RoutesConfig routes, String prefix) {
    String base = prefix + "/customers";
    routes.get(
        base,
        ctx -> ctx.json(expansion.page(ctx, customers.query(scope(ctx), Requests.query(ctx)))),
        VIEW);
    routes.head(
        base,
        ctx -> ctx.status(customers.exists(scope(ctx), Requests.query(ctx)) ? 200 : 404),
        VIEW);
    routes.post(
        base,
        ctx ->
            ctx.status(201)
                .json(
                    new SignInResult(
                        expansion.customer(
                            ctx,
                            customers.create(
                                scope(ctx),
                                bodies.read(ctx.bodyAsBytes(), CustomerDraft.class),
                                actor(ctx)),
                            SignInResult.EXPANSION_PREFIX))),
        MANAGE);
    for (PathTargets.Target target : PathTargets.ALL) {
      String path = base + target.segment();
      routes.get(
          path,
          ctx ->
              ctx.json(expansion.customer(ctx, customers.get(scope(ctx), target.ref().apply(ctx)))),
          VIEW);
      routes.head(path, ctx -> customers.get(scope(ctx), target.ref().apply(ctx)), VIEW);
      routes.post(
          path,
          ctx ->
              ctx.json(
                  expansion.customer(
                      ctx,
                      customers.update(
                          scope(ctx),
                          target.ref().apply(ctx),
                          () -> bodies.update(ctx.bodyAsBytes(), CustomerActions.ALL),
                          actor(ctx)))),
          MANAGE);
      routes.delete(
          path,
          ctx ->
              ctx.json(
                  expansion.customer(
                      ctx,
                      customers.delete(
                          scope(ctx),
                          target.ref().apply(ctx),
                          () -> Requests.version(ctx),
                          Requests.flag(ctx, "dataErasure"),
                          actor(ctx)))),
          MANAGE);
    }
  }
}
