package ctc.persistence.resource;

import ctc.domain.group.CustomerGroup;
import ctc.domain.resource.ResourceFixtures;
import ctc.domain.resource.ResourceRepository;
import ctc.domain.resource.ResourceRepositoryContract;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Runs the resource repository contract for customer groups on PostgreSQL. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_ENV, matches = ".+")
class PostgresCustomerGroupRepositoryTest extends ResourceRepositoryContract<CustomerGroup> {

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
  protected ResourceRepository<CustomerGroup> repository() {
    return SqlResources.customerGroups(database.jdbi());
  }

  @Override
  protected CustomerGroup resource(String id, String key, Instant createdAt) {
    return ResourceFixtures.group(id, key, createdAt);
  }

  @Override
  protected OtherKind<?> otherKind() {
    return new OtherKind<>(SqlResources.types(database.jdbi()), ResourceFixtures::type);
  }
}
