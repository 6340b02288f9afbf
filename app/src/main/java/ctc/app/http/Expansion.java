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
import java.util.List;

/**
 * Reference expansion (contract §F, {@code expand}): {@code customerGroup} and
 * {@code customerGroupAssignments[*].customerGroup} get the group as {@code obj}. Without {@code expand} the customer
 * is written as it is; unknown expansion paths are ignored, as commercetools does.
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
   * Refuses too many {@code expand} parameters before the request does anything: expansion runs after a write, when
   * an error could no longer undo it.
   */
  static void requireBounded(Context ctx) {
    if (ctx.queryParams("expand").size() > MAX_PATHS) {
      throw Errors.malformedParameter("expand", "At most " + MAX_PATHS + " expansion paths are allowed.");
    }
  }

  /** The customer, expanded as the request's {@code expand} parameters ask ({@code prefix} for sign-in results). */
  Object customer(Context ctx, Customer customer, String prefix) {
    List<String> paths = ctx.queryParams("expand").stream().map(String::trim).toList();
    boolean group = paths.contains(prefix + GROUP) && customer.customerGroup() != null;
    boolean assignments = paths.contains(prefix + ASSIGNMENTS) && !customer.customerGroupAssignments().isEmpty();
    if (!group && !assignments) {
      return customer;
    }
    String projectKey = ctx.pathParam("projectKey");
    ObjectNode node = mapper.valueToTree(customer);
    if (group) {
      withObject(node.get(GROUP), projectKey);
    }
    if (assignments) {
      node.get("customerGroupAssignments").forEach(a -> withObject(a.get(GROUP), projectKey));
    }
    return node;
  }

  Object customer(Context ctx, Customer customer) {
    return customer(ctx, customer, "");
  }

  Object page(Context ctx, Page<Customer> page) {
    return page.map(customer -> customer(ctx, customer));
  }

  /** A group deleted meanwhile is left unexpanded rather than failing the read. */
  private void withObject(JsonNode reference, String projectKey) {
    groups.find(projectKey, new ResourceRef.ById(reference.get("id").asText()))
        .ifPresent(found -> ((ObjectNode) reference).set("obj", mapper.valueToTree(found)));
  }
}
