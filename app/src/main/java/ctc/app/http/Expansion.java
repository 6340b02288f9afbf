package ctc.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ctc.domain.common.ResourceRef;
import ctc.domain.customer.Customer;
import ctc.domain.error.Errors;
import ctc.domain.group.CustomerGroup;
import ctc.domain.query.Page;
import ctc.domain.resource.ResourceService;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reference expansion (contract §F, {@code expand}): {@code customerGroup} and {@code
 * customerGroupAssignments[*].customerGroup} get the group as {@code obj}. Without {@code expand}
 * the customer is written as it is; unknown expansion paths are ignored, as commercetools does.
 */
public final class Expansion {

  static final String GROUP = "customerGroup";
  static final String ASSIGNMENTS = "customerGroupAssignments[*].customerGroup";

  /** Most {@code expand} parameters of one request; only two paths mean anything here. */
  static final int MAX_PATHS = 10;

  private final ResourceService<CustomerGroup, ?, ?> groups;
  private final ObjectMapper mapper;

  public Expansion(ResourceService<CustomerGroup, ?, ?> groups, ObjectMapper mapper) {
    this.groups = groups;
    this.mapper = mapper;
  }

  /**
   * Refuses too many {@code expand} parameters before the request does anything: expansion runs
   * after a write, when an error could no longer undo it.
   */
  static void requireBounded(Context ctx) {
    if (ctx.queryParams("expand").size() > MAX_PATHS) {
      throw Errors.tooManyExpansionPaths(MAX_PATHS);
    }
  }

  /**
   * The customer, expanded as the request's {@code expand} parameters ask ({@code prefix} for
   * sign-in results).
   */
  Object customer(Context ctx, Customer customer, String prefix) {
    return customer(ctx, customer, prefix, new HashMap<>());
  }

  Object customer(Context ctx, Customer customer) {
    return customer(ctx, customer, "");
  }

  /** Each group is looked up once per page, however many of its customers name it. */
  Object page(Context ctx, Page<Customer> page) {
    Map<String, Optional<JsonNode>> groupsOfPage = new HashMap<>();
    return page.map(customer -> customer(ctx, customer, "", groupsOfPage));
  }

  private Object customer(
      Context ctx, Customer customer, String prefix, Map<String, Optional<JsonNode>> found) {
    List<String> paths = ctx.queryParams("expand").stream().map(String::trim).toList();
    boolean group = paths.contains(prefix + GROUP) && customer.customerGroup() != null;
    boolean assignments =
        paths.contains(prefix + ASSIGNMENTS) && !customer.customerGroupAssignments().isEmpty();
    if (!group && !assignments) {
      return customer;
    }
    String projectKey = ctx.pathParam("projectKey");
    ObjectNode node = mapper.valueToTree(customer);
    if (group) {
      withObject(node.get(GROUP), projectKey, found);
    }
    if (assignments) {
      node.get("customerGroupAssignments")
          .forEach(a -> withObject(a.get(GROUP), projectKey, found));
    }
    return node;
  }

  /** A group deleted meanwhile is left unexpanded rather than failing the read. */
  private void withObject(
      JsonNode reference, String projectKey, Map<String, Optional<JsonNode>> found) {
    found
        .computeIfAbsent(
            reference.get("id").asText(),
            id ->
                groups
                    .find(projectKey, new ResourceRef.ById(id))
                    .map(group -> (JsonNode) mapper.valueToTree(group)))
        .ifPresent(group -> ((ObjectNode) reference).set("obj", group));
  }
}
