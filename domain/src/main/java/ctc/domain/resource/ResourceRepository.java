package ctc.domain.resource;

import ctc.domain.query.Page;
import java.util.Optional;

/**
 * Storage of one kind of referenced resource per project. Implementations enforce, across threads and servers, the
 * unique key (DuplicateField), the version of every write (ConcurrentModification), and that a resource a customer
 * references cannot be deleted (ReferenceExists).
 */
public interface ResourceRepository<R extends KeyedResource<R>> {

  Optional<R> findById(String projectKey, String id);

  Optional<R> findByKey(String projectKey, String key);

  void insert(String projectKey, R resource);

  void update(String projectKey, R previous, R next);

  void delete(String projectKey, R resource);

  /** A page in creation order. */
  Page<R> list(String projectKey, int limit, int offset, boolean withTotal);
}
