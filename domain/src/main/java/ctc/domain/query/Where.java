package ctc.domain.query;

import ctc.domain.query.QuerySchema.Node;
import java.util.List;

/**
 * A parsed query predicate of the full language (contract §F), typed against {@link QuerySchema}.
 * Values are String, BigDecimal, Boolean, LocalDate or Instant, as the field's type says; a custom
 * field's value keeps the type of its literal. Leaves name the schema node they test; {@link
 * Within} changes the object they belong to.
 */
public sealed interface Where {

  /** No predicate: everything matches. */
  record All() implements Where {}

  record And(List<Where> terms) implements Where {
    public And {
      terms = List.copyOf(terms);
    }
  }

  record Or(List<Where> terms) implements Where {
    public Or {
      terms = List.copyOf(terms);
    }
  }

  record Not(Where term) implements Where {}

  /** The comparison operators; {@code <>} is written as NOT_EQUAL. */
  enum Operator {
    EQUAL,
    NOT_EQUAL,
    LESS,
    LESS_OR_EQUAL,
    GREATER,
    GREATER_OR_EQUAL
  }

  /** {@code field op value} on a scalar (or a custom field). */
  record Compare(Node field, Operator operator, Object value) implements Where {}

  /** {@code field in (…)} / {@code field not in (…)}. */
  record In(Node field, List<Object> values, boolean negated) implements Where {
    public In {
      values = List.copyOf(values);
    }
  }

  /** {@code array contains any (…)} ({@code all} false) or {@code contains all (…)}. */
  record Contains(Node field, List<Object> values, boolean all) implements Where {
    public Contains {
      values = List.copyOf(values);
    }
  }

  /** {@code array is empty} / {@code is not empty}. */
  record IsEmpty(Node field, boolean negated) implements Where {}

  /** {@code field is defined} / {@code is not defined}. */
  record IsDefined(Node field, boolean negated) implements Where {}

  /**
   * {@code nested(inner)}: {@code nested} is a {@link QuerySchema.Nested} or the custom fields'
   * node. For an object, the object exists and satisfies {@code inner}; for an array of objects,
   * one element satisfies all of {@code inner}; within custom fields, the leaves of {@code inner}
   * name custom fields (as Scalar nodes of type ANY).
   */
  record Within(Node nested, Where inner) implements Where {}
}
