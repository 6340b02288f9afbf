package ctc.persistence.message;

import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2MessagesTest extends SqlMessagesTest {

  private static Database database;
  private static Database other;

  @BeforeAll
  static void open() {
    String url = TestDatabases.h2();
    database = TestDatabases.open(url);
    other = TestDatabases.open(url);
  }

  @AfterAll
  static void close() {
    other.close();
    database.close();
  }

  @Override
  protected Jdbi jdbi() {
    return database.jdbi();
  }

  @Override
  protected Jdbi otherInstance() {
    return other.jdbi();
  }
}
