package ctc.persistence.search;

import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_ENV, matches = ".+")
class PostgresCustomerChangesTest extends SqlCustomerChangesTest {

  private static Database database;

  @BeforeAll
  static void open() {
    database = TestDatabases.open(TestDatabases.postgres().orElseThrow());
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
