package ctc.persistence.customer;

import ctc.domain.customer.CustomerRepository;
import ctc.domain.customer.CustomerRepositoryContract;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2CustomerRepositoryTest extends CustomerRepositoryContract {

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
  protected CustomerRepository repository() {
    return new ReferencedResourcesCreated(database.jdbi());
  }
}
