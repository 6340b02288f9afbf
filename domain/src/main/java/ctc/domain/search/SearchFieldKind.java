package ctc.domain.search;

/** How a searchable field is indexed, and so which expressions fit it (contract §3.2). */
public enum SearchFieldKind {
  TEXT,
  KEYWORD,
  BOOLEAN,
  NUMBER,
  DATE,
  DATETIME,
  TIME;

  /** Whether the expression fits a field of this kind (the table of contract §3.2). */
  public boolean supports(ExpressionType expression) {
    return switch (expression) {
      case EXACT, EXISTS -> true;
      case FULL_TEXT, FULL_TEXT_PREFIX, FUZZY -> this == TEXT;
      case PREFIX, WILDCARD -> this == TEXT || this == KEYWORD;
      case RANGE -> this == NUMBER || this == DATE || this == DATETIME || this == TIME;
    };
  }
}
