package ctc.app.http;

import static ctc.app.http.Requests.actor;
import static ctc.app.http.Requests.scope;

import ctc.app.json.BodyReader;
import ctc.domain.auth.Permission;
import ctc.domain.resource.KeyedResource;
import ctc.domain.resource.ResourceService;
import io.javalin.config.RoutesConfig;

/**
 * The endpoints of one referenced resource (stores, customer groups, types), all from this one
 * definition: list, create, and get, update and delete by id or key.
 */
public final class ResourceRoutes<R extends KeyedResource<R>, D, A> {

  private final String segment;
  private final ResourceService<R, D, A> service;
  private final Class<D> draftType;
  private final Access view;
  private final Access manage;
  private final BodyReader bodies;

  public ResourceRoutes(
      String segment,
      ResourceService<R, D, A> service,
      Class<D> draftType,
      Permission view,
      Permission manage,
      BodyReader bodies) {
    this.segment = segment;
    this.service = service;
    this.draftType = draftType;
    this.view = Access.needs(view);
    this.manage = Access.needs(manage);
    this.bodies = bodies;
  }

  public void register(RoutesConfig routes) {
    String base = "/{projectKey}/" + segment;
    routes.get(base, ctx -> ctx.json(service.list(scope(ctx), Requests.query(ctx))), view);
    routes.post(
        base,
        ctx ->
            ctx.status(201)
                .json(
                    service.create(
                        scope(ctx), bodies.read(ctx.bodyAsBytes(), draftType), actor(ctx))),
        manage);
    for (PathTargets.Target target : PathTargets.ALL) {
      String path = base + target.segment();
      routes.get(path, ctx -> ctx.json(service.get(scope(ctx), target.ref().apply(ctx))), view);
      routes.post(
          path,
          ctx ->
              ctx.json(
                  service.update(
                      scope(ctx),
                      target.ref().apply(ctx),
                      () -> bodies.update(ctx.bodyAsBytes(), service.actions()),
                      actor(ctx))),
          manage);
      routes.delete(
          path,
          ctx ->
              ctx.json(
                  service.delete(
                      scope(ctx),
                      target.ref().apply(ctx),
                      () -> Requests.version(ctx),
                      actor(ctx))),
          manage);
    }
  }
}
