package ctc.domain.resource;

import ctc.domain.group.CustomerGroup;
import java.time.Instant;

/** Runs the resource repository contract against the in-memory fake, for customer groups. */
class InMemoryCustomerGroupRepositoryTest extends ResourceRepositoryContract<CustomerGroup> {

  @Override
  protected ResourceRepository<CustomerGroup> repository() {
    return InMemoryResourceRepository.customerGroups();
  }

  @Override
  protected CustomerGroup resource(String id, String key, Instant createdAt) {
    return ResourceFixtures.group(id, key, createdAt);
  }

  @Override
  protected OtherKind<?> otherKind() {
    return new OtherKind<>(InMemoryResourceRepository.types(), ResourceFixtures::type);
  }
}
