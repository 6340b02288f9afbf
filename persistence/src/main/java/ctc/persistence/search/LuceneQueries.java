package ctc.persistence.search;

import static ctc.persistence.search.LuceneFields.FIELD_TYPE;
import static ctc.persistence.search.LuceneFields.clip;
import static ctc.persistence.search.LuceneFields.localized;
import static ctc.persistence.search.LuceneFields.lower;

import ctc.domain.error.Errors;
import ctc.domain.search.SearchExpression;
import ctc.domain.search.SearchExpression.Simple;
import ctc.domain.search.SearchFieldKind;
import ctc.domain.search.SearchValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Translates the typed search tree into one Lucene query (the only place that does): text
 * expressions score with BM25 over the analysed terms, every other simple expression adds a
 * constant 1, {@code not} and {@code filter} add nothing, and every expression's contribution is
 * multiplied by its boost (contract §8).
 */
final class LuceneQueries {

  private static final List<SearchFieldKind> TEMPORAL =
      List.of(SearchFieldKind.DATE, SearchFieldKind.DATETIME, SearchFieldKind.TIME);

  private LuceneQueries() {}

  /**
   * The project's customers that match; every customer of the project when {@code query} is null.
   */
  static Query of(String projectKey, SearchExpression query) {
    BooleanQuery.Builder builder =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(LuceneFields.PROJECT, projectKey)), Occur.FILTER);
    if (query != null) {
      builder.add(translate(query), Occur.MUST);
    }
    return builder.build();
  }

  static Query translate(SearchExpression expression) {
    if (expression instanceof SearchExpression.And and) {
      return combine(and.operands(), Occur.MUST);
    }
    if (expression instanceof SearchExpression.Or or) {
      return combine(or.operands(), Occur.SHOULD);
    }
    if (expression instanceof SearchExpression.Filter filter) {
      return combine(filter.operands(), Occur.FILTER);
    }
    if (expression instanceof SearchExpression.Not not) {
      BooleanQuery.Builder builder =
          new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
      not.operands().forEach(operand -> builder.add(translate(operand), Occur.MUST_NOT));
      return builder.build();
    }
    return simple((Simple) expression);
  }

  private static Query combine(List<SearchExpression> operands, Occur occur) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    operands.forEach(operand -> builder.add(translate(operand), occur));
    return builder.build();
  }

  private static Query simple(Simple expression) {
    SearchExpression.Target target = expression.target();
    String field = target.field().name();
    boolean custom = target.field().custom();
    Function<String, Query> onName = name -> onField(expression, name);
    Query query;
    if (custom && target.language() != null) {
      // The locale narrows LocalizedString fields and is ignored on every other type.
      query =
          new BooleanQuery.Builder()
              .add(onName.apply(localized(field, target.language())), Occur.SHOULD)
              .add(
                  new BooleanQuery.Builder()
                      .add(onName.apply(field), Occur.MUST)
                      .add(fieldType(field, "ltext"), Occur.MUST_NOT)
                      .add(fieldType(field, "set_ltext"), Occur.MUST_NOT)
                      .build(),
                  Occur.SHOULD)
              .build();
    } else {
      query = onName.apply(field);
    }
    if (custom && target.fieldType() != null) {
      query =
          new BooleanQuery.Builder()
              .add(query, Occur.MUST)
              .add(fieldType(field, target.fieldType()), Occur.FILTER)
              .build();
    }
    return target.boost() == 1 ? query : new BoostQuery(query, (float) target.boost());
  }

  private static Query fieldType(String field, String fieldType) {
    return new TermQuery(new Term(FIELD_TYPE, field + "=" + fieldType));
  }

  /** The expression on one Lucene field name (the field, or one locale of it). */
  private static Query onField(Simple expression, String name) {
    if (expression instanceof SearchExpression.FullText text) {
      return terms(name, text.value(), text.mustMatch(), (term, last) -> exactTerm(name, term));
    }
    if (expression instanceof SearchExpression.FullTextPrefix text) {
      return terms(
          name,
          text.value(),
          text.mustMatch(),
          (term, last) -> last ? prefixTerm(name, term) : exactTerm(name, term));
    }
    if (expression instanceof SearchExpression.Fuzzy fuzzy) {
      return terms(
          name,
          fuzzy.value(),
          fuzzy.mustMatch(),
          (term, last) -> fuzzyTerm(name, term, fuzzy.distanceFor(term)));
    }
    return new ConstantScoreQuery(constant(expression, name));
  }

  /** The matching part of the expressions that score a constant. */
  private static Query constant(Simple expression, String name) {
    if (expression instanceof SearchExpression.Exists) {
      return new TermQuery(new Term(LuceneFields.EXISTS, name));
    }
    if (expression instanceof SearchExpression.Exact exact) {
      boolean custom = expression.target().field().custom();
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (SearchValue value : exact.values()) {
        exactValue(name, value, exact.caseInsensitive(), custom)
            .forEach(query -> any.add(query, Occur.SHOULD));
      }
      return any.build();
    }
    if (expression instanceof SearchExpression.Prefix prefix) {
      String value = prefix.caseInsensitive() ? lower(prefix.value()) : prefix.value();
      return new PrefixQuery(
          new Term(whole(name, prefix.caseInsensitive()), value),
          MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    }
    if (expression instanceof SearchExpression.Wildcard wildcard) {
      String pattern = wildcard.caseInsensitive() ? lower(wildcard.value()) : wildcard.value();
      try {
        return new WildcardQuery(
            new Term(whole(name, wildcard.caseInsensitive()), pattern),
            Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
            MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
      } catch (TooComplexToDeterminizeException e) {
        throw Errors.invalidInput("The wildcard pattern is too complex.");
      }
    }
    return range((SearchExpression.Range) expression, name);
  }

  private static String whole(String name, boolean caseInsensitive) {
    return caseInsensitive ? LuceneFields.lowerWhole(name) : LuceneFields.whole(name);
  }

  /**
   * The queries one value of {@code exact} matches through. On a custom field a text also matches
   * dates, date-times and times it parses as, since the field's type is each customer's.
   */
  private static List<Query> exactValue(
      String name, SearchValue value, boolean caseInsensitive, boolean custom) {
    List<Query> queries = new ArrayList<>();
    if (value instanceof SearchValue.Text text) {
      String term = clip(caseInsensitive ? lower(text.value()) : text.value());
      queries.add(new TermQuery(new Term(whole(name, caseInsensitive), term)));
      if (custom) {
        for (SearchFieldKind kind : TEMPORAL) {
          SearchValue.as(kind, text.value())
              .ifPresent(
                  temporal ->
                      queries.add(
                          LongPoint.newExactQuery(
                              LuceneFields.point(kind, name), LuceneFields.epochValue(temporal))));
        }
      }
    } else if (value instanceof SearchValue.Number number) {
      queries.add(
          DoublePoint.newExactQuery(
              LuceneFields.point(SearchFieldKind.NUMBER, name), number.value().doubleValue()));
    } else if (value instanceof SearchValue.Bool bool) {
      queries.add(new TermQuery(new Term(LuceneFields.bool(name), Boolean.toString(bool.value()))));
    } else {
      queries.add(
          LongPoint.newExactQuery(
              LuceneFields.point(kindOf(value), name), LuceneFields.epochValue(value)));
    }
    return queries;
  }

  private static Query range(SearchExpression.Range range, String name) {
    List<SearchValue> bounds = Arrays.asList(range.gt(), range.gte(), range.lt(), range.lte());
    List<SearchValue> given = bounds.stream().filter(Objects::nonNull).toList();
    if (given.stream().allMatch(SearchValue.Number.class::isInstance)) {
      double low = Double.NEGATIVE_INFINITY;
      double high = Double.POSITIVE_INFINITY;
      if (range.gt() != null) {
        low = Math.max(low, Math.nextUp(number(range.gt())));
      }
      if (range.gte() != null) {
        low = Math.max(low, number(range.gte()));
      }
      if (range.lt() != null) {
        high = Math.min(high, Math.nextDown(number(range.lt())));
      }
      if (range.lte() != null) {
        high = Math.min(high, number(range.lte()));
      }
      return DoublePoint.newRangeQuery(LuceneFields.point(SearchFieldKind.NUMBER, name), low, high);
    }
    if (given.stream().allMatch(SearchValue.Text.class::isInstance)) {
      // A custom field: the bounds are read as each temporal kind they all parse as.
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (SearchFieldKind kind : TEMPORAL) {
        List<Optional<SearchValue>> typed =
            bounds.stream()
                .map(
                    bound ->
                        bound == null
                            ? Optional.<SearchValue>empty()
                            : SearchValue.as(kind, ((SearchValue.Text) bound).value()))
                .toList();
        boolean all =
            bounds.stream().filter(Objects::nonNull).count()
                == typed.stream().filter(Optional::isPresent).count();
        if (all) {
          any.add(
              longRange(
                  LuceneFields.point(kind, name),
                  typed.get(0).orElse(null),
                  typed.get(1).orElse(null),
                  typed.get(2).orElse(null),
                  typed.get(3).orElse(null)),
              Occur.SHOULD);
        }
      }
      return any.build();
    }
    SearchFieldKind kind = kindOf(given.get(0));
    if (kind == null || !given.stream().allMatch(bound -> kindOf(bound) == kind)) {
      return new MatchNoDocsQuery("bounds of different kinds");
    }
    return longRange(
        LuceneFields.point(kind, name), range.gt(), range.gte(), range.lt(), range.lte());
  }

  private static Query longRange(
      String field, SearchValue gt, SearchValue gte, SearchValue lt, SearchValue lte) {
    long low = Long.MIN_VALUE;
    long high = Long.MAX_VALUE;
    if (gt != null) {
      long value = LuceneFields.epochValue(gt);
      low = value == Long.MAX_VALUE ? value : Math.max(low, value + 1);
    }
    if (gte != null) {
      low = Math.max(low, LuceneFields.epochValue(gte));
    }
    if (lt != null) {
      long value = LuceneFields.epochValue(lt);
      high = value == Long.MIN_VALUE ? value : Math.min(high, value - 1);
    }
    if (lte != null) {
      high = Math.min(high, LuceneFields.epochValue(lte));
    }
    return LongPoint.newRangeQuery(field, low, high);
  }

  private static double number(SearchValue value) {
    return ((SearchValue.Number) value).value().doubleValue();
  }

  private static SearchFieldKind kindOf(SearchValue value) {
    if (value instanceof SearchValue.Date) {
      return SearchFieldKind.DATE;
    }
    if (value instanceof SearchValue.DateTime) {
      return SearchFieldKind.DATETIME;
    }
    if (value instanceof SearchValue.Time) {
      return SearchFieldKind.TIME;
    }
    return null;
  }

  /** How one analysed term of the value is matched; {@code last} for the value's last term. */
  @FunctionalInterface
  private interface TermMatch {
    Query of(String term, boolean last);
  }

  /** The analysed terms of the value on the field's terms: all of them, or at least one. */
  private static Query terms(
      String name, String value, SearchExpression.MustMatch mustMatch, TermMatch match) {
    List<String> terms = SearchAnalysis.terms(value);
    if (terms.isEmpty()) {
      return new MatchNoDocsQuery("no terms");
    }
    Occur occur = mustMatch == SearchExpression.MustMatch.ALL ? Occur.MUST : Occur.SHOULD;
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      builder.add(match.of(terms.get(i), i == terms.size() - 1), occur);
    }
    return builder.build();
  }

  private static Query exactTerm(String name, String term) {
    return new TermQuery(new Term(LuceneFields.terms(name), term));
  }

  /** Every field term starting with {@code term} matches; the most frequent ones score. */
  private static Query prefixTerm(String name, String term) {
    return ExpandedTermsQuery.prefix(LuceneFields.terms(name), term);
  }

  /**
   * Every field term within the distance matches (restricted Damerau–Levenshtein: transpositions
   * count 1); the closest ones score, less than an exact match would.
   */
  private static Query fuzzyTerm(String name, String term, int distance) {
    if (distance == 0) {
      return exactTerm(name, term);
    }
    return ExpandedTermsQuery.fuzzy(LuceneFields.terms(name), term, distance);
  }
}
