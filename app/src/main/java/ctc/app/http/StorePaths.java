package ctc.app.http;

import ctc.domain.common.ResourceRef;
import ctc.domain.error.Errors;
import ctc.domain.resource.ResourceService;
import ctc.domain.store.Store;
import io.javalin.http.Context;

/**
 * In-store paths exist only for the project's stores: an unknown store key is 404 (Decisions
 * table). Checked after authentication, so 401 and 403 come first; the in-store token endpoint
 * checks it after client authentication.
 */
public final class StorePaths {

  private final ResourceService<Store, ?, ?> stores;

  public StorePaths(ResourceService<Store, ?, ?> stores) {
    this.stores = stores;
  }

  void require(Context ctx) {
    String storeKey = ctx.pathParamMap().get("storeKey");
    if (storeKey != null
        && stores.find(ctx.pathParam("projectKey"), new ResourceRef.ByKey(storeKey)).isEmpty()) {
      throw Errors.notFoundByKey(storeKey);
    }
  }
}
