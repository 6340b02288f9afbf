package ctc.domain.query;

import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;
import ctc.domain.query.QuerySchema.CustomFieldValues;
import ctc.domain.query.QuerySchema.Nested;
import ctc.domain.query.QuerySchema.Node;
import ctc.domain.query.QuerySchema.ObjectType;
import ctc.domain.query.QuerySchema.Scalar;
import ctc.domain.query.QuerySchema.ScalarArray;
import ctc.domain.query.QuerySchema.ValueType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The full query predicate language of contract §F, parsed by hand-written recursive descent into a
 * {@link Where} typed against the schema of the resource queried ({@link QuerySchema#CUSTOMER}
 * unless another is given).
 *
 * <pre>
 * expression  := conjunction ('or' conjunction)*
 * conjunction := unary ('and' unary)*
 * unary       := 'not' '(' expression ')' | '(' expression ')' | term
 * term        := identifier ( '(' expression ')'                    -- nested: object, array of objects, fields
 *                           | operator value                         -- = != &lt;&gt; &lt; &lt;= &gt; &gt;=
 *                           | ['not'] 'in' list
 *                           | 'contains' ('any' | 'all') list
 *                           | 'is' ['not'] ('empty' | 'defined') )
 * list        := '(' value (',' value)* ')' | variable
 * value       := string | number | 'true' | 'false' | variable
 * </pre>
 *
 * <p>Keywords are case-insensitive, field names are not. Every failure is a 400 InvalidInput {@code
 * Malformed parameter: where: …}; syntax errors name the line and column and what was expected.
 */
public final class QueryLanguageParser implements PredicateParser {

  /** Longest accepted predicate, in characters. */
  public static final int MAX_LENGTH = 10_000;

  /** Deepest accepted nesting of parentheses, {@code not(…)} and nested predicates. */
  public static final int MAX_DEPTH = 32;

  /** Largest accepted decimal exponent (in magnitude) of a number. */
  static final int MAX_EXPONENT = 1_000;

  private static final String PARAMETER = "where";
  private static final Pattern NUMBER_TEXT =
      Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final int MAX_ECHO = 100;

  private final ObjectContext root;

  /** The parser of customer predicates. */
  public QueryLanguageParser() {
    this(QuerySchema.CUSTOMER);
  }

  /** The parser of predicates on the fields of {@code root}. */
  public QueryLanguageParser(ObjectType root) {
    this.root = new ObjectContext(root);
  }

  /**
   * Parses {@code where} with the request's input variables ({@code var.name} parameters, keyed by
   * {@code name}).
   *
   * @throws CommercetoolsException 400 InvalidInput for any predicate that is not understood
   */
  @Override
  public Where parse(String where, Map<String, List<String>> variables) {
    return new Run(where == null ? "" : where, variables == null ? Map.of() : variables, root)
        .parse();
  }

  // ------------------------------------------------------------------------------------------------ object contexts

  /**
   * The object whose fields a (nested) predicate names; {@code object} null: the custom fields of a
   * type.
   */
  private record ObjectContext(ObjectType object) {
    static final ObjectContext CUSTOM_FIELDS = new ObjectContext(null);

    Optional<Node> lookup(String name) {
      return object == null ? Optional.of(new Scalar(name, ValueType.ANY)) : object.child(name);
    }
  }

  /** What a term does with its field; each kind of node allows some of them. */
  private enum Use {
    COMPARE,
    IN,
    CONTAINS,
    IS_EMPTY,
    IS_DEFINED,
    NESTED
  }

  private static boolean customField(Node node) {
    return node instanceof Scalar scalar && scalar.type() == ValueType.ANY;
  }

  private static boolean allows(Node node, Use use) {
    if (node instanceof Scalar scalar) {
      return switch (use) {
        case COMPARE, IN, IS_DEFINED -> true;
        case CONTAINS, IS_EMPTY -> scalar.type() == ValueType.ANY;
        case NESTED -> false;
      };
    }
    if (node instanceof ScalarArray) {
      return use == Use.CONTAINS || use == Use.IS_EMPTY || use == Use.IS_DEFINED;
    }
    if (node instanceof Nested nested) {
      return use == Use.NESTED || use == Use.IS_DEFINED || (use == Use.IS_EMPTY && nested.array());
    }
    return use == Use.NESTED;
  }

  private static CommercetoolsException wrongUse(Node node, String what) {
    String name = node.name();
    String kind;
    String allowed;
    if (node instanceof Scalar scalar) {
      if (scalar.type() == ValueType.ANY) {
        kind = "a custom field";
        allowed =
            "a comparison, 'in', 'not in', 'contains any', 'contains all', 'is (not) empty' or 'is (not) defined'";
      } else {
        kind = "a single value";
        allowed = "a comparison, 'in', 'not in' or 'is (not) defined'";
      }
    } else if (node instanceof ScalarArray) {
      kind = "an array of values";
      allowed = "'contains any', 'contains all', 'is (not) empty' or 'is (not) defined'";
    } else if (node instanceof Nested nested && nested.array()) {
      kind = "an array of objects";
      allowed =
          "a nested predicate such as " + name + "(...), 'is (not) empty' or 'is (not) defined'";
    } else if (node instanceof Nested) {
      kind = "an object";
      allowed = "a nested predicate such as " + name + "(...) or 'is (not) defined'";
    } else {
      kind = "the set of custom fields";
      allowed = "a nested predicate such as " + name + "(myField = \"x\")";
    }
    return invalid(
        "The field '"
            + name
            + "' is "
            + kind
            + " and cannot be used with "
            + what
            + "; use "
            + allowed
            + ".");
  }

  /** What may follow a field's name, for syntax errors. */
  private static String expectedAfter(Node node) {
    if (node instanceof Scalar scalar) {
      return scalar.type() == ValueType.ANY
          ? "a comparison operator, 'in', 'not in', 'contains' or 'is'"
          : "a comparison operator ('=', '!=', '<>', '<', '<=', '>', '>='), 'in', 'not in' or 'is'";
    }
    if (node instanceof ScalarArray) {
      return "'contains' or 'is'";
    }
    if (node instanceof Nested) {
      return "'(' or 'is'";
    }
    return "'('";
  }

  private static CommercetoolsException invalid(String reason) {
    return Errors.malformedParameter(PARAMETER, reason);
  }

  // ------------------------------------------------------------------------------------------------ tokens

  private enum Kind {
    IDENTIFIER,
    STRING,
    NUMBER,
    VARIABLE,
    OPEN,
    CLOSE,
    COMMA,
    OPERATOR,
    END,
    INVALID
  }

  /**
   * A token: its text as written from {@code start} to {@code end}, and for strings and numbers its
   * value.
   */
  private record Token(Kind kind, int start, int end, String text, Object value) {
    boolean isKeyword(String word) {
      return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
    }
  }

  /** An input variable referenced as {@code :name}, with its values (at least one). */
  private record Variable(String name, List<String> values) {}

  // ------------------------------------------------------------------------------------------------ one parse

  /** One parse: a lexer producing tokens on demand and the recursive descent over them. */
  private static final class Run {
    private final String input;
    private final Map<String, List<String>> variables;
    private final ObjectContext root;
    private int pos;
    private Token lookahead;

    Run(String input, Map<String, List<String>> variables, ObjectContext root) {
      this.input = input;
      this.variables = variables;
      this.root = root;
    }

    Where parse() {
      if (input.length() > MAX_LENGTH) {
        throw invalid(
            "The predicate is too long: at most " + MAX_LENGTH + " characters are allowed.");
      }
      Where where = expression(root, 0);
      Token next = peek();
      if (next.kind() != Kind.END) {
        throw syntax(next.start(), "'and', 'or' or end of input");
      }
      return where;
    }

    // ---------------------------------------------------------------------------------------------- grammar

    private Where expression(ObjectContext context, int depth) {
      if (depth > MAX_DEPTH) {
        throw invalid(
            "The predicate is nested too deeply: at most "
                + MAX_DEPTH
                + " levels of parentheses, not(...) and nested predicates are allowed.");
      }
      List<Where> terms = new ArrayList<>();
      terms.add(conjunction(context, depth));
      while (peek().isKeyword("or")) {
        next();
        terms.add(conjunction(context, depth));
      }
      return terms.size() == 1 ? terms.get(0) : new Where.Or(terms);
    }

    private Where conjunction(ObjectContext context, int depth) {
      List<Where> terms = new ArrayList<>();
      terms.add(unary(context, depth));
      while (peek().isKeyword("and")) {
        next();
        terms.add(unary(context, depth));
      }
      return terms.size() == 1 ? terms.get(0) : new Where.And(terms);
    }

    private Where unary(ObjectContext context, int depth) {
      Token token = peek();
      if (token.isKeyword("not")) {
        next();
        expect(Kind.OPEN, "'(' after 'not'");
        Where inner = expression(context, depth + 1);
        expect(Kind.CLOSE, "'and', 'or' or ')'");
        return new Where.Not(inner);
      }
      if (token.kind() == Kind.OPEN) {
        next();
        Where inner = expression(context, depth + 1);
        expect(Kind.CLOSE, "'and', 'or' or ')'");
        return inner;
      }
      if (token.kind() == Kind.IDENTIFIER && !token.isKeyword("and") && !token.isKeyword("or")) {
        return term(context, depth);
      }
      throw syntax(token.start(), "a field name, 'not' or '('");
    }

    private Where term(ObjectContext context, int depth) {
      String name = next().text();
      Node node = context.lookup(name).orElseThrow(() -> Errors.unknownQueryField(PARAMETER, name));
      Token token = peek();
      switch (token.kind()) {
        case OPEN -> {
          return nested(node, depth);
        }
        case OPERATOR -> {
          next();
          return comparison(node, token.text());
        }
        case IDENTIFIER -> {
          String keyword = token.text().toLowerCase(Locale.ROOT);
          switch (keyword) {
            case "in" -> {
              next();
              check(node, Use.IN, "'in'");
              return new Where.In(node, list(node), false);
            }
            case "not" -> {
              next();
              if (!peek().isKeyword("in")) {
                throw syntax(peek().start(), "'in' after 'not'");
              }
              next();
              check(node, Use.IN, "'not in'");
              return new Where.In(node, list(node), true);
            }
            case "contains" -> {
              next();
              boolean all;
              if (peek().isKeyword("any")) {
                all = false;
              } else if (peek().isKeyword("all")) {
                all = true;
              } else {
                throw syntax(peek().start(), "'any' or 'all' after 'contains'");
              }
              next();
              check(node, Use.CONTAINS, all ? "'contains all'" : "'contains any'");
              return new Where.Contains(node, list(node), all);
            }
            case "is" -> {
              next();
              return is(node);
            }
            default -> {
              // falls through to the syntax error below
            }
          }
        }
        default -> {
          // falls through to the syntax error below
        }
      }
      throw syntax(token.start(), expectedAfter(node));
    }

    private Where nested(Node node, int depth) {
      ObjectContext inner;
      if (node instanceof Nested nested) {
        inner = new ObjectContext(nested.object());
      } else if (node instanceof CustomFieldValues) {
        inner = ObjectContext.CUSTOM_FIELDS;
      } else {
        throw wrongUse(node, "a nested predicate");
      }
      next();
      Where where = expression(inner, depth + 1);
      expect(Kind.CLOSE, "'and', 'or' or ')'");
      return new Where.Within(node, where);
    }

    private Where comparison(Node node, String symbol) {
      check(node, Use.COMPARE, "'" + symbol + "'");
      Where.Operator operator =
          switch (symbol) {
            case "=" -> Where.Operator.EQUAL;
            case "!=", "<>" -> Where.Operator.NOT_EQUAL;
            case "<" -> Where.Operator.LESS;
            case "<=" -> Where.Operator.LESS_OR_EQUAL;
            case ">" -> Where.Operator.GREATER;
            default -> Where.Operator.GREATER_OR_EQUAL;
          };
      Scalar field = (Scalar) node;
      boolean ordering = operator != Where.Operator.EQUAL && operator != Where.Operator.NOT_EQUAL;
      if (ordering && field.type() == ValueType.BOOLEAN) {
        throw invalid(
            "The operator '"
                + symbol
                + "' cannot be used with the field '"
                + field.name()
                + "' of type boolean; use '=', '!=' or '<>'.");
      }
      Object literal = value();
      if (literal instanceof Variable variable && variable.values().size() > 1) {
        throw invalid(
            "The input variable '"
                + variable.name()
                + "' has several values and cannot be used with '"
                + symbol
                + "'; use it with 'in', 'not in', 'contains any' or 'contains all'.");
      }
      Object value = typed(field.name(), field.type(), literal, 0);
      if (ordering && value instanceof Boolean) {
        throw invalid(
            "The operator '"
                + symbol
                + "' cannot be used with the boolean value "
                + value
                + " of the field '"
                + field.name()
                + "'; use '=', '!=' or '<>'.");
      }
      return new Where.Compare(node, operator, value);
    }

    private Where is(Node node) {
      boolean negated = false;
      if (peek().isKeyword("not")) {
        next();
        negated = true;
      }
      Token token = peek();
      String not = negated ? "not " : "";
      if (token.isKeyword("empty")) {
        next();
        check(node, Use.IS_EMPTY, "'is " + not + "empty'");
        return new Where.IsEmpty(node, negated);
      }
      if (token.isKeyword("defined")) {
        next();
        check(node, Use.IS_DEFINED, "'is " + not + "defined'");
        return new Where.IsDefined(node, negated);
      }
      throw syntax(token.start(), negated ? "'empty' or 'defined'" : "'not', 'empty' or 'defined'");
    }

    private static void check(Node node, Use use, String what) {
      if (!allows(node, use)) {
        throw wrongUse(node, what);
      }
    }

    /**
     * The values of {@code in} and {@code contains}: a parenthesised list or a variable, typed by
     * the field.
     */
    private List<Object> list(Node node) {
      ValueType type = node instanceof Scalar scalar ? scalar.type() : ((ScalarArray) node).type();
      List<Object> literals = new ArrayList<>();
      if (peek().kind() == Kind.VARIABLE) {
        literals.add(value());
      } else {
        expect(Kind.OPEN, "'(' or an input variable");
        literals.add(value());
        while (peek().kind() == Kind.COMMA) {
          next();
          literals.add(value());
        }
        expect(Kind.CLOSE, "',' or ')'");
      }
      List<Object> values = new ArrayList<>();
      for (Object literal : literals) {
        if (literal instanceof Variable variable) {
          for (int i = 0; i < variable.values().size(); i++) {
            values.add(typed(node.name(), type, variable, i));
          }
        } else {
          values.add(typed(node.name(), type, literal, 0));
        }
      }
      return values;
    }

    /** A literal as written: String, BigDecimal, Boolean or a {@link Variable}. */
    private Object value() {
      Token token = peek();
      switch (token.kind()) {
        case STRING, NUMBER -> {
          next();
          return token.value();
        }
        case VARIABLE -> {
          next();
          String name = token.text().substring(1);
          List<String> values = variables.get(name);
          if (values == null || values.isEmpty()) {
            throw invalid("The input variable '" + name + "' is not defined.");
          }
          return new Variable(name, values.stream().map(v -> v == null ? "" : v).toList());
        }
        case IDENTIFIER -> {
          if (token.isKeyword("true") || token.isKeyword("false")) {
            next();
            return Boolean.valueOf(token.isKeyword("true"));
          }
        }
        default -> {
          // falls through to the syntax error below
        }
      }
      throw syntax(
          token.start(), "a value (a string in double quotes, a number, true, false or :variable)");
    }

    // ---------------------------------------------------------------------------------------------- typing

    /**
     * The value of a literal (or of the {@code index}th value of a variable) for a field of the
     * given type: a quoted string is text, and also a date or date-time; numbers and booleans are
     * themselves; a variable's text takes the field's type. A custom field ({@code ANY}) keeps the
     * literal's type, and a variable's text stays text.
     */
    private static Object typed(String field, ValueType type, Object literal, int index) {
      if (literal instanceof Variable variable) {
        String text = variable.values().get(index);
        Object value =
            switch (type) {
              case STRING, ANY -> text;
              case NUMBER -> NUMBER_TEXT.matcher(text).matches() ? decimal(text) : null;
              case BOOLEAN ->
                  text.equalsIgnoreCase("true")
                      ? Boolean.TRUE
                      : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
              case DATE -> date(text);
              case DATETIME -> dateTime(text);
            };
        if (value == null) {
          throw mismatch(
              field,
              type,
              "The value " + echo(text) + " of the input variable '" + variable.name() + "'");
        }
        return value;
      }
      Object value =
          switch (type) {
            case ANY -> literal;
            case STRING -> literal instanceof String ? literal : null;
            case NUMBER -> literal instanceof BigDecimal ? literal : null;
            case BOOLEAN -> literal instanceof Boolean ? literal : null;
            case DATE -> literal instanceof String text ? date(text) : null;
            case DATETIME -> literal instanceof String text ? dateTime(text) : null;
          };
      if (value == null) {
        throw mismatch(field, type, "The value " + echo(literal));
      }
      return value;
    }

    private static CommercetoolsException mismatch(String field, ValueType type, String subject) {
      String expected =
          switch (type) {
            case STRING -> "a string in double quotes";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case DATE -> "a date in double quotes such as \"2024-01-31\"";
            case DATETIME -> "a date-time in double quotes such as \"2024-01-31T12:00:00.000Z\"";
            case ANY -> "a value";
          };
      return invalid(
          subject
              + " cannot be compared with the field '"
              + field
              + "' of type "
              + type.name().toLowerCase(Locale.ROOT)
              + "; expected "
              + expected
              + ".");
    }

    private static LocalDate date(String text) {
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeException e) {
        return null;
      }
    }

    private static Object dateTime(String text) {
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeException e) {
        return null;
      }
    }

    /** A number of the grammar's form, as a BigDecimal within a sane range of exponents. */
    private static BigDecimal decimal(String text) {
      try {
        BigDecimal value = new BigDecimal(text);
        long exponent = (long) value.precision() - value.scale() - 1;
        if (Math.abs(exponent) <= MAX_EXPONENT) {
          return value;
        }
      } catch (NumberFormatException | ArithmeticException e) {
        // out of range, reported below
      }
      throw invalid("The number " + clip(text) + " is out of range.");
    }

    private static String echo(Object value) {
      if (value instanceof String text) {
        return "\"" + clip(text) + "\"";
      }
      return value instanceof BigDecimal number ? clip(number.toString()) : String.valueOf(value);
    }

    private static String clip(String text) {
      return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "...";
    }

    // ---------------------------------------------------------------------------------------------- lexer

    private Token peek() {
      if (lookahead == null) {
        lookahead = lex();
      }
      return lookahead;
    }

    private Token next() {
      Token token = peek();
      pos = token.end();
      lookahead = null;
      return token;
    }

    private void expect(Kind kind, String expected) {
      Token token = peek();
      if (token.kind() != kind) {
        throw syntax(token.start(), expected);
      }
      next();
    }

    private Token lex() {
      while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
        pos++;
      }
      int start = pos;
      if (pos >= input.length()) {
        return new Token(Kind.END, start, start, "", null);
      }
      char c = input.charAt(pos);
      if (identifierStart(c)) {
        int end = start + 1;
        while (end < input.length() && identifierPart(input.charAt(end))) {
          end++;
        }
        return new Token(Kind.IDENTIFIER, start, end, input.substring(start, end), null);
      }
      if (c == '"') {
        return string(start);
      }
      if (isDigit(c)
          || (c == '-' && start + 1 < input.length() && isDigit(input.charAt(start + 1)))) {
        return number(start);
      }
      if (c == ':') {
        int end = start + 1;
        while (end < input.length() && identifierPart(input.charAt(end))) {
          end++;
        }
        if (end == start + 1) {
          throw syntax(end, "the name of an input variable after ':'");
        }
        return new Token(Kind.VARIABLE, start, end, input.substring(start, end), null);
      }
      switch (c) {
        case '(' -> {
          return new Token(Kind.OPEN, start, start + 1, "(", null);
        }
        case ')' -> {
          return new Token(Kind.CLOSE, start, start + 1, ")", null);
        }
        case ',' -> {
          return new Token(Kind.COMMA, start, start + 1, ",", null);
        }
        case '=' -> {
          return operator(start, 1);
        }
        case '!' -> {
          return at(start + 1, '=') ? operator(start, 2) : invalidToken(start);
        }
        case '<' -> {
          return at(start + 1, '=') || at(start + 1, '>') ? operator(start, 2) : operator(start, 1);
        }
        case '>' -> {
          return at(start + 1, '=') ? operator(start, 2) : operator(start, 1);
        }
        default -> {
          return invalidToken(start);
        }
      }
    }

    private Token operator(int start, int length) {
      return new Token(
          Kind.OPERATOR, start, start + length, input.substring(start, start + length), null);
    }

    private Token invalidToken(int start) {
      return new Token(Kind.INVALID, start, start + 1, input.substring(start, start + 1), null);
    }

    private boolean at(int index, char c) {
      return index < input.length() && input.charAt(index) == c;
    }

    private Token string(int start) {
      StringBuilder value = new StringBuilder();
      int i = start + 1;
      while (i < input.length()) {
        char c = input.charAt(i++);
        if (c == '"') {
          return new Token(Kind.STRING, start, i, input.substring(start, i), value.toString());
        }
        if (c != '\\') {
          value.append(c);
          continue;
        }
        if (i >= input.length()) {
          break;
        }
        char escaped = input.charAt(i++);
        switch (escaped) {
          case '"', '\\', '/' -> value.append(escaped);
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> {
            int code = 0;
            for (int k = 0; k < 4; k++) {
              int digit = i < input.length() ? Character.digit(input.charAt(i), 16) : -1;
              if (digit < 0) {
                throw syntax(i, "4 hexadecimal digits after '\\u'");
              }
              code = code * 16 + digit;
              i++;
            }
            value.append((char) code);
          }
          default ->
              throw syntax(
                  i - 1,
                  "an escape sequence after '\\' (one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
      }
      throw syntax(input.length(), "'\"' to end the string that starts at column " + column(start));
    }

    private Token number(int start) {
      int i = start;
      if (input.charAt(i) == '-') {
        i++;
      }
      i = digits(i);
      if (at(i, '.')) {
        i = requireDigits(i + 1, "a digit after '.'");
      }
      if (at(i, 'e') || at(i, 'E')) {
        i++;
        if (at(i, '+') || at(i, '-')) {
          i++;
        }
        i = requireDigits(i, "a digit in the exponent");
      }
      String text = input.substring(start, i);
      return new Token(Kind.NUMBER, start, i, text, decimal(text));
    }

    private int digits(int from) {
      int i = from;
      while (i < input.length() && isDigit(input.charAt(i))) {
        i++;
      }
      return i;
    }

    private int requireDigits(int from, String expected) {
      int end = digits(from);
      if (end == from) {
        throw syntax(from, expected);
      }
      return end;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean identifierStart(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean identifierPart(char c) {
      return identifierStart(c) || isDigit(c);
    }

    // ---------------------------------------------------------------------------------------------- errors

    private CommercetoolsException syntax(int at, String expected) {
      String found;
      if (at >= input.length()) {
        found = "Unexpected end of input";
      } else {
        int codePoint = input.codePointAt(at);
        int type = Character.getType(codePoint);
        boolean printable =
            !Character.isISOControl(codePoint)
                && !Character.isWhitespace(codePoint)
                && type != Character.UNASSIGNED
                && type != Character.SURROGATE
                && type != Character.FORMAT
                && type != Character.PRIVATE_USE;
        found =
            "Invalid input '"
                + (printable
                    ? new String(Character.toChars(codePoint))
                    : String.format(Locale.ROOT, "\\u%04X", codePoint))
                + "'";
      }
      return invalid(
          "Syntax error while parsing 'where'. "
              + found
              + ", expected "
              + expected
              + " (line "
              + line(at)
              + ", column "
              + column(at)
              + ").");
    }

    private int line(int at) {
      int line = 1;
      for (int i = 0; i < at && i < input.length(); i++) {
        if (input.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }

    /** 1-based, in characters (code points) from the start of the line. */
    private int column(int at) {
      int end = Math.min(at, input.length());
      int lineStart = input.lastIndexOf('\n', end - 1) + 1;
      return input.codePointCount(lineStart, end) + 1 + (at - end);
    }
  }
}
