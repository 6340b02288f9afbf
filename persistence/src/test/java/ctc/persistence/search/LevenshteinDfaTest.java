package ctc.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.Test;

class LevenshteinDfaTest {

  /** Few letters, so that repeats and swaps are common; some multi-byte characters besides. */
  private static final String[] LETTERS = {"a", "b", "c", "d", "é", "€", "𝄞"};

  @Test
  void acceptsExactlyTheTermsWithinTheDistanceAsLuceneDoes() {
    Random random = new Random(7);
    for (int distance = 1; distance <= 2; distance++) {
      for (int round = 0; round < 300; round++) {
        String word = word(random, 1 + random.nextInt(8), 4);
        CompiledAutomaton ours = LevenshteinDfa.compile(word, distance);
        CompiledAutomaton lucene = FuzzyQuery.getFuzzyAutomaton(word, distance, 0, true);
        for (int candidate = 0; candidate < 200; candidate++) {
          String term = near(random, word);
          boolean within =
              ExpandedTermsQuery.edits(word.codePoints().toArray(), term.codePoints().toArray())
                  <= distance;
          assertThat(accepts(ours, term)).as("%s ~%d %s", word, distance, term).isEqualTo(within);
          assertThat(accepts(lucene, term))
              .as("Lucene: %s ~%d %s", word, distance, term)
              .isEqualTo(within);
        }
      }
    }
  }

  @Test
  void countsAMultiByteCharacterAsOneEdit() {
    CompiledAutomaton smith = LevenshteinDfa.compile("smith", 1);
    assertThat(accepts(smith, "smíth")).isTrue();
    assertThat(accepts(smith, "sm€ith")).isTrue();
    assertThat(accepts(smith, "smit𝄞")).isTrue();
    assertThat(accepts(smith, "smi𝄞𝄞")).isFalse();
    assertThat(accepts(smith, "msith")).as("a swap counts one").isTrue();
    assertThat(accepts(smith, "msiht")).isFalse();
  }

  @Test
  void leavesWordsItCannotBuildToLucene() {
    assertThat(LevenshteinDfa.compile("müller", 1)).isNull();
    assertThat(LevenshteinDfa.compile("a".repeat(LevenshteinDfa.MAX_LENGTH + 1), 1)).isNull();
    assertThat(LevenshteinDfa.compile("a".repeat(LevenshteinDfa.MAX_LENGTH), 2)).isNotNull();
  }

  private static boolean accepts(CompiledAutomaton automaton, String term) {
    byte[] bytes = term.getBytes(StandardCharsets.UTF_8);
    return automaton.runAutomaton.run(bytes, 0, bytes.length);
  }

  /** An ASCII word of the first {@code letters} letters. */
  private static String word(Random random, int length, int letters) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(LETTERS[random.nextInt(letters)]);
    }
    return word.toString();
  }

  /** The word after up to three random edits of whole characters, or a random word. */
  private static String near(Random random, String word) {
    if (random.nextInt(10) == 0) {
      return word(random, random.nextInt(10), LETTERS.length);
    }
    List<String> term = new ArrayList<>(List.of(word.split("")));
    int edits = random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = term.isEmpty() ? 0 : random.nextInt(term.size());
      String letter = LETTERS[random.nextInt(LETTERS.length)];
      switch (random.nextInt(4)) {
        case 0 -> term.add(at, letter);
        case 1 -> {
          if (!term.isEmpty()) {
            term.remove(at);
          }
        }
        case 2 -> {
          if (!term.isEmpty()) {
            term.set(at, letter);
          }
        }
        default -> {
          if (at + 1 < term.size()) {
            Collections.swap(term, at, at + 1);
          }
        }
      }
    }
    return String.join("", term);
  }
}
