package ctc.domain.common;

import java.util.function.Supplier;

/** Runs several repository calls as one database transaction: all of them take effect, or none. */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);
}
