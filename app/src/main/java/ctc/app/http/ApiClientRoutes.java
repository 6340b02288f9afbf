package ctc.app.http;

import ctc.app.json.BodyReader;
import ctc.app.json.OAuthJson;
import ctc.domain.auth.ApiClientDraft;
import ctc.domain.auth.ApiClients;
import ctc.domain.auth.Permission;
import io.javalin.config.RoutesConfig;

/** The API Clients endpoints: create (the only answer that shows the secret), list, get, delete. */
public final class ApiClientRoutes {

  private static final Access MANAGE = Access.needs(Permission.MANAGE_API_CLIENTS);

  private final ApiClients clients;
  private final BodyReader bodies;

  public ApiClientRoutes(ApiClients clients, BodyReader bodies) {
    this.clients = clients;
    this.bodies = bodies;
  }

  public void register(RoutesConfig routes) {
    String base = "/{projectKey}/api-clients";
    routes.post(
        base,
        ctx ->
            ctx.status(201)
                .json(
                    OAuthJson.created(
                        clients.create(
                            ctx.pathParam("projectKey"),
                            bodies.read(ctx.bodyAsBytes(), ApiClientDraft.class)))),
        MANAGE);
    routes.get(
        base,
        ctx -> ctx.json(OAuthJson.clients(clients.list(ctx.pathParam("projectKey")))),
        MANAGE);
    routes.get(
        base + "/{id}",
        ctx ->
            ctx.json(
                OAuthJson.client(clients.get(ctx.pathParam("projectKey"), ctx.pathParam("id")))),
        MANAGE);
    routes.delete(
        base + "/{id}",
        ctx ->
            ctx.json(
                OAuthJson.client(clients.delete(ctx.pathParam("projectKey"), ctx.pathParam("id")))),
        MANAGE);
  }
}
