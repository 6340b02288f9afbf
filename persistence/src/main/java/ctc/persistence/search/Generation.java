package ctc.persistence.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One index built from the database: its directory (none when in memory), writer, near-real-time
 * searchers and feed position. A rebuild makes a new generation beside the live one. Each commit
 * records the format, the feed position and when the generation was started, so that a restart
 * resumes where it stopped or sees that it must rebuild.
 */
final class Generation implements Closeable {

  /**
   * Changes whenever the layout of {@link LuceneFields} does; an index of another one is rebuilt.
   */
  static final String FORMAT = "customer-search-1";

  private static final String FORMAT_KEY = "format";
  private static final String SEQ_KEY = "seq";
  private static final String STARTED_KEY = "startedAt";

  final Path path;
  final Instant startedAt;
  final FeedPosition position;
  private final Directory directory;
  private final IndexWriter writer;
  final SearcherManager searchers;
  private boolean dirty;

  private Generation(Path path, Directory directory, Instant startedAt, long seq, boolean create)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.startedAt = startedAt;
    this.position = new FeedPosition(seq);
    IndexWriterConfig config =
        new IndexWriterConfig(SearchAnalysis.ANALYZER)
            .setOpenMode(
                create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
            .setRAMBufferSizeMB(32);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** A new, empty generation in {@code path} (in memory when null), following from {@code seq}. */
  static Generation create(Path path, Instant startedAt, long seq) throws IOException {
    Directory directory = path == null ? new ByteBuffersDirectory() : FSDirectory.open(path);
    return new Generation(path, directory, startedAt, seq, true);
  }

  /** The generation committed in {@code path}, if it is one of this format. */
  static Optional<Generation> open(Path path) {
    try {
      Directory directory = FSDirectory.open(path);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        return Optional.empty();
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
      if (!FORMAT.equals(data.get(FORMAT_KEY)) || data.get(SEQ_KEY) == null) {
        directory.close();
        return Optional.empty();
      }
      return Optional.of(
          new Generation(
              path,
              directory,
              Instant.parse(data.get(STARTED_KEY)),
              Long.parseLong(data.get(SEQ_KEY)),
              false));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void put(String id, Document document) throws IOException {
    writer.updateDocument(new Term(LuceneFields.ID, id), document);
    dirty = true;
  }

  void remove(String id) throws IOException {
    writer.deleteDocuments(new Term(LuceneFields.ID, id));
    dirty = true;
  }

  /** Makes what was applied visible to new searches. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Makes what was applied durable, with the position it reaches. */
  void commit() throws IOException {
    writer.setLiveCommitData(
        Map.of(
                FORMAT_KEY,
                FORMAT,
                SEQ_KEY,
                Long.toString(position.safe()),
                STARTED_KEY,
                startedAt.toString())
            .entrySet());
    writer.commit();
    dirty = false;
  }

  boolean dirty() {
    return dirty;
  }

  @Override
  public void close() throws IOException {
    try (directory;
        writer;
        searchers) {
      if (dirty) {
        commit();
      }
    }
  }

  /** Closes without a final commit and deletes the directory (a failed or replaced generation). */
  void discard() {
    try {
      writer.rollback();
      searchers.close();
      directory.close();
    } catch (IOException | RuntimeException e) {
      // Nothing more to save; the files go below.
    }
    delete(path);
  }

  static void delete(Path path) {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(Generation::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + path, e);
    }
  }

  private static void deleteOne(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + file, e);
    }
  }
}
