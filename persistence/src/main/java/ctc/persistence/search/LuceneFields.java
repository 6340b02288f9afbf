package ctc.persistence.search;

import ctc.domain.search.SearchDocument;
import ctc.domain.search.SearchFieldKind;
import ctc.domain.search.SearchValue;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * How a {@link SearchDocument} is laid out in Lucene: each search field becomes several Lucene
 * fields, one per way it is searched, named {@code <use>:<field>} (and {@code <field>#<locale>} for
 * the locales of a LocalizedString). Queries ({@link LuceneQueries}) and sorts ({@link
 * LuceneSorts}) name them through the methods here only.
 */
final class LuceneFields {

  static final String PROJECT = "_project";
  static final String ID = "_id";

  /** One term per field that has a value: {@code exists}. */
  static final String EXISTS = "_exists";

  /** {@code custom.<name>=<SearchFieldType>} per custom field: {@code fieldType}. */
  static final String FIELD_TYPE = "_ftype";

  /**
   * Whole values beyond this many characters are indexed by their beginning: an expression's value
   * has at most 256 characters, so {@code exact} cannot tell, and a Lucene term holds at most 32
   * KB.
   */
  static final int MAX_WHOLE_VALUE = 4096;

  private LuceneFields() {}

  /** Analysed terms: fullText, fullTextPrefix, fuzzy. */
  static String terms(String field) {
    return "t:" + field;
  }

  /** The whole value as stored: exact, prefix, wildcard. */
  static String whole(String field) {
    return "k:" + field;
  }

  /** The whole value lower-cased: the same with caseInsensitive. */
  static String lowerWhole(String field) {
    return "l:" + field;
  }

  static String bool(String field) {
    return "b:" + field;
  }

  static String point(SearchFieldKind kind, String field) {
    return switch (kind) {
      case NUMBER -> "p:" + field;
      case DATE -> "d:" + field;
      case DATETIME -> "dt:" + field;
      case TIME -> "tm:" + field;
      default -> throw new IllegalArgumentException("No points for " + kind);
    };
  }

  /** Sort key of texts: the lower-cased value, then the value. */
  static String sortText(String field) {
    return "s:" + field;
  }

  /** Sort key of numbers, booleans, dates and times, as sortable longs. */
  static String sortNumber(String field) {
    return "n:" + field;
  }

  /** The sum, and the mean, of a field's numbers (sort modes sum and avg). */
  static String sortSum(String field) {
    return "sum:" + field;
  }

  static String sortAvg(String field) {
    return "avg:" + field;
  }

  static String localized(String field, String language) {
    return language == null ? field : field + "#" + language;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  static String clip(String text) {
    return text.length() <= MAX_WHOLE_VALUE ? text : text.substring(0, MAX_WHOLE_VALUE);
  }

  static long epochValue(SearchValue value) {
    if (value instanceof SearchValue.Date date) {
      return date.value().toEpochDay();
    }
    if (value instanceof SearchValue.DateTime dateTime) {
      return dateTime.value().toEpochMilli();
    }
    if (value instanceof SearchValue.Time time) {
      return time.value().toNanoOfDay() / 1_000_000;
    }
    throw new IllegalArgumentException("Not temporal: " + value);
  }

  static Document document(SearchDocument source) {
    Document document = new Document();
    document.add(new StringField(PROJECT, source.projectKey(), Field.Store.NO));
    document.add(new StringField(ID, source.id(), Field.Store.NO));
    document.add(new SortedDocValuesField(ID, new BytesRef(source.id())));
    Set<String> seen = new HashSet<>();
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (SearchDocument.Entry entry : source.entries()) {
      String field = entry.field();
      String local = localized(field, entry.language());
      if (seen.add(EXISTS + field)) {
        document.add(new StringField(EXISTS, field, Field.Store.NO));
      }
      if (entry.language() != null && seen.add(EXISTS + local)) {
        document.add(new StringField(EXISTS, local, Field.Store.NO));
      }
      if (entry.fieldType() != null && seen.add(FIELD_TYPE + field)) {
        document.add(new StringField(FIELD_TYPE, field + "=" + entry.fieldType(), Field.Store.NO));
      }
      switch (entry.kind()) {
        case TEXT, KEYWORD -> {
          String text = ((SearchValue.Text) entry.value()).value();
          for (String name : entry.language() == null ? Set.of(field) : Set.of(field, local)) {
            if (entry.kind() == SearchFieldKind.TEXT) {
              document.add(new TextField(terms(name), text, Field.Store.NO));
            }
            document.add(new StringField(whole(name), clip(text), Field.Store.NO));
            document.add(new StringField(lowerWhole(name), clip(lower(text)), Field.Store.NO));
          }
          // Sorting a LocalizedString needs a locale; without one its values count as missing.
          String sortName = entry.language() == null ? field : local;
          String key = clip(lower(text)) + "\u0000" + clip(text);
          document.add(new SortedSetDocValuesField(sortText(sortName), new BytesRef(key)));
        }
        case BOOLEAN -> {
          boolean value = ((SearchValue.Bool) entry.value()).value();
          document.add(new StringField(bool(field), Boolean.toString(value), Field.Store.NO));
          document.add(new SortedNumericDocValuesField(sortNumber(field), value ? 1 : 0));
        }
        case NUMBER -> {
          BigDecimal number = ((SearchValue.Number) entry.value()).value();
          double value = number.doubleValue();
          document.add(new DoublePoint(point(SearchFieldKind.NUMBER, field), value));
          document.add(
              new SortedNumericDocValuesField(
                  sortNumber(field), NumericUtils.doubleToSortableLong(value)));
          double[] sum = sums.computeIfAbsent(field, f -> new double[2]);
          sum[0] += value;
          sum[1]++;
        }
        case DATE, DATETIME, TIME -> {
          long value = epochValue(entry.value());
          document.add(new LongPoint(point(entry.kind(), field), value));
          document.add(new SortedNumericDocValuesField(sortNumber(field), value));
        }
      }
    }
    sums.forEach(
        (field, sum) -> {
          document.add(
              new NumericDocValuesField(sortSum(field), NumericUtils.doubleToSortableLong(sum[0])));
          document.add(
              new NumericDocValuesField(
                  sortAvg(field), NumericUtils.doubleToSortableLong(sum[0] / sum[1])));
        });
    return document;
  }
}
