package ctc.persistence.search;

import ctc.domain.search.JsonValue;
import ctc.domain.search.SearchDocument;
import ctc.domain.search.SearchFieldKind;
import ctc.domain.search.SearchRequestParser;
import ctc.domain.search.SearchResult;
import ctc.domain.search.SearchValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

/** An in-memory index of hand-made search documents, searched as the server searches. */
final class TestIndex implements AutoCloseable {

  static final String PROJECT = "p";

  private final IndexWriter writer;

  TestIndex() {
    try {
      writer =
          new IndexWriter(
              new ByteBuffersDirectory(), new IndexWriterConfig(SearchAnalysis.ANALYZER));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestIndex add(Doc doc) {
    return add(doc.build(PROJECT));
  }

  TestIndex add(SearchDocument document) {
    try {
      writer.addDocument(LuceneFields.document(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  SearchResult search(JsonValue body) {
    return search(body, Duration.ofSeconds(5));
  }

  SearchResult search(JsonValue body, Duration timeout) {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return LuceneSearch.run(reader, PROJECT, new SearchRequestParser().parse(body), timeout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> ids(JsonValue body) {
    return search(body).results().stream().map(SearchResult.Hit::id).toList();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  static Doc doc(String id) {
    return new Doc(id);
  }

  /** A search document in the making. */
  static final class Doc {
    private final String id;
    private final List<SearchDocument.Entry> entries = new ArrayList<>();

    private Doc(String id) {
      this.id = id;
      keyword("id", id);
    }

    Doc text(String field, String... values) {
      for (String value : values) {
        entries.add(
            new SearchDocument.Entry(
                field, SearchFieldKind.TEXT, new SearchValue.Text(value), null, null));
      }
      return this;
    }

    Doc keyword(String field, String... values) {
      for (String value : values) {
        entries.add(
            new SearchDocument.Entry(
                field, SearchFieldKind.KEYWORD, new SearchValue.Text(value), null, null));
      }
      return this;
    }

    Doc bool(String field, boolean value) {
      entries.add(
          new SearchDocument.Entry(
              field, SearchFieldKind.BOOLEAN, new SearchValue.Bool(value), null, null));
      return this;
    }

    Doc date(String field, String value) {
      entries.add(
          new SearchDocument.Entry(
              field,
              SearchFieldKind.DATE,
              new SearchValue.Date(LocalDate.parse(value)),
              null,
              null));
      return this;
    }

    Doc dateTime(String field, String value) {
      entries.add(
          new SearchDocument.Entry(
              field,
              SearchFieldKind.DATETIME,
              new SearchValue.DateTime(Instant.parse(value)),
              null,
              null));
      return this;
    }

    /** A custom field value of the given SearchFieldType. */
    Doc custom(String name, String fieldType, Object value) {
      return custom(name, fieldType, value, null);
    }

    Doc custom(String name, String fieldType, Object value, String language) {
      String type = fieldType.replaceFirst("^set_", "");
      SearchFieldKind kind;
      SearchValue typed;
      switch (type) {
        case "number" -> {
          kind = SearchFieldKind.NUMBER;
          typed = new SearchValue.Number(new BigDecimal(value.toString()));
        }
        case "boolean" -> {
          kind = SearchFieldKind.BOOLEAN;
          typed = new SearchValue.Bool((Boolean) value);
        }
        case "date" -> {
          kind = SearchFieldKind.DATE;
          typed = new SearchValue.Date(LocalDate.parse(value.toString()));
        }
        case "time" -> {
          kind = SearchFieldKind.TIME;
          typed = new SearchValue.Time(LocalTime.parse(value.toString()));
        }
        case "enum", "lenum" -> {
          kind = SearchFieldKind.KEYWORD;
          typed = new SearchValue.Text(value.toString());
        }
        default -> {
          kind = SearchFieldKind.TEXT;
          typed = new SearchValue.Text(value.toString());
        }
      }
      entries.add(new SearchDocument.Entry("custom." + name, kind, typed, fieldType, language));
      return this;
    }

    SearchDocument build(String project) {
      return new SearchDocument(project, id, entries);
    }
  }
}
