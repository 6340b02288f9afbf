package ctc.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
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

  /**
   * The query is read against the plain form of what it means: a filter of every term within reach,
   * and the closest {@value ExpandedTermsQuery#SCORED} as term queries boosted by their similarity;
   * the documents and their scores must be the same, also with more terms than score and with the
   * terms spread over several segments.
   */
  @Test
  void matchesAndScoresAsAFilterOfAllTermsAndTheClosestScoring() throws IOException {
    List<String> words = new ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      words.add("abcd" + c);
      words.add("abc" + c + "e");
      words.add("smi" + c + "h");
    }
    words.add("abcdef");
    words.add("abce");
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < 400; i++) {
        // Documents hold one to three words, repeats included, so that frequencies and norms vary.
        String text =
            String.join(
                " ",
                words.subList(
                    i % words.size(), Math.min(words.size(), i % words.size() + 1 + i % 3)));
        Document document = new Document();
        document.add(new TextField("t", text + (i % 7 == 0 ? " " + text : ""), Field.Store.NO));
        writer.addDocument(document);
        if (i % 90 == 89) {
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (ExpandedTermsQuery query :
            List.of(
                ExpandedTermsQuery.fuzzy("t", "abcde", 1),
                ExpandedTermsQuery.fuzzy("t", "smiht", 1),
                ExpandedTermsQuery.prefix("t", "abc"),
                ExpandedTermsQuery.prefix("t", "smi"),
                ExpandedTermsQuery.fuzzy("t", "zzzzz", 1))) {
          Map<Integer, Float> expected = scores(searcher, plainForm(reader, query));
          assertThat(scores(searcher, query)).as(query.toString()).isEqualTo(expected);
          assertThat(scores(searcher, query)).as("with the automaton cached").isEqualTo(expected);
        }
      }
    }
  }

  private static Map<Integer, Float> scores(IndexSearcher searcher, Query query)
      throws IOException {
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query, 1_000).scoreDocs) {
      scores.put(hit.doc, hit.score);
    }
    return scores;
  }

  private static Query plainForm(DirectoryReader reader, ExpandedTermsQuery query)
      throws IOException {
    String text = query.toString("t").replaceAll("[*~].*", "");
    boolean prefix = query.toString("t").endsWith("*");
    CompiledAutomaton automaton =
        prefix
            ? new CompiledAutomaton(
                PrefixQuery.toAutomaton(new BytesRef(text)), false, true, 10_000, true)
            : FuzzyQuery.getFuzzyAutomaton(text, 1, 0, true);
    TermsEnum each = automaton.getTermsEnum(MultiTerms.getTerms(reader, "t"));
    List<BytesRef> found = new ArrayList<>();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      found.add(BytesRef.deepCopyOf(term));
    }
    Map<BytesRef, Float> similarity = new HashMap<>();
    for (BytesRef term : found) {
      int[] a = text.codePoints().toArray();
      int[] b = term.utf8ToString().codePoints().toArray();
      similarity.put(
          term,
          prefix
              ? 1f
              : Math.max(
                  0f, 1f - (float) ExpandedTermsQuery.edits(a, b) / Math.min(a.length, b.length)));
    }
    List<BytesRef> closest = new ArrayList<>(found);
    Comparator<BytesRef> order =
        Comparator.comparing((BytesRef term) -> -similarity.get(term))
            .thenComparing(term -> -docFreq(reader, term))
            .thenComparing(term -> term);
    closest.sort(order);
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    for (BytesRef term : closest.subList(0, Math.min(ExpandedTermsQuery.SCORED, closest.size()))) {
      Query one = new TermQuery(new Term("t", term));
      float weight = similarity.get(term);
      scoring.add(weight == 1f ? one : new BoostQuery(one, weight), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(new TermInSetQuery("t", found), Occur.FILTER)
        .add(scoring.build(), Occur.SHOULD)
        .build();
  }

  private static int docFreq(DirectoryReader reader, BytesRef term) {
    try {
      return reader.docFreq(new Term("t", term));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
