package ctc.app.http;

import ctc.app.json.BodyReader;
import ctc.domain.auth.Permission;
import ctc.domain.search.CustomerSearch;
import io.javalin.config.RoutesConfig;

/**
 * Customer Search (contract customer-search §1): project-wide only, and registered before the
 * {@code /customers/{id}} routes so that {@code search} is not read as a customer id.
 */
public final class SearchRoutes {

  private static final Access SEARCH = Access.needs(Permission.VIEW_CUSTOMERS);
  private static final Access STATUS = Access.needs(Permission.VIEW_SEARCH_STATUS);

  private final CustomerSearch search;
  private final BodyReader bodies;

  public SearchRoutes(CustomerSearch search, BodyReader bodies) {
    this.search = search;
    this.bodies = bodies;
  }

  public void register(RoutesConfig routes) {
    String base = "/{projectKey}/customers/search";
    routes.post(
        base,
        ctx ->
            ctx.json(
                search.search(ctx.pathParam("projectKey"), () -> bodies.tree(ctx.bodyAsBytes()))),
        SEARCH);
    routes.head(base, ctx -> search.requireReady(), SEARCH);
    routes.get(base + "/indexing-status", ctx -> ctx.json(search.status()), STATUS);
  }
}
