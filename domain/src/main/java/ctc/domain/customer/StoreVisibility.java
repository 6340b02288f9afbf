package ctc.domain.customer;

import ctc.domain.common.RequestScope;
import ctc.domain.error.Errors;
import ctc.domain.update.WriteRules;

/** What customers add to the write path: a store's path sees only its own and global customers. */
final class StoreVisibility implements WriteRules<Customer> {

  @Override
  public boolean visible(RequestScope scope, Customer customer) {
    return scope.admits(customer.stores());
  }

  /**
   * A write through a store's path may not move the customer out of that store: the store would
   * lose a customer it cannot see any more, and the caller, scoped to that store, would have acted
   * on another store's data.
   */
  @Override
  public void check(RequestScope scope, Customer next) {
    if (!scope.admits(next.stores())) {
      throw Errors.customerLeavesStore(scope.storeKey());
    }
    CustomerLimits.check(next);
  }
}
