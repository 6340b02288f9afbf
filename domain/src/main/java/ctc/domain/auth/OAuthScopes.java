package ctc.domain.auth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * OAuth scope strings: {@code name:projectKey} or, for scopes with a store form, {@code
 * name:projectKey:storeKey}; plus the token-only {@code customer_id:…} and {@code anonymous_id:…}.
 * {@code manage_project} covers every scope of its project and {@code manage_X} covers {@code
 * view_X} (Decisions table: requested scope).
 */
public final class OAuthScopes {

  static final String MANAGE_PROJECT = "manage_project";
  static final String CUSTOMER_ID = "customer_id";
  static final String ANONYMOUS_ID = "anonymous_id";

  private OAuthScopes() {}

  /** The scopes of a space-separated list, in order and without repeats. */
  public static List<String> parse(String scope) {
    return scope == null
        ? List.of()
        : List.copyOf(
            Arrays.stream(scope.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  public static String join(List<String> scopes) {
    return String.join(" ", scopes);
  }

  /** Whether an API client of the project may hold this scope: a known name, of this project. */
  static boolean assignable(String scope, String projectKey) {
    String[] parts = scope.split(":", -1);
    if (parts.length < 2 || parts.length > 3 || !parts[1].equals(projectKey)) {
      return false;
    }
    if (parts[0].equals(MANAGE_PROJECT)) {
      return parts.length == 2;
    }
    return Arrays.stream(Permission.values())
        .anyMatch(
            p ->
                p.grantedBy().contains(parts[0])
                    && (parts.length == 2 || (p.hasStoreForm() && !parts[2].isEmpty())));
  }

  /** Whether holding {@code held} also gives {@code wanted} (both of the same project). */
  static boolean covers(String held, String wanted) {
    if (held.equals(wanted)) {
      return true;
    }
    String[] h = held.split(":", -1);
    String[] w = wanted.split(":", -1);
    if (!h[1].equals(w[1])) {
      return false;
    }
    if (h[0].equals(MANAGE_PROJECT)) {
      return true;
    }
    boolean sameOrWiderStore = h.length == 2 || (w.length == 3 && h[2].equals(w[2]));
    boolean sameOrStronger =
        h[0].equals(w[0])
            || (h[0].startsWith("manage_")
                && w[0].startsWith("view_")
                && h[0].substring("manage_".length()).equals(w[0].substring("view_".length())));
    return sameOrWiderStore && sameOrStronger;
  }

  /**
   * Whether {@code held} grants the permission on the project, or on the store when {@code
   * storeKey} is set.
   */
  static boolean grants(
      Set<String> held, Permission permission, String projectKey, String storeKey) {
    if (held.contains(MANAGE_PROJECT + ":" + projectKey)) {
      return true;
    }
    return permission.grantedBy().stream()
        .anyMatch(
            name ->
                held.contains(name + ":" + projectKey)
                    || (storeKey != null
                        && permission.hasStoreForm()
                        && held.contains(name + ":" + projectKey + ":" + storeKey)));
  }
}
