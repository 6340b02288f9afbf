package ctc.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpandedTermsQueryTest {

  private static int edits(String a, String b) {
    return ExpandedTermsQuery.edits(a.codePoints().toArray(), b.codePoints().toArray());
  }

  @Test
  void editsAreRestrictedDamerauLevenshtein() {
    assertThat(edits("smith", "smith")).isZero();
    assertThat(edits("smith", "smiht")).as("a swap of neighbours").isEqualTo(1);
    assertThat(edits("smith", "smth")).isEqualTo(1);
    assertThat(edits("smith", "smyth")).isEqualTo(1);
    assertThat(edits("smith", "smiths")).isEqualTo(1);
    assertThat(edits("ca", "abc")).as("restricted: no edit of a swapped pair").isEqualTo(3);
    assertThat(edits("", "abc")).isEqualTo(3);
  }

  @Test
  void queriesOfTheSameTermAreEqualForTheQueryCache() {
    assertThat(ExpandedTermsQuery.fuzzy("t:all", "smith", 1))
        .isEqualTo(ExpandedTermsQuery.fuzzy("t:all", "smith", 1))
        .isNotEqualTo(ExpandedTermsQuery.fuzzy("t:all", "smith", 2))
        .isNotEqualTo(ExpandedTermsQuery.prefix("t:all", "smith"));
    assertThat(ExpandedTermsQuery.prefix("t:all", "smi").toString("t:all")).isEqualTo("smi*");
  }
}
