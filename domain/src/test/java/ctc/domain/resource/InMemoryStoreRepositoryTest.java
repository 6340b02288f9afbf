package ctc.domain.resource;

import ctc.domain.store.Store;
import java.time.Instant;

/** Runs the resource repository contract against the in-memory fake, for stores. */
class InMemoryStoreRepositoryTest extends ResourceRepositoryContract<Store> {

  @Override
  protected ResourceRepository<Store> repository() {
    return InMemoryResourceRepository.stores();
  }

  @Override
  protected Store resource(String id, String key, Instant createdAt) {
    return ResourceFixtures.store(id, key, createdAt);
  }

  @Override
  protected OtherKind<?> otherKind() {
    return new OtherKind<>(InMemoryResourceRepository.customerGroups(), ResourceFixtures::group);
  }
}
