package ctc.domain.search;

import java.util.List;
import java.util.Objects;

/**
 * What a customer offers to search: every value of every searchable field, typed. An index stores
 * exactly these, so that which fields exist and how a customer fills them is decided here once.
 */
public record SearchDocument(String projectKey, String id, List<Entry> entries) {

  public SearchDocument {
    entries = List.copyOf(entries);
  }

  /**
   * One value of a field. {@code fieldType} is the SearchFieldType of a custom field ({@code text},
   * {@code set_number}, …), {@code language} the locale of a LocalizedString value; both null on
   * the fixed fields.
   */
  public record Entry(
      String field, SearchFieldKind kind, SearchValue value, String fieldType, String language) {
    public Entry {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
    }
  }
}
