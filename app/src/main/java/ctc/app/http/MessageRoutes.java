package ctc.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ctc.domain.auth.Permission;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ResourceRef;
import ctc.domain.customer.CustomerService;
import ctc.domain.message.Message;
import ctc.domain.message.MessageQueries;
import ctc.domain.resource.ResourceService;
import ctc.domain.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Messages API (the message contract's §2): project-level only, read-only. {@code
 * expand=resource} adds the current customer or store as {@code obj} while it exists.
 */
public final class MessageRoutes {

  private static final Access VIEW = Access.needs(Permission.VIEW_MESSAGES);
  private static final String RESOURCE = "resource";

  private final MessageQueries messages;
  private final CustomerService customers;
  private final ResourceService<Store, ?, ?> stores;
  private final ObjectMapper mapper;

  public MessageRoutes(
      MessageQueries messages,
      CustomerService customers,
      ResourceService<Store, ?, ?> stores,
      ObjectMapper mapper) {
    this.messages = messages;
    this.customers = customers;
    this.stores = stores;
    this.mapper = mapper;
  }

  public void register(RoutesConfig routes) {
    String base = "/{projectKey}/messages";
    routes.get(
        base,
        ctx -> {
          Map<ResourceIdentifier, Optional<Object>> found = new HashMap<>();
          ctx.json(
              messages
                  .query(projectKey(ctx), Requests.query(ctx))
                  .map(message -> expanded(ctx, message, found)));
        },
        VIEW);
    routes.head(
        base,
        ctx -> ctx.status(messages.exists(projectKey(ctx), Requests.query(ctx)) ? 200 : 404),
        VIEW);
    routes.get(
        base + "/{id}",
        ctx ->
            ctx.json(
                expanded(ctx, messages.get(projectKey(ctx), ctx.pathParam("id")), new HashMap<>())),
        VIEW);
    routes.head(base + "/{id}", ctx -> messages.get(projectKey(ctx), ctx.pathParam("id")), VIEW);
  }

  private static String projectKey(Context ctx) {
    return ctx.pathParam("projectKey");
  }

  /** Each resource is looked up once per page, however many of its messages there are. */
  private Object expanded(
      Context ctx, Message message, Map<ResourceIdentifier, Optional<Object>> found) {
    if (!ctx.queryParams("expand").stream().map(String::trim).toList().contains(RESOURCE)) {
      return message;
    }
    Optional<Object> resource =
        found.computeIfAbsent(message.resource(), ref -> current(projectKey(ctx), ref));
    if (resource.isEmpty()) {
      return message;
    }
    ObjectNode node = mapper.valueToTree(message);
    ((ObjectNode) node.get(RESOURCE)).set("obj", mapper.valueToTree(resource.get()));
    return node;
  }

  /** Token references and deleted resources have nothing to expand. */
  private Optional<Object> current(String projectKey, ResourceIdentifier ref) {
    if (ref.typeId().equals(ResourceKind.CUSTOMER.typeId())) {
      return customers.find(projectKey, ref.id()).map(Object.class::cast);
    }
    if (ref.typeId().equals(ResourceKind.STORE.typeId())) {
      return stores.find(projectKey, new ResourceRef.ById(ref.id())).map(Object.class::cast);
    }
    return Optional.empty();
  }
}
