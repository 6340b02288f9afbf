package ctc.persistence.resource;

import ctc.domain.resource.ResourceFixtures;
import ctc.domain.resource.ResourceRepository;
import ctc.domain.resource.ResourceRepositoryContract;
import ctc.domain.store.Store;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Runs the resource repository contract for stores on H2. */
class H2StoreRepositoryTest extends ResourceRepositoryContract<Store> {

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
  protected ResourceRepository<Store> repository() {
    return SqlResources.stores(database.jdbi());
  }

  @Override
  protected Store resource(String id, String key, Instant createdAt) {
    return ResourceFixtures.store(id, key, createdAt);
  }

  @Override
  protected OtherKind<?> otherKind() {
    return new OtherKind<>(SqlResources.customerGroups(database.jdbi()), ResourceFixtures::group);
  }
}
