package ctc.domain.update;

import ctc.domain.common.RequestScope;

/**
 * What one kind of resource adds to the write path: which stored resources a scope sees, and what
 * it may store.
 */
public interface WriteRules<R> {

  /** Whether the scope sees the resource; one it does not see is 404, as if it did not exist. */
  boolean visible(RequestScope scope, R resource);

  /**
   * Refuses a version made from the client's input (a create, update actions) before it is saved.
   */
  void check(RequestScope scope, R next);

  /**
   * For resources that every scope of their project sees and that their factory and actions fully
   * check.
   */
  static <R> WriteRules<R> none() {
    return new WriteRules<>() {
      @Override
      public boolean visible(RequestScope scope, R resource) {
        return true;
      }

      @Override
      public void check(RequestScope scope, R next) {}
    };
  }
}
