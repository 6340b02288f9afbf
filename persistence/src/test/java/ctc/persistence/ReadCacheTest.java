package ctc.persistence;

import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.update.Saves.delete;
import static ctc.domain.update.Saves.insert;
import static ctc.domain.update.Saves.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ctc.domain.auth.ApiClient;
import ctc.domain.auth.OAuthToken;
import ctc.domain.common.TokenDigests;
import ctc.domain.customer.Customer;
import ctc.persistence.auth.JdbiApiClientRepository;
import ctc.persistence.auth.JdbiOAuthTokenRepository;
import ctc.persistence.customer.JdbiCustomerRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read cache of the embedded database: what it keeps, and that no acknowledged write is ever
 * answered with what was there before it (deletions of tokens and customers, updates), also with
 * reads and writes on real threads at once.
 */
class ReadCacheTest {

  private static Database database;
  private static Jdbi jdbi;

  @BeforeAll
  static void open() {
    database = TestDatabases.open(TestDatabases.h2());
    jdbi = database.jdbi();
    new JdbiApiClientRepository(jdbi)
        .insert(
            new ApiClient(
                "client", "p", "client", "hash", List.of("manage_project:p"), null, null, NOW));
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void keepsWhatItReadAndNotWhatItDidNotFind() {
    ReadCache<String, String> cache = ReadCache.of(jdbi, 10);
    AtomicInteger loads = new AtomicInteger();
    assertThat(cache.get("a", () -> count(loads, Optional.of("A")))).contains("A");
    assertThat(cache.get("a", () -> count(loads, Optional.of("other")))).contains("A");
    assertThat(cache.get("b", () -> count(loads, Optional.empty()))).isEmpty();
    assertThat(cache.get("b", () -> count(loads, Optional.of("B")))).contains("B");
    assertThat(loads).hasValue(3);
  }

  @Test
  void isOffForSharedDatabasesAndOnlyUsedOutsideAHandle() {
    ReadCache<String, String> off = ReadCache.off(jdbi);
    off.get("a", () -> Optional.of("A"));
    assertThat(off.get("a", () -> Optional.of("again"))).contains("again");

    ReadCache<String, String> cache = ReadCache.of(jdbi, 10);
    // Inside a transaction the read may see uncommitted data: it must not be kept.
    jdbi.useTransaction(handle -> cache.get("a", () -> Optional.of("uncommitted")));
    assertThat(cache.get("a", () -> Optional.of("committed"))).contains("committed");
    jdbi.useHandle(
        handle -> assertThat(cache.get("a", () -> Optional.of("read"))).contains("read"));
  }

  @Test
  void aReadOverlappingAWriteOfItsKeyIsNotKept() {
    ReadCache<String, String> cache = ReadCache.of(jdbi, 10);
    Optional<String> during =
        cache.get(
            "a",
            () -> {
              jdbi.useHandle(handle -> cache.written(handle, "a"));
              return Optional.of("before the write");
            });
    assertThat(during).contains("before the write");
    assertThat(cache.get("a", () -> Optional.of("after"))).contains("after");

    Optional<String> duringAll =
        cache.get(
            "b",
            () -> {
              jdbi.useHandle(cache::writtenAll);
              return Optional.of("before the write");
            });
    assertThat(duringAll).contains("before the write");
    assertThat(cache.get("b", () -> Optional.of("after"))).contains("after");
  }

  @Test
  void aWriteInATransactionDropsTheKeyAgainAtCommit() throws Exception {
    ReadCache<String, String> cache = ReadCache.of(jdbi, 10);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch reread = new CountDownLatch(1);
    Thread writer =
        new Thread(
            () ->
                jdbi.useTransaction(
                    handle -> {
                      cache.written(handle, "a");
                      written.countDown();
                      await(reread);
                    }));
    writer.start();
    written.await();
    // Another thread reads what is still committed, between the write and its commit.
    assertThat(cache.get("a", () -> Optional.of("old"))).contains("old");
    reread.countDown();
    writer.join();
    assertThat(cache.get("a", () -> Optional.of("new"))).contains("new");
  }

  @Test
  void staysWithinItsCapacity() {
    ReadCache<Integer, Integer> cache = ReadCache.of(jdbi, 100);
    for (int i = 0; i < 1_000; i++) {
      int value = i;
      cache.get(i, () -> Optional.of(value));
    }
    AtomicInteger loads = new AtomicInteger();
    for (int i = 0; i < 1_000; i++) {
      int value = i;
      cache.get(i, () -> count(loads, Optional.of(value)));
    }
    assertThat(loads.get()).isGreaterThanOrEqualTo(900);
  }

  @Test
  void aRevokedTokenIsGoneForTheNextRead() {
    JdbiOAuthTokenRepository tokens = new JdbiOAuthTokenRepository(jdbi, ReadCache.of(jdbi, 100));
    OAuthToken token = token(null);
    tokens.insert(token);
    assertThat(tokens.findByDigest(token.digest())).contains(token);
    tokens.delete(token.digest());
    assertThat(tokens.findByDigest(token.digest())).isEmpty();

    Customer customer = aCustomer().toBuilder().email(UUID.randomUUID() + "@example.com").build();
    insert(new JdbiCustomerRepository(jdbi), "p", customer);
    OAuthToken ofCustomer = token(customer.id());
    tokens.insert(ofCustomer);
    assertThat(tokens.findByDigest(ofCustomer.digest())).isPresent();
    new JdbiTransactions(jdbi)
        .inTransaction(
            () -> {
              tokens.deleteByCustomer("p", customer.id());
              return null;
            });
    assertThat(tokens.findByDigest(ofCustomer.digest())).isEmpty();
  }

  @Test
  void aDeletedCustomersTokensAreGoneForTheNextRead() {
    ReadCache<String, OAuthToken> tokenCache = ReadCache.of(jdbi, 100);
    JdbiOAuthTokenRepository tokens = new JdbiOAuthTokenRepository(jdbi, tokenCache);
    JdbiCustomerRepository customers =
        new JdbiCustomerRepository(
            jdbi, jdbi, ReadCache.of(jdbi, 100), ReadCache.of(jdbi, 100), tokenCache);
    Customer customer = aCustomer().toBuilder().email(UUID.randomUUID() + "@example.com").build();
    insert(customers, "p", customer);
    OAuthToken token = token(customer.id());
    tokens.insert(token);
    assertThat(tokens.findByDigest(token.digest())).isPresent();
    delete(customers, "p", customer);
    assertThat(tokens.findByDigest(token.digest())).isEmpty();
  }

  @Test
  void aCustomerIsReadAsLastWrittenByIdAndByKey() {
    JdbiCustomerRepository customers = cachedCustomers();
    Customer first = aKeyedCustomer();
    insert(customers, "p", first);
    assertThat(customers.findById("p", first.id())).contains(first);
    assertThat(customers.findByKey("p", first.key())).contains(first);

    Customer second = first.toBuilder().version(2).key("k-" + UUID.randomUUID()).build();
    update(customers, "p", first, second);
    assertThat(customers.findById("p", first.id())).contains(second);
    assertThat(customers.findByKey("p", first.key())).isEmpty();
    assertThat(customers.findByKey("p", second.key())).contains(second);
    assertThat(customers.findById("other", first.id())).isEmpty();

    delete(customers, "p", second);
    assertThat(customers.findById("p", first.id())).isEmpty();
    assertThat(customers.findByKey("p", second.key())).isEmpty();
  }

  @Test
  void aWrittenCustomerIsKeptAsCommittedWithoutAnotherRead() {
    JdbiCustomerRepository customers = cachedCustomers();
    Customer first = aKeyedCustomer();
    insert(customers, "p", first);
    Customer second = first.toBuilder().version(2).firstName("Second").build();
    update(customers, "p", first, second);
    // What the cache keeps is what the database answers.
    assertThat(new JdbiCustomerRepository(jdbi).findById("p", first.id())).contains(second);

    // Changed behind the repository's back, the row is not read again.
    Customer behind = second.toBuilder().firstName("Behind").build();
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("UPDATE customer SET document = :document WHERE id = :id")
                .bind("document", new Documents().write(behind))
                .bind("id", first.id())
                .execute());
    assertThat(customers.findById("p", first.id())).contains(second);
    assertThat(customers.findByKey("p", first.key())).contains(second);
    assertThat(new JdbiCustomerRepository(jdbi).findById("p", first.id())).contains(behind);
  }

