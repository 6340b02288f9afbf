package ctc.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.Test;

class CompiledAutomataTest {

  @Test
  void aTermAskedForOnceIsNotKept() {
    CompiledAutomata automata = new CompiledAutomata(1L << 20);
    automata.fuzzy("smith", 1);
    automata.prefix("smi");
    assertThat(automata.size()).isZero();
  }

  @Test
  void aRepeatedTermIsKeptFromItsSecondTime() {
    CompiledAutomata automata = new CompiledAutomata(1L << 20);
    CompiledAutomaton first = automata.fuzzy("smith", 1);
    CompiledAutomaton second = automata.fuzzy("smith", 1);
    assertThat(second).isNotSameAs(first).isSameAs(automata.fuzzy("smith", 1));
    automata.prefix("smi");
    assertThat(automata.prefix("smi")).isSameAs(automata.prefix("smi"));
    automata.fuzzy("smith", 2);
    assertThat(automata.fuzzy("smith", 2)).isNotSameAs(automata.fuzzy("smith", 1));
    assertThat(automata.size()).isEqualTo(3);
  }

  @Test
  void keepsWithinItsBudgetDroppingTheLeastRecentlyUsed() {
    long budget = bytes("smith") + bytes("jones") + bytes("meyer") - 1;
    CompiledAutomata automata = new CompiledAutomata(budget);
    CompiledAutomaton smith = twice(automata, "smith");
    CompiledAutomaton jones = twice(automata, "jones");
    automata.fuzzy("smith", 1);
    twice(automata, "meyer");
    assertThat(automata.size()).isEqualTo(2);
    assertThat(automata.fuzzy("smith", 1)).as("used since jones").isSameAs(smith);
    assertThat(automata.bytes()).isLessThanOrEqualTo(budget);
    assertThat(automata.fuzzy("jones", 1)).as("dropped, compiled again").isNotSameAs(jones);
    assertThat(automata.size()).isEqualTo(2);
    assertThat(automata.bytes()).isLessThanOrEqualTo(budget);
  }

  @Test
  void anAutomatonBeyondTheBudgetIsNotKept() {
    CompiledAutomata automata = new CompiledAutomata(bytes("smith") - 1);
    twice(automata, "smith");
    assertThat(automata.size()).isZero();
    assertThat(automata.bytes()).isZero();
  }

  /** The term asked for twice, so that it is kept: the automaton kept. */
  private static CompiledAutomaton twice(CompiledAutomata automata, String term) {
    automata.fuzzy(term, 1);
    return automata.fuzzy(term, 1);
  }

  private static long bytes(String term) {
    return new CompiledAutomata(Long.MAX_VALUE).fuzzy(term, 1).ramBytesUsed();
  }

  @Test
  void acceptsWhatLuceneCompilesForTheTerm() {
    CompiledAutomaton cached = new CompiledAutomata(1).fuzzy("müller", 1);
    CompiledAutomaton fresh = FuzzyQuery.getFuzzyAutomaton("müller", 1, 0, true);
    for (String word :
        List.of("müller", "muller", "mülelr", "müler", "mueller", "müllers", "miller", "mxller")) {
      byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
      assertThat(cached.runAutomaton.run(bytes, 0, bytes.length))
          .as(word)
          .isEqualTo(fresh.runAutomaton.run(bytes, 0, bytes.length));
    }
  }
}
