package ctc.domain.search;

import java.util.List;
import java.util.Objects;

/**
 * The typed tree of a search query (contract §3): what {@link SearchRequestParser} builds from the
 * JSON and what an index translates, so that checking and translating stay apart.
 */
public sealed interface SearchExpression {

  /** Whether the expression adds to relevance: everything except {@code not} and {@code filter}. */
  default boolean scores() {
    return !(this instanceof Not || this instanceof Filter);
  }

  /** What every simple expression has: the field, its boost and the optional type and locale. */
  record Target(SearchField field, double boost, String fieldType, String language) {
    public Target {
      Objects.requireNonNull(field, "field");
    }
  }

  /** Terms matched as a whole ({@code all}) or at least one ({@code any}). */
  enum MustMatch {
    ALL,
    ANY
  }

  /** A simple expression on one field. */
  sealed interface Simple extends SearchExpression {
    Target target();

    ExpressionType type();
  }

  /** An expression over operands. */
  sealed interface Compound extends SearchExpression {
    List<SearchExpression> operands();
  }

  record Exact(Target target, List<SearchValue> values, boolean caseInsensitive) implements Simple {
    public Exact {
      values = List.copyOf(values);
    }

    @Override
    public ExpressionType type() {
      return ExpressionType.EXACT;
    }
  }

  record FullText(Target target, String value, MustMatch mustMatch) implements Simple {
    @Override
    public ExpressionType type() {
      return ExpressionType.FULL_TEXT;
    }
  }

  /** As {@link FullText}, with the last term matching as a prefix. */
  record FullTextPrefix(Target target, String value, MustMatch mustMatch) implements Simple {
    @Override
    public ExpressionType type() {
      return ExpressionType.FULL_TEXT_PREFIX;
    }
  }

  record Fuzzy(Target target, String value, int level, MustMatch mustMatch) implements Simple {
    @Override
    public ExpressionType type() {
      return ExpressionType.FUZZY;
    }

    /**
     * The edit distance allowed for a term of this many code points: the level, capped at 0 for 1–2
     * characters, 1 for 3–5 and 2 beyond (contract Decisions, Fuzzy).
     */
    public int distanceFor(String term) {
      int length = term.codePointCount(0, term.length());
      int cap = length <= 2 ? 0 : length <= 5 ? 1 : 2;
      return Math.min(level, cap);
    }
  }

  /** The whole stored value starts with {@code value}. */
  record Prefix(Target target, String value, boolean caseInsensitive) implements Simple {
    @Override
    public ExpressionType type() {
      return ExpressionType.PREFIX;
    }
  }

  /** The whole stored value matches the pattern ({@code *}, {@code ?}, {@code \} escapes). */
  record Wildcard(Target target, String value, boolean caseInsensitive) implements Simple {
    @Override
    public ExpressionType type() {
      return ExpressionType.WILDCARD;
    }
  }

  record Exists(Target target) implements Simple {
    @Override
    public ExpressionType type() {
      return ExpressionType.EXISTS;
    }
  }

  /** Within all given bounds; an absent bound is null, at least one is given. */
  record Range(Target target, SearchValue gt, SearchValue gte, SearchValue lt, SearchValue lte)
      implements Simple {
    @Override
    public ExpressionType type() {
      return ExpressionType.RANGE;
    }
  }

  record And(List<SearchExpression> operands) implements Compound {
    public And {
      operands = List.copyOf(operands);
    }
  }

  record Or(List<SearchExpression> operands) implements Compound {
    public Or {
      operands = List.copyOf(operands);
    }
  }

  /** None of the operands matches. */
  record Not(List<SearchExpression> operands) implements Compound {
    public Not {
      operands = List.copyOf(operands);
    }
  }

  /** All operands match, without adding to relevance. */
  record Filter(List<SearchExpression> operands) implements Compound {
    public Filter {
      operands = List.copyOf(operands);
    }
  }
}
