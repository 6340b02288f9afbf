package ctc.persistence.resource;

import ctc.domain.resource.ResourceFixtures;
import ctc.domain.resource.ResourceRepository;
import ctc.domain.resource.ResourceRepositoryContract;
import ctc.domain.type.Type;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Runs the resource repository contract for types on H2. */
class H2TypeRepositoryTest extends ResourceRepositoryContract<Type> {

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
  protected ResourceRepository<Type> repository() {
    return SqlResources.types(database.jdbi());
  }

  @Override
  protected Type resource(String id, String key, Instant createdAt) {
    return ResourceFixtures.type(id, key, createdAt);
  }

  @Override
  protected OtherKind<?> otherKind() {
    return new OtherKind<>(SqlResources.stores(database.jdbi()), ResourceFixtures::store);
  }
}
