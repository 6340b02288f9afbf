package ctc.persistence.search;

import ctc.domain.search.SearchFieldKind;
import ctc.domain.search.SearchSort;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.SortedSetSortField;

/**
 * Translates the sort criteria (contract §5): texts case-insensitively, numbers, booleans, dates
 * and times by value, customers without a value last in both orders, and {@code id} ascending after
 * all criteria.
 */
final class LuceneSorts {

  private LuceneSorts() {}

  static Sort of(List<SearchSort> sorts) {
    List<SortField> fields = new ArrayList<>();
    if (sorts.isEmpty()) {
      fields.add(SortField.FIELD_SCORE);
    }
    for (SearchSort sort : sorts) {
      if (sort.byScore()) {
        fields.add(new SortField(null, SortField.Type.SCORE, !sort.descending()));
      } else {
        fields.addAll(field(sort));
      }
    }
    fields.add(new SortField(LuceneFields.ID, SortField.Type.STRING));
    return new Sort(fields.toArray(SortField[]::new));
  }

  /** Whether relevance must be computed for the sort itself. */
  static boolean byScore(List<SearchSort> sorts) {
    return sorts.isEmpty() || sorts.stream().anyMatch(SearchSort::byScore);
  }

  private static List<SortField> field(SearchSort sort) {
    String name = sort.field().name();
    if (!sort.field().custom()) {
      return List.of(
          sort.field().kind() == SearchFieldKind.TEXT
                  || sort.field().kind() == SearchFieldKind.KEYWORD
              ? text(name, sort)
              : number(name, sort));
    }
    String local = LuceneFields.localized(name, sort.language());
    if (sort.fieldType() == null) {
      // Each customer's Type decides the kind: those with numbers first, then those with texts.
      return List.of(number(name, sort), text(local, sort));
    }
    String type = sort.fieldType().replaceFirst("^set_", "");
    return List.of(
        switch (type) {
          case "text", "ltext", "enum", "lenum" -> text(local, sort);
          default -> number(name, sort);
        });
  }

  private static SortField text(String name, SearchSort sort) {
    SortField field =
        new SortedSetSortField(
            LuceneFields.sortText(name),
            sort.descending(),
            sort.mode() == SearchSort.Mode.MAX
                ? SortedSetSelector.Type.MAX
                : SortedSetSelector.Type.MIN);
    field.setMissingValue(sort.descending() ? SortField.STRING_FIRST : SortField.STRING_LAST);
    return field;
  }

  private static SortField number(String name, SearchSort sort) {
    SortField field =
        switch (sort.mode()) {
          case SUM ->
              new SortField(LuceneFields.sortSum(name), SortField.Type.LONG, sort.descending());
          case AVG ->
              new SortField(LuceneFields.sortAvg(name), SortField.Type.LONG, sort.descending());
          case MIN, MAX ->
              new SortedNumericSortField(
                  LuceneFields.sortNumber(name),
                  SortField.Type.LONG,
                  sort.descending(),
                  sort.mode() == SearchSort.Mode.MAX
                      ? SortedNumericSelector.Type.MAX
                      : SortedNumericSelector.Type.MIN);
        };
    field.setMissingValue(sort.descending() ? Long.MIN_VALUE : Long.MAX_VALUE);
    return field;
  }
}
