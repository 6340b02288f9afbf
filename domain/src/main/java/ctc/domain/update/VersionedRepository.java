package ctc.domain.update;

import ctc.domain.common.ResourceRef;
import java.util.Optional;

/**
 * Storage of one kind of versioned resource per project, as the write path ({@link
 * VersionedWrites}) uses it. {@link #save} is conditional on the stored version, so that it holds
 * across threads and server instances.
 */
public interface VersionedRepository<R extends Versioned<R>> {

  Optional<R> findById(String projectKey, String id);

  Optional<R> findByKey(String projectKey, String key);

  /** The one lookup of a resource named by id or by key. */
  default Optional<R> find(String projectKey, ResourceRef ref) {
    return ref instanceof ResourceRef.ById byId
        ? findById(projectKey, byId.id())
        : findByKey(projectKey, ((ResourceRef.ByKey) ref).key());
  }

  /**
   * Stores a create, or an update or delete only while the stored version is still {@code
   * before.version()}: otherwise ConcurrentModification with the stored version, or 404 when the
   * resource is gone.
   */
  void save(String projectKey, Change<R> change);
}
