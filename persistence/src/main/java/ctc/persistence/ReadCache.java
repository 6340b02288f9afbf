package ctc.persistence;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Rows a repository read by key, kept in this process for the reads after it. Correct only where
 * this process makes every write of those rows (the embedded database); with a shared database it
 * is {@link #off}. The rules it keeps (README, Design):
 *
 * <ul>
 *   <li>Only committed data enters: a read on a thread that holds a handle (a transaction) neither
 *       uses nor fills the cache.
 *   <li>A write invalidates its key when it is made and again after its transaction commits, so the
 *       read after an acknowledged write (a revocation, a deletion, an update) goes to the
 *       database; or, for a write that says what it committed, the key then holds that value, if no
 *       other write of its stripe came in between.
 *   <li>A read fills the cache only if no write of a key of its stripe happened between its start
 *       and its end; otherwise it might bring back what a write just removed.
 *   <li>Unknown keys are not kept, so guessing cannot fill memory; past {@code capacity} entries an
 *       arbitrary tenth is dropped.
 * </ul>
 */
public final class ReadCache<K, V> {

  private static final int STRIPES = 1024;

  private final Jdbi jdbi;
  private final int capacity;
  private final Map<K, V> entries = new ConcurrentHashMap<>();

  /** Writes per stripe of keys; a read compares its stripe before and after. */
  private final AtomicLongArray writes = new AtomicLongArray(STRIPES);

  /** Writes that may have changed any key (a deletion by a column other than the key). */
  private final AtomicLong writesOfAll = new AtomicLong();

  private final boolean enabled;

  private ReadCache(Jdbi jdbi, int capacity, boolean enabled) {
    this.jdbi = jdbi;
    this.capacity = capacity;
    this.enabled = enabled;
  }

  /**
   * A cache of at most {@code capacity} entries over reads and writes made through {@code jdbi}.
   */
  public static <K, V> ReadCache<K, V> of(Jdbi jdbi, int capacity) {
    return new ReadCache<>(jdbi, capacity, capacity > 0);
  }

  /** Every read goes to the database. */
  public static <K, V> ReadCache<K, V> off(Jdbi jdbi) {
    return new ReadCache<>(jdbi, 0, false);
  }

  /** The cached value, or what {@code load} reads (kept when the rules allow). */
  public Optional<V> get(K key, Supplier<Optional<V>> load) {
    if (!enabled || jdbi.getHandleScope().get() != null) {
      return load.get();
    }
    V cached = entries.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    int stripe = stripe(key);
    long before = writes.get(stripe);
    long beforeAll = writesOfAll.get();
    Optional<V> loaded = load.get();
    loaded.ifPresent(
        value -> {
          if (entries.size() >= capacity) {
            shrink();
          }
          // Under the map's lock for the key, so that a write's removal of it cannot fall between
          // the comparison and the put.
          entries.compute(
              key,
              (k, current) ->
                  writes.get(stripe) == before && writesOfAll.get() == beforeAll ? value : current);
        });
    return loaded;
  }

  /** A write of {@code key} on {@code handle}: the key is dropped now and after the commit. */
  public void written(Handle handle, K key) {
    if (!enabled) {
      return;
    }
    Runnable drop =
        () -> {
          writes.incrementAndGet(stripe(key));
          entries.remove(key);
        };
    drop.run();
    if (handle.isInTransaction()) {
      handle.afterCommit(drop);
    }
  }

  /**
   * A write in a transaction that leaves {@code committed} as the value of {@code key}: the key is
   * dropped now, and after the commit it holds {@code committed}, unless another write of its
   * stripe came in between (then it is only dropped). The read after an acknowledged update then
   * needs no database: an update reads what it changes, and JFR put 13% of an update's time in that
   * read once the write had dropped the key.
   */
  public void written(Handle handle, K key, V committed) {
    if (!enabled || !handle.isInTransaction()) {
      written(handle, key);
      return;
    }
    int stripe = stripe(key);
    long mine = writes.incrementAndGet(stripe);
    long mineAll = writesOfAll.get();
    entries.remove(key);
    handle.afterCommit(
        () -> {
          if (entries.size() >= capacity) {
            shrink();
          }
          // The increment, under the key's lock, turns away a read that began before the commit
          // and would put back what it found then.
          entries.compute(
              key,
              (k, current) -> {
                boolean alone =
                    writes.getAndIncrement(stripe) == mine && writesOfAll.get() == mineAll;
                return alone ? committed : null;
              });
        });
  }

  /** A write that may have changed any key: everything is dropped now and after the commit. */
  public void writtenAll(Handle handle) {
    if (!enabled) {
      return;
    }
    Runnable drop =
        () -> {
          writesOfAll.incrementAndGet();
          entries.clear();
        };
    drop.run();
    if (handle.isInTransaction()) {
      handle.afterCommit(drop);
    }
  }

  private void shrink() {
    int drop = Math.max(1, capacity / 10);
    Iterator<K> keys = entries.keySet().iterator();
    while (drop-- > 0 && keys.hasNext()) {
      keys.next();
      keys.remove();
    }
  }

  private static int stripe(Object key) {
    int hash = key.hashCode();
    return (hash ^ (hash >>> 16)) & (STRIPES - 1);
  }
}
