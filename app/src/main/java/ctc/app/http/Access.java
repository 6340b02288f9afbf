package ctc.app.http;

import ctc.domain.auth.Permission;
import io.javalin.security.RouteRole;

/**
 * What a route needs, declared where the route is registered; checked in one place ({@link
 * Authentication}).
 */
public sealed interface Access extends RouteRole {

  /**
   * Answers without a token: only the token endpoints and the operations routes (health, metrics,
   * the OpenAPI document and its viewer).
   */
  Access PUBLIC = new Public();

  static Access needs(Permission permission) {
    return new Needs(permission);
  }

  /**
   * The permission, and a customer token: one from the password flow, carrying {@code customer_id}.
   */
  static Access needsCustomer(Permission permission) {
    return new NeedsCustomer(permission);
  }

  /** No token needed. */
  record Public() implements Access {}

  /** A valid token granting the permission for the path's project or store. */
  record Needs(Permission permission) implements Access {}

  /**
   * As {@link Needs}, and the token must name a customer (Decisions table: /me with a token lacking
   * customer_id).
   */
  record NeedsCustomer(Permission permission) implements Access {}
}
