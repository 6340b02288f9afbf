package ctc.persistence.search;

import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2CustomerChangesTest extends SqlCustomerChangesTest {

  private static Database database;

  @BeforeAll
  static void open() {
    database = TestDatabases.open(TestDatabases.h2());
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Override
  protected Jdbi jdbi() {
    return database.jdbi();
  }
}
