package ctc.domain.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value a customer holds in a field, or that an expression compares with; typed by the field's
 * kind. On a custom field the kind is the customer's, so an expression keeps its JSON form there
 * (text, number or boolean) and the text is read as a date, date-time or time where it parses.
 */
public sealed interface SearchValue {

  record Text(String value) implements SearchValue {
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  record Number(BigDecimal value) implements SearchValue {
    public Number {
      Objects.requireNonNull(value, "value");
    }
  }

  record Bool(boolean value) implements SearchValue {}

  record Date(LocalDate value) implements SearchValue {}

  record DateTime(Instant value) implements SearchValue {}

  record Time(LocalTime value) implements SearchValue {}

  /** {@code YYYY-MM-DD}. */
  static Optional<LocalDate> date(String text) {
    return text.length() == 10 ? parse(text, LocalDate::parse) : Optional.empty();
  }

  /** An ISO 8601 date-time with {@code Z} or an offset. */
  static Optional<Instant> dateTime(String text) {
    return parse(text, Instant::parse)
        .or(() -> parse(text, t -> OffsetDateTime.parse(t).toInstant()));
  }

  /** {@code HH:mm:ss} with optional fraction. */
  static Optional<LocalTime> time(String text) {
    return parse(text, LocalTime::parse);
  }

  /** The text read as each temporal kind it parses as (custom fields, where the kind varies). */
  static Optional<SearchValue> as(SearchFieldKind kind, String text) {
    return switch (kind) {
      case DATE -> date(text).map(Date::new);
      case DATETIME -> dateTime(text).map(DateTime::new);
      case TIME -> time(text).map(Time::new);
      case TEXT, KEYWORD -> Optional.of(new Text(text));
      case BOOLEAN, NUMBER -> Optional.empty();
    };
  }

  private static <T> Optional<T> parse(String text, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
