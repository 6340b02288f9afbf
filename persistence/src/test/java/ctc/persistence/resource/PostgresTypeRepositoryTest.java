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
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Runs the resource repository contract for types on PostgreSQL. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_ENV, matches = ".+")
class PostgresTypeRepositoryTest extends ResourceRepositoryContract<Type> {

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
