package ctc.persistence.auth;

import ctc.domain.auth.ApiClientRepository;
import ctc.domain.auth.ApiClientRepositoryContract;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;

/**
 * The API client repository contract over SQL. Each database's test class supplies the shared Jdbi
 * and how to make a fresh, empty database (for the tests of {@code any()}); the fresh ones are
 * closed after each test.
 */
abstract class SqlApiClientRepositoryTest extends ApiClientRepositoryContract {

  private final List<Database> fresh = new ArrayList<>();

  protected abstract Jdbi jdbi();

  /** The URL of a new database that no other test uses. */
  protected abstract String newDatabaseUrl();

  @Override
  protected ApiClientRepository clients() {
    return new JdbiApiClientRepository(jdbi());
  }

  @Override
  protected ApiClientRepository emptyClients() {
    Database database = TestDatabases.open(newDatabaseUrl());
    fresh.add(database);
    return new JdbiApiClientRepository(database.jdbi());
  }

  @AfterEach
  void closeFreshDatabases() {
    fresh.forEach(Database::close);
    fresh.clear();
  }
}
