package ctc.domain.search;

import java.util.Objects;

/**
 * A field a search expression or sort names: one of the fixed fields of contract §4 with its kind,
 * or {@code custom.<name>}, whose kind each customer's Type decides ({@code kind} null).
 */
public record SearchField(String name, SearchFieldKind kind) {

  public static final String CUSTOM_PREFIX = "custom.";

  /** The special text field holding the terms of many fields (contract Decisions, "all"). */
  public static final String ALL = "all";

  public SearchField {
    Objects.requireNonNull(name, "name");
  }

  public boolean custom() {
    return kind == null;
  }

  public boolean isAll() {
    return name.equals(ALL);
  }

  /** Whether the expression can apply: on a custom field any may, per customer. */
  public boolean supports(ExpressionType expression) {
    if (isAll()) {
      return expression == ExpressionType.FULL_TEXT
          || expression == ExpressionType.FULL_TEXT_PREFIX
          || expression == ExpressionType.FUZZY
          || expression == ExpressionType.EXISTS;
    }
    return custom() || kind.supports(expression);
  }
}
