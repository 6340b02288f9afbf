package ctc.domain.common;

import java.util.List;

/**
 * Where a request acts: a project, and optionally one store of it (the in-store API).
 *
 * <p>The single place that decides which customers a store path can see (contract Decisions table:
 * global customers are visible in every store; a store customer only in its stores).
 */
public record RequestScope(String projectKey, String storeKey) {

  public static RequestScope project(String projectKey) {
    return new RequestScope(projectKey, null);
  }

  public boolean inStore() {
    return storeKey != null;
  }

  public boolean admits(List<KeyReference> stores) {
    return storeKey == null
        || stores.isEmpty()
        || stores.stream().anyMatch(s -> s.key().equals(storeKey));
  }

  /**
   * Who may sign in (and get a password token by email) here: project-wide only global customers
   * (contract §G4), in a store the customers it admits.
   */
  public boolean admitsSignIn(List<KeyReference> stores) {
    return storeKey == null ? stores.isEmpty() : admits(stores);
  }
}
