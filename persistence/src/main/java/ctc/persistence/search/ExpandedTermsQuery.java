package ctc.persistence.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A fuzzy or prefix term that matches every field term within reach and scores with the closest
 * ones: the automaton comes from {@link CompiledAutomata}, the term dictionary of each segment is
 * walked once, every term found matches, and the {@value #SCORED} closest (then most frequent)
 * score as the term they are, times their similarity (1 − edits ÷ the shorter length). Lucene's own
 * rewrites either score without limit (and fail beyond the clause limit) or match only the terms
 * that score.
 */
final class ExpandedTermsQuery extends Query {

  static final int SCORED = 50;

  private static final Comparator<Expansion> CLOSEST_FIRST =
      Comparator.comparingDouble((Expansion expansion) -> -expansion.similarity())
          .thenComparingInt(expansion -> -expansion.states().docFreq())
          .thenComparing(Expansion::term);

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
            ? CompiledAutomata.SHARED.prefix(text)
            : CompiledAutomata.SHARED.fuzzy(text, distance);
    Map<BytesRef, TermStates> found = expand(searcher, automaton);
    if (found.isEmpty()) {
      return new MatchNoDocsQuery("no term within reach");
    }
    List<Expansion> closest = new ArrayList<>(found.size());
    found.forEach((term, states) -> closest.add(new Expansion(term, similarity(term), states)));
    closest.sort(CLOSEST_FIRST);
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    for (Expansion expansion : closest.subList(0, Math.min(SCORED, closest.size()))) {
      // The states found while expanding spare the term query a second dictionary lookup.
      Query query = new TermQuery(new Term(field, expansion.term()), expansion.states());
      float weight = expansion.similarity();
      scoring.add(weight == 1f ? query : new BoostQuery(query, weight), Occur.SHOULD);
    }
    if (closest.size() <= SCORED) {
      return scoring.build();
    }
    // The other terms match and add nothing: a disjunction beside the scoring one, so that no
    // postings are read twice (a filter of all the terms would read the scoring ones again).
    Query unscored =
        new BoostQuery(
            new ConstantScoreQuery(
                new TermInSetQuery(
                    field,
                    closest.subList(SCORED, closest.size()).stream()
                        .map(Expansion::term)
                        .toList())),
            0f);
    return new BooleanQuery.Builder()
        .add(scoring.build(), Occur.SHOULD)
        .add(unscored, Occur.SHOULD)
        .build();
  }

  /** The terms the automaton accepts, with where each is in every segment that has it. */
  private Map<BytesRef, TermStates> expand(IndexSearcher searcher, CompiledAutomaton automaton)
      throws IOException {
    IndexReaderContext top = searcher.getTopReaderContext();
    Map<BytesRef, TermStates> found = new HashMap<>();
    for (LeafReaderContext leaf : top.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum each = automaton.getTermsEnum(terms);
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        TermStates states = found.get(term);
        if (states == null) {
          states = new TermStates(top);
          found.put(BytesRef.deepCopyOf(term), states);
        }
        states.register(each.termState(), leaf.ord, each.docFreq(), each.totalTermFreq());
      }
    }
    return found;
  }

  /** A term found, with where it is in each segment. */
  private record Expansion(BytesRef term, float similarity, TermStates states) {}

  /** 1 for a prefix match; for a fuzzy one 1 − edits ÷ the shorter length, as Lucene scores it. */
  private float similarity(BytesRef term) {
    if (distance < 0) {
      return 1f;
    }
    int[] a = text.codePoints().toArray();
    int[] b = term.utf8ToString().codePoints().toArray();
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