  @Test
  void aWriteThatRollsBackKeepsNothing() {
    ReadCache<String, String> cache = ReadCache.of(jdbi, 10);
    cache.get("a", () -> Optional.of("A"));
    assertThatThrownBy(
            () ->
                jdbi.useTransaction(
                    handle -> {
                      cache.written(handle, "a", "uncommitted");
                      throw new IllegalStateException("rolled back");
                    }))
        .hasMessage("rolled back");
    assertThat(cache.get("a", () -> Optional.of("from the database")))
        .contains("from the database");
  }

  @Test
  void aCommittedValueIsNotKeptWhenAnotherWriteOfItsKeyCameBetween() {
    ReadCache<String, String> cache = ReadCache.of(jdbi, 10);
    jdbi.useTransaction(
        handle -> {
          cache.written(handle, "a", "first");
          // A second writer of the key, its statement committed on its own before this commit.
          try (Handle other = jdbi.open()) {
            cache.written(other, "a");
          }
        });
    assertThat(cache.get("a", () -> Optional.of("from the database")))
        .contains("from the database");
  }

  /**
   * Writers update customers while readers read them; every read must answer a version at least as
   * new as the last one whose write had returned when the read began.
   */
  @Test
  void readersNeverSeeAVersionOlderThanAnAcknowledgedOne() throws Exception {
    JdbiCustomerRepository customers = cachedCustomers();
    int count = 4;
    List<Customer> stored = new ArrayList<>();
    List<AtomicLong> acknowledged = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Customer customer = aCustomer().toBuilder().email(UUID.randomUUID() + "@example.com").build();
      insert(customers, "p", customer);
      stored.add(customer);
      acknowledged.add(new AtomicLong(1));
    }
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger stale = new AtomicInteger();
    AtomicInteger reads = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(count + 4);
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      work.add(
          threads.submit(
              () -> {
                Customer current = stored.get(index);
                for (int v = 2; v <= 150; v++) {
                  Customer next = current.toBuilder().version(v).firstName("v" + v).build();
                  update(customers, "p", current, next);
                  acknowledged.get(index).set(v);
                  current = next;
                }
              }));
    }
    for (int r = 0; r < 4; r++) {
      int offset = r;
      threads.submit(
          () -> {
            int i = offset;
            while (running.get()) {
              int index = i++ % count;
              long floor = acknowledged.get(index).get();
              long version =
                  customers.findById("p", stored.get(index).id()).orElseThrow().version();
              reads.incrementAndGet();
              if (version < floor) {
                stale.incrementAndGet();
              }
            }
          });
    }
    for (Future<?> writer : work) {
      writer.get(60, TimeUnit.SECONDS);
    }
    running.set(false);
    threads.shutdown();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(reads.get()).isPositive();
    assertThat(stale).hasValue(0);
    for (int i = 0; i < count; i++) {
      assertThat(customers.findById("p", stored.get(i).id()).orElseThrow().version())
          .isEqualTo(150);
    }
  }

  /** A customer with an email and a key of its own. */
  private static Customer aKeyedCustomer() {
    return aCustomer().toBuilder()
        .email(UUID.randomUUID() + "@example.com")
        .key("k-" + UUID.randomUUID())
        .build();
  }

  private static JdbiCustomerRepository cachedCustomers() {
    return new JdbiCustomerRepository(
        jdbi, jdbi, ReadCache.of(jdbi, 100), ReadCache.of(jdbi, 100), ReadCache.of(jdbi, 100));
  }

  private static OAuthToken token(String customerId) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new OAuthToken(
        TokenDigests.sha256(UUID.randomUUID().toString()),
        OAuthToken.Kind.ACCESS,
        "client",
        "p",
        List.of("manage_my_profile:p"),
        customerId,
        null,
        null,
        now.plusSeconds(3600),
        now);
  }

  private static <T> T count(AtomicInteger loads, T value) {
    loads.incrementAndGet();
    return value;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
