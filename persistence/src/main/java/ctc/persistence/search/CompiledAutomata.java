package ctc.persistence.search;

import java.util.Iterator;
import java.util.LinkedHashMap;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * The compiled automata of the most recently searched fuzzy and prefix terms, the least recently
 * used dropped beyond the capacity. Compiling a Levenshtein automaton costs as much as the rest of
 * a fuzzy search, and an automaton depends on the term alone, so one entry serves every query (and
 * every index generation) that repeats the term. Only a term asked for a second time is kept: most
 * typos are typed once, and keeping each would push the cache's entries into the old generation by
 * the thousand per second, to die there (G1 then marks twice a second, each time pausing some 15 ms
 * to unload classes, measured at 100,000 customers).
 */
final class CompiledAutomata {

  /**
   * The budget in bytes: the automaton of a name of about ten letters takes about 16 KiB at
   * distance 1 and 50 KiB at distance 2 (Lucene's, for names with other than ASCII letters, 23 to
   * 100 KiB), so this keeps some 1,000 to 300 of them.
   */
  static final long BUDGET = 16L << 20;

  static final CompiledAutomata SHARED = new CompiledAutomata(BUDGET);

  private record Key(String text, int distance) {}

  private final long budget;

  /** Least recently used first; guarded by itself, as is {@link #bytes}. */
  private final LinkedHashMap<Key, CompiledAutomaton> recent = new LinkedHashMap<>(16, 0.75f, true);

  private long bytes;

  /** Hashes of terms asked for once, by their low bits; guarded by {@link #recent}. */
  private final int[] seenOnce = new int[4096];

  CompiledAutomata(long budget) {
    this.budget = budget;
  }

  /** The terms starting with {@code prefix}. */
  CompiledAutomaton prefix(String prefix) {
    return get(new Key(prefix, -1));
  }

  /** The terms within {@code distance} edits of {@code term}, a swap of neighbours counting 1. */
  CompiledAutomaton fuzzy(String term, int distance) {
    if (distance < 0) {
      throw new IllegalArgumentException("A negative distance: " + distance);
    }
    return get(new Key(term, distance));
  }

  int size() {
    synchronized (recent) {
      return recent.size();
    }
  }

  long bytes() {
    synchronized (recent) {
      return bytes;
    }
  }

  private CompiledAutomaton get(Key key) {
    synchronized (recent) {
      CompiledAutomaton known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    // Compiled outside the lock so that searches of other terms do not wait; two searches
    // compiling the same new term at once both do the work, which is rare and harmless.
    CompiledAutomaton compiled = compile(key);
    synchronized (recent) {
      int hash = key.hashCode();
      int slot = (hash ^ hash >>> 16) & (seenOnce.length - 1);
      if (seenOnce[slot] != hash) {
        seenOnce[slot] = hash;
        return compiled;
      }
      CompiledAutomaton replaced = recent.put(key, compiled);
      bytes += compiled.ramBytesUsed() - (replaced == null ? 0 : replaced.ramBytesUsed());
      Iterator<CompiledAutomaton> eldestFirst = recent.values().iterator();
      while (bytes > budget && eldestFirst.hasNext()) {
        bytes -= eldestFirst.next().ramBytesUsed();
        eldestFirst.remove();
      }
    }
    return compiled;
  }

  private static CompiledAutomaton compile(Key key) {
    if (key.distance() < 0) {
      return new CompiledAutomaton(
          PrefixQuery.toAutomaton(new BytesRef(key.text())),
          false,
          true,
          Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
          true);
    }
    CompiledAutomaton direct = LevenshteinDfa.compile(key.text(), key.distance());
    return direct != null
        ? direct
        : FuzzyQuery.getFuzzyAutomaton(key.text(), key.distance(), 0, true);
  }
}
