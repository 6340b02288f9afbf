package ctc.app.http;

import static ctc.app.http.Requests.actor;
import static ctc.app.http.Requests.scope;

import ctc.app.json.BodyReader;
import ctc.app.json.SignInResult;
import ctc.domain.auth.Permission;
import ctc.domain.customer.CustomerActions;
import ctc.domain.customer.CustomerDraft;
import ctc.domain.customer.CustomerRef;
import ctc.domain.customer.CustomerService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/** The Customers API routes, registered once per scope prefix (project now; in-store in its own issue). */
public final class CustomerRoutes {

  /** One way of naming a customer in the path: its segment pattern and how to read it. */
  private record Target(String segment, Function<Context, CustomerRef> ref) {}

  /** {@code key=…} comes first: the first matching route wins and {@code {id}} would match it too. */
  private static final List<Target> TARGETS = List.of(
      new Target("/key={key}", ctx -> new CustomerRef.ByKey(ctx.pathParam("key"))),
      new Target("/{id}", ctx -> new CustomerRef.ById(ctx.pathParam("id"))));

  private static final Access VIEW = Access.needs(Permission.VIEW_CUSTOMERS);
  private static final Access MANAGE = Access.needs(Permission.MANAGE_CUSTOMERS);

  private final CustomerService customers;
  private final BodyReader bodies;

  public CustomerRoutes(CustomerService customers, BodyReader bodies) {
    this.customers = customers;
    this.bodies = bodies;
  }

  public void register(RoutesConfig routes, String prefix) {
    String base = prefix + "/customers";
    routes.get(base, ctx -> ctx.json(customers.query(scope(ctx), Requests.query(ctx))), VIEW);
    routes.head(base, ctx -> ctx.status(customers.exists(scope(ctx), Requests.query(ctx)) ? 200 : 404), VIEW);
    routes.post(base, ctx -> ctx.status(201).json(new SignInResult(
        customers.create(scope(ctx), bodies.read(ctx.bodyAsBytes(), CustomerDraft.class), actor(ctx)))), MANAGE);
    for (Target target : TARGETS) {
      String path = base + target.segment();
      routes.get(path, ctx -> ctx.json(customers.get(scope(ctx), target.ref().apply(ctx))), VIEW);
      routes.head(path, ctx -> customers.get(scope(ctx), target.ref().apply(ctx)), VIEW);
      routes.post(path, ctx -> ctx.json(customers.update(scope(ctx), target.ref().apply(ctx),
          () -> bodies.update(ctx.bodyAsBytes(), CustomerActions.ALL), actor(ctx))), MANAGE);
      routes.delete(path, ctx -> ctx.json(
          customers.delete(scope(ctx), target.ref().apply(ctx), () -> Requests.version(ctx))), MANAGE);
    }
  }
}
