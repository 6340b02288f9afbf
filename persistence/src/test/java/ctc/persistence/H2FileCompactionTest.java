package ctc.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.customer.Customer;
import ctc.domain.update.Saves;
import ctc.persistence.customer.JdbiCustomerRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the embedded file, measured against the same data after an explicit full compaction
 * (SHUTDOWN COMPACT), stays small across a close and reopen however much was written before, and a
 * file left mostly empty (as by a crash during a burst of writes) is compacted when it is opened.
 */
class H2FileCompactionTest {

  private static final int CUSTOMERS = 200;
  private static final int UPDATES = 2_000;
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path directory;

  @Test
  void aWriteRunLeavesAFileNearItsLiveDataAfterCloseAndReopen() throws Exception {
    String url = Database.h2FileUrl(directory.toString());
    long written;
    try (Database database = TestDatabases.open(url)) {
      JdbiCustomerRepository customers = new JdbiCustomerRepository(database.jdbi());
      List<Customer> stored = new ArrayList<>();
      for (int i = 0; i < CUSTOMERS; i++) {
        Customer customer = customer(i);
        Saves.insert(customers, "p", customer);
        stored.add(customer);
      }
      for (int i = 0; i < UPDATES; i++) {
        Customer previous = stored.get(i % CUSTOMERS);
        Customer next =
            previous.toBuilder().version(previous.version() + 1).firstName("name-" + i).build();
        Saves.update(customers, "p", previous, next);
        stored.set(i % CUSTOMERS, next);
      }
      written = fileSize();
    }
    long afterReopen;
    try (Database reopened = TestDatabases.open(url)) {
      afterReopen = fileSize();
      Customer last =
          new JdbiCustomerRepository(reopened.jdbi()).findById("p", "customer-0").orElseThrow();
      assertThat(last.version()).isEqualTo(1 + UPDATES / CUSTOMERS);
    }
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    }
    long compacted = fileSize();

    assertThat(written)
        .as("the run must write far more than the live data")
        .isGreaterThan(8 * compacted);
    assertThat(afterReopen)
        .as("after close and reopen; compacted: %,d bytes", compacted)
        .isLessThanOrEqualTo(2 * compacted);
  }

  @Test
  void aMostlyEmptyFileIsCompactedWhenOpened() throws Exception {
    String url = Database.h2FileUrl(directory.toString());
    TestDatabases.open(url).close();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE filler (id INT PRIMARY KEY, data VARCHAR)");
      statement.execute(
          "INSERT INTO filler SELECT \"X\", REPEAT('x', 2000) FROM SYSTEM_RANGE(1, 4000)");
      statement.execute("DELETE FROM filler WHERE id > 100");
      // as a kill -9 would: a normal close compacts the file for a moment
      statement.execute("SHUTDOWN IMMEDIATELY");
    }
    long sparse = fileSize();

    try (Database database = TestDatabases.open(url)) {
      assertThat(fileSize()).isLessThan(sparse / H2FileCompaction.SPARSE_FACTOR);
      int rows =
          database
              .jdbi()
              .withHandle(
                  handle ->
                      handle.createQuery("SELECT COUNT(*) FROM filler").mapTo(Integer.class).one());
      assertThat(rows).isEqualTo(100);
    }
  }

  private long fileSize() throws IOException {
    return Files.size(directory.resolve("customers.mv.db"));
  }

  private static Customer customer(int number) {
    List<Address> addresses =
        IntStream.range(0, 5)
            .mapToObj(
                a ->
                    new Address(
                        "a" + a,
                        "a" + a,
                        null,
                        null,
                        null,
                        null,
                        "Street " + a,
                        null,
                        null,
                        "1" + (1000 + number),
                        "city-" + number % 17,
                        null,
                        null,
                        "DE",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
            .toList();
    return Customer.builder()
        .id("customer-" + number)
        .version(1)
        .createdAt(CREATED)
        .lastModifiedAt(CREATED)
        .email("customer-" + number + "@example.com")
        .firstName("First")
        .lastName("Last")
        .addresses(addresses)
        .build();
  }
}
