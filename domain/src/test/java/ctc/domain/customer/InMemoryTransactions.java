package ctc.domain.customer;

import ctc.domain.common.Transactions;
import java.util.function.Supplier;

/**
 * {@link Transactions} for in-memory repositories: runs the work directly, on the calling thread.
 *
 * <p>There is nothing to roll back in memory, so a failure part-way leaves the earlier writes in
 * place. Atomicity is a property of the SQL implementation and is proven there ({@code
 * JdbiTransactionsTest} in the persistence module); domain tests using this class check what the
 * work does, not that it is all-or-nothing.
 *
 * <p>{@link #active()} tells whether the calling thread is inside a unit of work, so tests can
 * check that a port is called within the transaction of a write. Thread-safe.
 */
public final class InMemoryTransactions implements Transactions {

  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    depth.set(depth.get() + 1);
    try {
      return work.get();
    } finally {
      depth.set(depth.get() - 1);
    }
  }

  /** Whether the calling thread is running work passed to {@link #inTransaction}. */
  public boolean active() {
    return depth.get() > 0;
  }
}
