package ctc.domain.resource;

import ctc.domain.query.Page;
import ctc.domain.update.VersionedRepository;

/**
 * Storage of one kind of referenced resource per project. Implementations enforce, across threads
 * and servers, the unique key (DuplicateField), the version of every write
 * (ConcurrentModification), and that a resource a customer references cannot be deleted
 * (ReferenceExists).
 */
public interface ResourceRepository<R extends KeyedResource<R>> extends VersionedRepository<R> {

  /** A page in creation order. */
  Page<R> list(String projectKey, int limit, int offset, boolean withTotal);
}
