package ctc.persistence.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far one index has followed the change feed. Numbers are given when a change is written but
 * become visible when its transaction commits, so a number below the highest one read may still
 * appear: such gaps are asked for again on every poll until they show up or {@link #GAP_WAIT_NANOS}
 * passed (a rolled-back change leaves a gap for good). Not thread-safe: one follower owns it.
 */
final class FeedPosition {

  /** Longer than any transaction that writes a customer takes between its insert and commit. */
  static final long GAP_WAIT_NANOS = 30_000_000_000L;

  /** Gaps wider than this are numbers the database skipped, not transactions in flight. */
  private static final long MAX_GAP = 1000;

  private long highest;
  private final Map<Long, Long> gaps = new HashMap<>();

  FeedPosition(long start) {
    this.highest = start;
  }

  /** Every change up to this number has been applied: where to resume after a restart. */
  long safe() {
    return gaps.keySet().stream().mapToLong(Long::longValue).min().orElse(highest + 1) - 1;
  }

  /**
   * The rows to apply now: late ones that filled gaps, then new ones. The position moves past them
   * at once; {@link #undo} moves it back when they could not be applied.
   */
  Poll poll(JdbiCustomerChanges changes, int batch, long nowNanos) {
    Poll.Before before = new Poll.Before(highest, Map.copyOf(gaps));
    List<JdbiCustomerChanges.Row> rows = new ArrayList<>(changes.among(gaps.keySet()));
    rows.forEach(row -> gaps.remove(row.seq()));
    gaps.values().removeIf(firstSeen -> nowNanos - firstSeen > GAP_WAIT_NANOS);
    List<JdbiCustomerChanges.Row> fresh = changes.after(highest, batch);
    for (JdbiCustomerChanges.Row row : fresh) {
      if (row.seq() - highest - 1 <= MAX_GAP) {
        for (long missing = highest + 1; missing < row.seq(); missing++) {
          gaps.put(missing, nowNanos);
        }
      }
      highest = row.seq();
    }
    rows.addAll(fresh);
    return new Poll(rows, fresh.size() == batch, before);
  }

  /** Back to where the position was before the poll, so that its rows are read again. */
  void undo(Poll poll) {
    highest = poll.before().highest();
    gaps.clear();
    gaps.putAll(poll.before().gaps());
  }

  /** What one poll read; {@code more} when the batch was full. */
  record Poll(List<JdbiCustomerChanges.Row> rows, boolean more, Before before) {

    /** The position before the poll. */
    record Before(long highest, Map<Long, Long> gaps) {}
  }
}
