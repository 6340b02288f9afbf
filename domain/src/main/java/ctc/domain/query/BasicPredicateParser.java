package ctc.domain.query;

import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The basic predicate language: {@code field = value} terms on top-level fields joined by {@code and}. Values are
 * double-quoted strings (with {@code \"} and {@code \\} escapes), numbers, {@code true}/{@code false}, or input
 * variables {@code :name}. The full language of contract §F replaces this class behind {@link PredicateParser}.
 */
public final class BasicPredicateParser implements PredicateParser {

  @Override
  public Predicate parse(String where, Map<String, List<String>> variables) {
    return new Run(where, variables).predicate();
  }

  /** One parse: a cursor over the input. */
  private static final class Run {
    private final String input;
    private final Map<String, List<String>> variables;
    private int pos;

    Run(String input, Map<String, List<String>> variables) {
      this.input = input;
      this.variables = variables;
    }

    Predicate predicate() {
      List<Predicate> terms = new ArrayList<>();
      terms.add(term());
      while (keyword("and")) {
        terms.add(term());
      }
      skipSpaces();
      if (pos < input.length()) {
        throw syntax("'and' or end of input");
      }
      return terms.size() == 1 ? terms.get(0) : new Predicate.And(terms);
    }

    private Predicate term() {
      skipSpaces();
      int start = pos;
      while (pos < input.length() && (Character.isLetterOrDigit(input.charAt(pos)) || input.charAt(pos) == '_')) {
        pos++;
      }
      if (start == pos) {
        throw syntax("a field name");
      }
      String name = input.substring(start, pos);
      QueryField field = QueryField.byName(name).orElseThrow(
          () -> Errors.malformedParameter("where", "The field '" + name + "' does not exist."));
      skipSpaces();
      if (pos >= input.length() || input.charAt(pos) != '=') {
        throw syntax("'='");
      }
      pos++;
      return new Predicate.Equals(field, typed(field, literal()));
    }

    /** An input variable's text: it takes the type of the field it is compared with. */
    private record Variable(String text) {}

    /** A literal as written: String for quoted text, Variable, BigDecimal for numbers, Boolean. */
    private Object literal() {
      skipSpaces();
      if (pos >= input.length()) {
        throw syntax("a value");
      }
      char c = input.charAt(pos);
      if (c == '"') {
        return string();
      }
      if (c == ':') {
        return variable();
      }
      if (keyword("true")) {
        return Boolean.TRUE;
      }
      if (keyword("false")) {
        return Boolean.FALSE;
      }
      int start = pos;
      while (pos < input.length() && "+-.0123456789eE".indexOf(input.charAt(pos)) >= 0) {
        pos++;
      }
      try {
        return new BigDecimal(input.substring(start, pos));
      } catch (NumberFormatException e) {
        pos = start;
        throw syntax("a value");
      }
    }

    private String string() {
      StringBuilder value = new StringBuilder();
      pos++;
      while (pos < input.length()) {
        char c = input.charAt(pos++);
        if (c == '"') {
          return value.toString();
        }
        if (c == '\\' && pos < input.length()) {
          c = input.charAt(pos++);
        }
        value.append(c);
      }
      throw syntax("'\"'");
    }

    private Variable variable() {
      int start = ++pos;
      while (pos < input.length() && Character.isLetterOrDigit(input.charAt(pos))) {
        pos++;
      }
      String name = input.substring(start, pos);
      List<String> values = variables.get(name);
      if (values == null || values.isEmpty()) {
        throw Errors.malformedParameter("where", "The input variable '" + name + "' is not defined.");
      }
      if (values.size() > 1) {
        throw Errors.malformedParameter("where", "The input variable '" + name + "' has several values.");
      }
      return new Variable(values.get(0));
    }

    /** A quoted literal is text, so it matches only text-like fields; a variable takes the field's type. */
    private Object typed(QueryField field, Object literal) {
      Object value = literal instanceof Variable variable ? variable.text() : literal;
      boolean text = value instanceof String;
      boolean fromVariable = literal instanceof Variable;
      try {
        return switch (field.type()) {
          case STRING -> (String) value;
          case BOOLEAN -> fromVariable ? Boolean.valueOf(bool((String) value)) : (Boolean) value;
          case NUMBER -> fromVariable ? new BigDecimal((String) value) : (BigDecimal) value;
          case DATE -> LocalDate.parse(text ? (String) value : "");
          case DATETIME -> Instant.parse(text ? (String) value : "");
        };
      } catch (ClassCastException | DateTimeParseException | NumberFormatException e) {
        throw Errors.malformedParameter("where", "The value " + (text ? "\"" + value + "\"" : value)
            + " cannot be compared with the field '" + field.jsonName() + "' of type "
            + field.type().name().toLowerCase() + ".");
      }
    }

    private static boolean bool(String value) {
      if (!value.equals("true") && !value.equals("false")) {
        throw new ClassCastException();
      }
      return Boolean.parseBoolean(value);
    }

    /** Consumes a case-insensitive keyword when it stands here as a whole word. */
    private boolean keyword(String word) {
      skipSpaces();
      int end = pos + word.length();
      if (end <= input.length() && input.regionMatches(true, pos, word, 0, word.length())
          && (end == input.length() || !Character.isLetterOrDigit(input.charAt(end)))) {
        pos = end;
        return true;
      }
      return false;
    }

    private void skipSpaces() {
      while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
        pos++;
      }
    }

    private CommercetoolsException syntax(String expected) {
      String found = pos < input.length() ? "'" + input.charAt(pos) + "'" : "end of input";
      return Errors.malformedParameter("where", "Syntax error while parsing 'where'. Invalid input " + found
          + ", expected " + expected + " (line 1, column " + (pos + 1) + ").");
    }
  }
}
