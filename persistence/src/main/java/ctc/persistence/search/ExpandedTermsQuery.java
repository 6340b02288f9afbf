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
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A fuzzy or prefix term that matches every field term within reach and scores with the closest
 * ones: the term dictionary is walked once, every term found filters, and the {@value #SCORED}
 * closest (then most frequent) score as the term they are, times their similarity. Lucene's own
 * rewrites either score without limit (and fail beyond the clause limit) or match only the terms
 * that score; this one does neither.
 */
final class ExpandedTermsQuery extends Query {

  static final int SCORED = 50;

  private final MultiTermQuery terms;

  ExpandedTermsQuery(MultiTermQuery terms) {
    this.terms = terms;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    String field = terms.getField();
    Map<BytesRef, Expansion> found = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms fieldTerms = leaf.reader().terms(field);
      if (fieldTerms == null) {
        continue;
      }
      TermsEnum each = terms.getTermsEnum(fieldTerms);
      BoostAttribute boost = each.attributes().addAttribute(BoostAttribute.class);
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        int docFreq = each.docFreq();
        float similarity = boost.getBoost();
        found.merge(
            BytesRef.deepCopyOf(term),
            new Expansion(similarity, docFreq),
            (a, b) -> new Expansion(a.similarity(), a.docFreq() + b.docFreq()));
      }
    }
    if (found.isEmpty()) {
      return new MatchNoDocsQuery("no term within reach");
    }
    List<Map.Entry<BytesRef, Expansion>> closest = new ArrayList<>(found.entrySet());
    closest.sort(
        Comparator.comparing((Map.Entry<BytesRef, Expansion> e) -> -e.getValue().similarity())
            .thenComparing(e -> -e.getValue().docFreq())
            .thenComparing(Map.Entry::getKey));
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    for (Map.Entry<BytesRef, Expansion> entry :
        closest.subList(0, Math.min(SCORED, closest.size()))) {
      Query term = new TermQuery(new Term(field, entry.getKey()));
      float similarity = entry.getValue().similarity();
      scoring.add(similarity == 1f ? term : new BoostQuery(term, similarity), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(new TermInSetQuery(field, found.keySet()), Occur.FILTER)
        .add(scoring.build(), Occur.SHOULD)
        .build();
  }

  private record Expansion(float similarity, int docFreq) {}

  @Override
  public void visit(QueryVisitor visitor) {
    terms.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return "expanded(" + terms.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && terms.equals(((ExpandedTermsQuery) other).terms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), terms);
  }
}
