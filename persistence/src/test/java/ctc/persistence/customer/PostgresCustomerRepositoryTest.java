package ctc.persistence.customer;

import ctc.domain.customer.CustomerRepository;
import ctc.domain.customer.CustomerRepositoryContract;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_ENV, matches = ".+")
class PostgresCustomerRepositoryTest extends CustomerRepositoryContract {

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
  protected CustomerRepository repository() {
    return new ReferencedResourcesCreated(database.jdbi());
  }
}
