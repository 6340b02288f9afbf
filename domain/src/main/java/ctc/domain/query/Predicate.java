package ctc.domain.query;

import java.util.List;

/** A parsed query predicate; values are typed per field (String, Long or BigDecimal, Boolean, LocalDate, Instant). */
public sealed interface Predicate {

  /** Matches every customer: no {@code where} given. */
  record All() implements Predicate {}

  record Equals(QueryField field, Object value) implements Predicate {}

  record And(List<Predicate> terms) implements Predicate {
    public And {
      terms = List.copyOf(terms);
    }
  }
}
