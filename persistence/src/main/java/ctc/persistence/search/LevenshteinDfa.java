package ctc.persistence.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * The automaton of the UTF-8 terms within a distance of an ASCII word (restricted
 * Damerau–Levenshtein: a swap of neighbours counts 1), built straight on bytes.
 *
 * <p>Lucene's {@code LevenshteinAutomata} builds over all of Unicode, then converts to UTF-8 and
 * determinises: about 130 µs at distance 1 and 1.3 ms at distance 2 for a ten-letter name, more
 * than the rest of a fuzzy search, for every term a user mistypes anew. Analysed names are ASCII
 * almost always (accents are folded), and for an ASCII word every character outside it behaves
 * alike, so the states here are subsets of the non-deterministic automaton's (position, edits)
 * pairs held as bit masks, and any character outside the word, of any UTF-8 length, is one symbol.
 */
final class LevenshteinDfa {

  /** Positions 0 to the length are bits of one long. */
  static final int MAX_LENGTH = 62;

  private final long[] vectors = new long[128];
  private final byte[] letters;
  private final int distance;
  private final int length;
  private final long positions;
  private final long inWord;

  private final Map<Key, Integer> numbers = new HashMap<>();
  private final List<long[]> states = new ArrayList<>();

  private LevenshteinDfa(String word, int distance) {
    this.distance = distance;
    length = word.length();
    positions = (1L << (length + 1)) - 1;
    inWord = (1L << length) - 1;
    for (int i = 0; i < length; i++) {
      vectors[word.charAt(i)] |= 1L << i;
    }
    int count = 0;
    for (long vector : vectors) {
      count += vector == 0 ? 0 : 1;
    }
    letters = new byte[count];
    for (int c = 0, at = 0; c < vectors.length; c++) {
      if (vectors[c] != 0) {
        letters[at++] = (byte) c;
      }
    }
  }

  /**
   * The compiled automaton, or null when the word is not ASCII or longer than {@link #MAX_LENGTH}
   * (Lucene's builder serves those).
   */
  static CompiledAutomaton compile(String word, int distance) {
    if (distance < 1 || distance > 2 || word.isEmpty() || word.length() > MAX_LENGTH) {
      return null;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 128) {
        return null;
      }
    }
    return new LevenshteinDfa(word, distance).build();
  }

  /**
   * A state: for each number of edits e, the word positions reached with e edits ({@code e}) and
   * the positions i where w[i+1] was read for w[i] and w[i] must follow ({@code distance + 1 + e}).
   */
  private record Key(long[] masks) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key that && Arrays.equals(masks, that.masks);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(masks);
    }
  }

  private CompiledAutomaton build() {
    long[] start = new long[2 * (distance + 1)];
    start[0] = 1;
    number(start);
    // next[s][j]: the state after letter j (the last column: any other character); -1 for none.
    List<int[]> next = new ArrayList<>();
    ArrayDeque<Integer> pending = new ArrayDeque<>(List.of(0));
    while (!pending.isEmpty()) {
      long[] state = states.get(pending.poll());
      int[] row = new int[letters.length + 1];
      for (int j = 0; j <= letters.length; j++) {
        int before = states.size();
        row[j] = number(step(state, j < letters.length ? vectors[letters[j]] : 0));
        if (states.size() > before) {
          pending.add(row[j]);
        }
      }
      next.add(row);
    }
    return new CompiledAutomaton(
        automaton(next), true, false, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
  }

  /** The state's number, numbering it when new; -1 for the dead state. */
  private int number(long[] masks) {
    boolean dead = true;
    for (long mask : masks) {
      dead &= mask == 0;
    }
    if (dead) {
      return -1;
    }
    return numbers.computeIfAbsent(
        new Key(masks),
        key -> {
          states.add(masks);
          return states.size() - 1;
        });
  }

  /** Reading one character whose positions in the word are {@code vector}. */
  private long[] step(long[] before, long vector) {
    int k = distance;
    long[] state = withSkips(before);
    long[] next = new long[state.length];
    for (int e = 0; e <= k; e++) {
      long at = state[e];
      long swapped = state[k + 1 + e];
      next[e] |= (at & vector) << 1 | (swapped & vector) << 2;
      if (e < k) {
        next[e + 1] |= (at & inWord) << 1 | at;
        next[k + 2 + e] |= at & (vector >>> 1) & ~vector;
      }
    }
    return withoutCovered(next);
  }

  /** The state and the positions it reaches by skipping word characters. */
  private long[] withSkips(long[] state) {
    long[] masks = state.clone();
    for (int e = 0; e < distance; e++) {
      masks[e + 1] |= (masks[e] & inWord) << 1;
    }
    return masks;
  }

  /**
   * Drops each position that one with fewer edits covers, so that equal states compare equal: (i,
   * e) accepts nothing beyond (j, f) when f &lt; e and |i − j| ≤ e − f. Skips are not kept in a
   * state, as (j, f) covers its own skips only by making them.
   */
  private long[] withoutCovered(long[] masks) {
    int k = distance;
    for (int e = k; e >= 1; e--) {
      long covered = 0;
      for (int f = 0; f < e; f++) {
        long spread = masks[f];
        for (int d = 0; d < e - f; d++) {
          spread |= spread << 1 | spread >>> 1;
        }
        covered |= spread;
      }
      masks[e] &= ~covered;
    }
    for (int e = 0; e <= k; e++) {
      masks[e] &= positions;
    }
    return masks;
  }

  /**
   * The byte automaton: the DFA's states first (state 0 the start), then for every state that other
   * characters lead to, the states after one, two and three continuation bytes of a multi-byte
   * character.
   */
  private Automaton automaton(List<int[]> next) {
    Automaton automaton = new Automaton(states.size() * 2, states.size() * 8);
    for (int s = 0; s < states.size(); s++) {
      automaton.createState();
    }
    int other = letters.length;
    Map<Integer, int[]> continuations = new HashMap<>();
    for (int[] row : next) {
      if (row[other] >= 0 && !continuations.containsKey(row[other])) {
        continuations.put(
            row[other],
            new int[] {automaton.createState(), automaton.createState(), automaton.createState()});
      }
    }
    for (int s = 0; s < states.size(); s++) {
      int[] row = next.get(s);
      int from = 0;
      for (int j = 0; j <= letters.length; j++) {
        int letter = j < letters.length ? letters[j] : 128;
        range(automaton, s, from, letter - 1, row[other]);
        if (j < letters.length) {
          range(automaton, s, letter, letter, row[j]);
        }
        from = letter + 1;
      }
      if (row[other] >= 0) {
        int[] after = continuations.get(row[other]);
        automaton.addTransition(s, after[0], 0xC2, 0xDF);
        automaton.addTransition(s, after[1], 0xE0, 0xEF);
        automaton.addTransition(s, after[2], 0xF0, 0xF4);
      }
      long[] state = withSkips(states.get(s));
      for (int e = 0; e <= distance; e++) {
        if ((state[e] >>> length & 1) != 0) {
          automaton.setAccept(s, true);
        }
      }
    }
    continuations.forEach(
        (target, after) -> {
          automaton.addTransition(after[0], target, 0x80, 0xBF);
          automaton.addTransition(after[1], after[0], 0x80, 0xBF);
          automaton.addTransition(after[2], after[1], 0x80, 0xBF);
        });
    automaton.finishState();
    return automaton;
  }

  private static void range(Automaton automaton, int source, int min, int max, int target) {
    if (target >= 0 && min <= max) {
      automaton.addTransition(source, target, min, max);
    }
  }
}
