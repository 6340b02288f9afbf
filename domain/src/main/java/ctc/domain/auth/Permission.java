package ctc.domain.auth;

import java.util.List;

/**
 * What a route needs, as a scope name; a token grants it with any of {@code grantedBy} for the
 * path's project (or for the path's store, where the scope has a store form), or with {@code
 * manage_project}.
 */
public enum Permission {
  VIEW_CUSTOMERS("view_customers", List.of("view_customers", "manage_customers"), true),
  MANAGE_CUSTOMERS("manage_customers", List.of("manage_customers"), true),
  MANAGE_MY_PROFILE("manage_my_profile", List.of("manage_my_profile"), true),
  MANAGE_API_CLIENTS("manage_api_clients", List.of("manage_api_clients"), false),
  CREATE_ANONYMOUS_TOKEN("create_anonymous_token", List.of("create_anonymous_token"), false),
  INTROSPECT_OAUTH_TOKENS("introspect_oauth_tokens", List.of("introspect_oauth_tokens"), false),
  VIEW_STORES("view_stores", List.of("view_stores", "manage_stores"), false),
  MANAGE_STORES("manage_stores", List.of("manage_stores"), false),
  VIEW_CUSTOMER_GROUPS(
      "view_customer_groups", List.of("view_customer_groups", "manage_customer_groups"), false),
  MANAGE_CUSTOMER_GROUPS("manage_customer_groups", List.of("manage_customer_groups"), false),
  VIEW_TYPES("view_types", List.of("view_types", "manage_types"), false),
  MANAGE_TYPES("manage_types", List.of("manage_types"), false),
  /** The message contract: never held by a customer's or an anonymous session's token. */
  VIEW_MESSAGES("view_messages", List.of("view_messages"), false, false),
  /**
   * The Customer Search indexing status: commercetools asks for {@code view_project_settings};
   * {@code view_customers} is enough here too, so that a client that may search can ask whether
   * search works (contract Decisions, scope of indexing status).
   */
  VIEW_SEARCH_STATUS(
      "view_project_settings",
      List.of(
          "view_project_settings", "manage_project_settings", "view_customers", "manage_customers"),
      false);

  private final String scopeName;
  private final List<String> grantedBy;
  private final boolean hasStoreForm;
  private final boolean grantedToSessions;

  Permission(String scopeName, List<String> grantedBy, boolean hasStoreForm) {
    this(scopeName, grantedBy, hasStoreForm, true);
  }

  Permission(
      String scopeName, List<String> grantedBy, boolean hasStoreForm, boolean grantedToSessions) {
    this.scopeName = scopeName;
    this.grantedBy = grantedBy;
    this.hasStoreForm = hasStoreForm;
    this.grantedToSessions = grantedToSessions;
  }

  public String scopeName() {
    return scopeName;
  }

  List<String> grantedBy() {
    return grantedBy;
  }

  boolean hasStoreForm() {
    return hasStoreForm;
  }

  /** Whether a token acting for a customer or an anonymous session can hold it at all. */
  boolean grantedToSessions() {
    return grantedToSessions;
  }
}
