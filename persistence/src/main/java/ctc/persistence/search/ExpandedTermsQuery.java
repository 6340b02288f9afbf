package ctc.persistence.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * A fuzzy or prefix term that matches every field term within reach and scores with the closest
 * ones: the automaton is built once, the term dictionary of each segment walked once, every term
 * found filters, and the {@value #SCORED} closest (then most frequent) score as the term they are,
 * times their similarity (1 − edits ÷ the shorter length). Lucene's own rewrites either score
 * without limit (and fail beyond the clause limit) or match only the terms that score.
 */
final class ExpandedTermsQuery extends Query {

  static final int SCORED = 50;

  private final String field;
  private final String text;

  /** The edit distance of a fuzzy term; -1 for a prefix. */
  private final int distance;

  private ExpandedTermsQuery(String field, String text, int distance) {
    this.field = field;
    this.text = text;
    this.distance = distance;
  }

  static ExpandedTermsQuery prefix(String field, String prefix) {
    return new ExpandedTermsQuery(field, prefix, -1);
  }

  /** Restricted Damerau–Levenshtein: a swap of two adjacent characters counts 1. */
  static ExpandedTermsQuery fuzzy(String field, String term, int distance) {
    return new ExpandedTermsQuery(field, term, distance);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    CompiledAutomaton automaton =
        distance < 0
            ? new CompiledAutomaton(
                PrefixQuery.toAutomaton(new BytesRef(text)),
                false,
                true,
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
                true)
            : FuzzyQuery.getFuzzyAutomaton(text, distance, 0, true);
    Map<BytesRef, Expansion> found = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum each = automaton.getTermsEnum(terms);
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        int docFreq = each.docFreq();
        found.merge(
            BytesRef.deepCopyOf(term),
            new Expansion(docFreq),
            (a, b) -> new Expansion(a.docFreq() + b.docFreq()));
      }
    }
    if (found.isEmpty()) {
      return new MatchNoDocsQuery("no term within reach");
    }
    Map<BytesRef, Float> similarity = new HashMap<>();
    found.keySet().forEach(term -> similarity.put(term, similarity(term.utf8ToString())));
    List<BytesRef> closest = new ArrayList<>(found.keySet());
    closest.sort(
        Comparator.comparing((BytesRef term) -> -similarity.get(term))
            .thenComparing(term -> -found.get(term).docFreq())
            .thenComparing(term -> term));
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    for (BytesRef term : closest.subList(0, Math.min(SCORED, closest.size()))) {
      Query query = new TermQuery(new Term(field, term));
      float weight = similarity.get(term);
      scoring.add(weight == 1f ? query : new BoostQuery(query, weight), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(new TermInSetQuery(field, found.keySet()), Occur.FILTER)
        .add(scoring.build(), Occur.SHOULD)
        .build();
  }

  private record Expansion(int docFreq) {}

  /** 1 for a prefix match; for a fuzzy one 1 − edits ÷ the shorter length, as Lucene scores it. */
  private float similarity(String term) {
    if (distance < 0) {
      return 1f;
    }
    int[] a = text.codePoints().toArray();
    int[] b = term.codePoints().toArray();
    return Math.max(0f, 1f - (float) edits(a, b) / Math.min(a.length, b.length));
  }

  /** Optimal string alignment distance (restricted Damerau–Levenshtein). */
  static int edits(int[] a, int[] b) {
    int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String defaultField) {
    return (field.equals(defaultField) ? "" : field + ":")
        + text
        + (distance < 0 ? "*" : "~" + distance);
  }

  @Override
  public boolean equals(Object other) {
    if (!sameClassAs(other)) {
      return false;
    }
    ExpandedTermsQuery that = (ExpandedTermsQuery) other;
    return field.equals(that.field) && text.equals(that.text) && distance == that.distance;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, text, distance);
  }
}
