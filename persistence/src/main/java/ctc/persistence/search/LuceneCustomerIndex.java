package ctc.persistence.search;

import ctc.domain.error.Errors;
import ctc.domain.search.CustomerSearchDocuments;
import ctc.domain.search.CustomerSearchIndex;
import ctc.domain.search.IndexingStatus;
import ctc.domain.search.SearchRequest;
import ctc.domain.search.SearchResult;
import ctc.domain.type.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer search index: Lucene, embedded, derived from the database. Each server instance has
 * its own and follows the change feed ({@link JdbiCustomerChanges}) that every instance writes, so
 * a change through any instance reaches every index within a poll interval and a refresh.
 *
 * <p>One follower thread applies the feed; a builder thread builds a generation from the database
 * when there is no usable one (then search answers SearchNotReady until it is done) or when a
 * rebuild is asked for (then the live generation answers meanwhile). A built generation is caught
 * up with the feed by the follower and then replaces the live one.
 */
public final class LuceneCustomerIndex implements CustomerSearchIndex, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LuceneCustomerIndex.class);

  /** Changes re-read after a build's scan, for writes that committed while it ran. */
  private static final long REPLAY = 1000;

  private static final int BATCH = 1000;
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
  private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(30);
  private static final int MAX_CACHED_TYPES = 10_000;

  /** The settings of an index. */
  public record Settings(Path directory, Duration timeout, Duration pollInterval) {}

  private final Settings settings;
  private final JdbiCustomerChanges changes;
  private final JdbiSearchSource source;
  private final Clock clock;
  private final ScheduledExecutorService follower;
  private final ScheduledExecutorService builder;
  private final Map<String, Optional<Type>> types = new ConcurrentHashMap<>();

  private volatile Generation live;
  private volatile Generation built;
  private volatile IndexingStatus status;
  private volatile boolean closed;
  private long lastCommit;
  private int failures;

  private LuceneCustomerIndex(
      Settings settings, JdbiCustomerChanges changes, JdbiSearchSource source, Clock clock) {
    this.settings = settings;
    this.changes = changes;
    this.source = source;
    this.clock = clock;
    this.follower = Executors.newSingleThreadScheduledExecutor(daemon("search-follower"));
    this.builder = Executors.newSingleThreadScheduledExecutor(daemon("search-builder"));
  }

  /**
   * Opens the index in {@code settings.directory()} (in memory when null) and starts following the
   * feed; builds a new generation in the background when none is usable, or when {@code rebuild}.
   */
  public static LuceneCustomerIndex start(
      Settings settings,
      JdbiCustomerChanges changes,
      JdbiSearchSource source,
      Clock clock,
      boolean rebuild) {
    LuceneCustomerIndex index = new LuceneCustomerIndex(settings, changes, source, clock);
    index.live = index.openUsable().orElse(null);
    if (index.live != null) {
      index.status = ready(index.live.startedAt, clock.instant());
    } else {
      index.status = indexing(clock.instant(), new IndexingStatus.Progress(0, 0, 0));
    }
    if (index.live == null || rebuild) {
      index.builder.execute(index::build);
    }
    long interval = settings.pollInterval().toMillis();
    index.follower.scheduleWithFixedDelay(index::follow, 0, interval, TimeUnit.MILLISECONDS);
    return index;
  }

  @Override
  public SearchResult search(String projectKey, SearchRequest request) {
    Generation generation = live;
    if (generation == null) {
      throw Errors.searchNotReady();
    }
    IndexSearcher searcher;
    try {
      searcher = generation.searchers.acquire();
    } catch (IOException | IllegalStateException e) {
      // The generation was replaced and closed in between: the next one answers.
      if (live != generation) {
        return search(projectKey, request);
      }
      throw Errors.searchNotReady();
    }
    try {
      IndexReader reader = searcher.getIndexReader();
      return LuceneSearch.run(reader, projectKey, request, settings.timeout());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(generation, searcher);
    }
  }

  @Override
  public IndexingStatus status() {
    return status;
  }

  /**
   * Stops the threads and commits what was applied. No interrupts: Lucene and H2 both treat an
   * interrupted file operation as a broken file.
   */
  @Override
  public void close() {
    closed = true;
    builder.shutdown();
    follower.shutdown();
    try {
      builder.awaitTermination(30, TimeUnit.SECONDS);
      follower.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Generation pending = built;
    if (pending != null) {
      pending.discard();
    }
    Generation current = live;
    if (current != null) {
      try {
        current.close();
      } catch (IOException e) {
        LOG.warn("Closing the search index failed", e);
      }
    }
  }

  /** The newest committed generation of this format that the feed can still bring up to date. */
  private Optional<Generation> openUsable() {
    Path root = settings.directory();
    if (root == null) {
      return Optional.empty();
    }
    List<Path> generations = generations(root);
    Optional<Generation> usable = Optional.empty();
    for (Path path : generations) {
      if (usable.isEmpty()) {
        usable = Generation.open(path).filter(this::canCatchUp);
        if (usable.isPresent()) {
          continue;
        }
      }
      Generation.delete(path);
    }
    return usable;
  }

  /**
   * Whether every change after the generation's position is still in the feed, and the feed is the
   * one of this database (an index from another database would be ahead of it).
   */
  private boolean canCatchUp(Generation generation) {
    long safe = generation.position.safe();
    OptionalLong first = changes.first();
    boolean purged = first.isPresent() && first.getAsLong() > safe + 1;
    boolean ahead = safe > changes.last();
    if (purged || ahead) {
      LOG.info("The search index in {} is out of date; it is rebuilt", generation.path);
      generation.discard();
      return false;
    }
    return true;
  }

  private static List<Path> generations(Path root) {
    try {
      Files.createDirectories(root);
      try (Stream<Path> entries = Files.list(root)) {
        return entries
            .filter(path -> path.getFileName().toString().startsWith("gen-"))
            .sorted(Comparator.comparing(Path::toString).reversed())
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search directory " + root, e);
    }
  }

  /** On the builder thread: scans every customer into a new generation. */
  private void build() {
    Instant startedAt = clock.instant();
    Path path =
        settings.directory() == null
            ? null
            : settings.directory().resolve(String.format("gen-%020d", startedAt.toEpochMilli()));
    Generation generation = null;
    try {
      // Rows already purged cannot be replayed; starting below the oldest kept one would only
      // leave a position that the next start takes for out of date.
      long from = Math.max(Math.max(0, changes.last() - REPLAY), changes.first().orElse(1) - 1);
      generation = Generation.create(path, startedAt, from);
      long total = source.count();
      if (live == null) {
        status = indexing(startedAt, new IndexingStatus.Progress(0, 0, total));
      }
      long indexed = 0;
      long failed = 0;
      String after = "";
      List<JdbiSearchSource.Stored> page;
      while (!(page = source.page(after, BATCH)).isEmpty()) {
        for (JdbiSearchSource.Stored stored : page) {
          if (put(generation, stored)) {
            indexed++;
          } else {
            failed++;
          }
        }
        after = page.get(page.size() - 1).customer().id();
        if (live == null) {
          status =
              indexing(
                  startedAt,
                  new IndexingStatus.Progress(indexed, failed, Math.max(total, indexed)));
        }
        if (closed) {
          generation.discard();
          return;
        }
      }
      generation.commit();
      generation.refresh();
      built = generation;
      failures = 0;
    } catch (IOException | RuntimeException e) {
      LOG.error("Building the search index failed", e);
      if (generation != null) {
        generation.discard();
      }
      failures++;
      if (live == null) {
        status =
            new IndexingStatus(
                IndexingStatus.Status.Failed, null, startedAt, clock.instant(), failures);
      }
      long wait = Math.min(MAX_RETRY_WAIT.toMillis(), 1000L << Math.min(failures, 5));
      if (!closed) {
        builder.schedule(this::build, wait, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** On the follower thread: applies the feed to the live generation and the one just built. */
  private void follow() {
    try {
      Generation current = live;
      if (current != null) {
        apply(current);
      }
      Generation next = built;
      if (next != null) {
        apply(next);
        replace(current, next);
      }
      commitWhenDue();
    } catch (Exception e) {
      LOG.warn("Following the customer changes failed; trying again", e);
    }
  }

  private void apply(Generation generation) throws IOException {
    boolean changed = false;
    FeedPosition.Poll poll;
    do {
      poll = generation.position.poll(changes, BATCH, System.nanoTime());
      Set<String> ids = new LinkedHashSet<>();
      poll.rows().forEach(row -> ids.add(row.customerId()));
      try {
        Set<String> gone = new LinkedHashSet<>(ids);
        for (JdbiSearchSource.Stored stored : source.customers(ids)) {
          gone.remove(stored.customer().id());
          put(generation, stored);
        }
        for (String id : gone) {
          generation.remove(id);
        }
      } catch (IOException | RuntimeException e) {
        generation.position.undo(poll);
        throw e;
      }
      changed |= !ids.isEmpty();
    } while (poll.more());
    if (changed) {
      generation.refresh();
    }
  }

  private void replace(Generation current, Generation next) throws IOException {
    next.commit();
    live = next;
    built = null;
    status = ready(next.startedAt, clock.instant());
    if (current != null) {
      // Searches still holding its reader finish on it; the files go once nothing reads them.
      current.discard();
    }
  }

  private void commitWhenDue() throws IOException {
    long now = System.nanoTime();
    Generation current = live;
    if (current != null && current.dirty() && now - lastCommit > COMMIT_EVERY.toNanos()) {
      current.commit();
      lastCommit = now;
    }
  }

  /**
   * Indexes one customer; one that cannot be indexed is logged and skipped, so that it stops
   * neither a build nor the follower.
   */
  private boolean put(Generation generation, JdbiSearchSource.Stored stored) throws IOException {
    Document document;
    try {
      document = document(stored);
    } catch (RuntimeException e) {
      LOG.warn("Customer {} cannot be indexed", stored.customer().id(), e);
      return false;
    }
    generation.put(stored.customer().id(), document);
    return true;
  }

  private Document document(JdbiSearchSource.Stored stored) {
    return LuceneFields.document(
        CustomerSearchDocuments.of(stored.projectKey(), stored.customer(), this::type));
  }

  private Optional<Type> type(String id) {
    if (types.size() > MAX_CACHED_TYPES) {
      types.clear();
    }
    // A Type's field definitions never change (it has no action for them), so it can be kept.
    return types.computeIfAbsent(id, source::type);
  }

  private static void release(Generation generation, IndexSearcher searcher) {
    try {
      generation.searchers.release(searcher);
    } catch (IOException e) {
      LOG.warn("Releasing a searcher failed", e);
    }
  }

  private static IndexingStatus ready(Instant startedAt, Instant now) {
    return new IndexingStatus(IndexingStatus.Status.Ready, null, startedAt, now, null);
  }

  private static IndexingStatus indexing(Instant startedAt, IndexingStatus.Progress progress) {
    return new IndexingStatus(IndexingStatus.Status.Indexing, progress, startedAt, startedAt, null);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
