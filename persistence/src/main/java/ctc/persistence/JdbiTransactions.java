package ctc.persistence;

import ctc.domain.common.Transactions;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One database transaction around several repository calls: Jdbi hands nested calls on the same
 * thread the handle of the outermost one, so the repositories' own transactions join this one.
 */
public final class JdbiTransactions implements Transactions {

  private final Jdbi jdbi;

  public JdbiTransactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return jdbi.inTransaction(handle -> work.get());
  }
}
