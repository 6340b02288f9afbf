package ctc.domain.resource;

import ctc.domain.type.Type;
import java.time.Instant;

/** Runs the resource repository contract against the in-memory fake, for types. */
class InMemoryTypeRepositoryTest extends ResourceRepositoryContract<Type> {

  @Override
  protected ResourceRepository<Type> repository() {
    return InMemoryResourceRepository.types();
  }

  @Override
  protected Type resource(String id, String key, Instant createdAt) {
    return ResourceFixtures.type(id, key, createdAt);
  }

  @Override
  protected OtherKind<?> otherKind() {
    return new OtherKind<>(InMemoryResourceRepository.stores(), ResourceFixtures::store);
  }
}
