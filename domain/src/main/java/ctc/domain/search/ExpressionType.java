package ctc.domain.search;

import java.util.Arrays;
import java.util.Optional;

/** The simple expressions of the search query language, by their JSON key. */
public enum ExpressionType {
  EXACT("exact"),
  FULL_TEXT("fullText"),
  FULL_TEXT_PREFIX("fullTextPrefix"),
  PREFIX("prefix"),
  WILDCARD("wildcard"),
  FUZZY("fuzzy"),
  EXISTS("exists"),
  RANGE("range");

  private final String key;

  ExpressionType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<ExpressionType> ofKey(String key) {
    return Arrays.stream(values()).filter(type -> type.key.equals(key)).findFirst();
  }
}
