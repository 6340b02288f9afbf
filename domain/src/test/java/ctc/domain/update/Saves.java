package ctc.domain.update;

import java.util.List;

/**
 * The changes repository tests save, named as the tests think of them: insert, update and delete.
 */
public final class Saves {

  private Saves() {}

  public static <R extends Versioned<R>> void insert(
      VersionedRepository<R> repository, String projectKey, R resource) {
    repository.save(projectKey, Change.created(resource, null, null));
  }

  /** An update by actions the test does not name; storage does not look at the cause. */
  public static <R extends Versioned<R>> void update(
      VersionedRepository<R> repository, String projectKey, R previous, R next) {
    repository.save(
        projectKey, new Change<>(previous, next, new Change.Actions<>(List.of()), null, null));
  }

  public static <R extends Versioned<R>> void delete(
      VersionedRepository<R> repository, String projectKey, R resource) {
    repository.save(projectKey, Change.deleted(resource, null, null));
  }
}
