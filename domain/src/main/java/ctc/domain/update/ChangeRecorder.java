package ctc.domain.update;

/**
 * Records a change beside it: called by {@link VersionedWrites#save} inside the transaction that
 * saves the change, after the repository's conditional write, so whatever it writes commits or
 * rolls back with the change (its messages, for the kinds of resource that have them).
 */
@FunctionalInterface
public interface ChangeRecorder<R extends Versioned<R>> {

  void record(String projectKey, Change<R> change);

  /** This recorder, then the other, in the same transaction. */
  default ChangeRecorder<R> andThen(ChangeRecorder<R> next) {
    return (projectKey, change) -> {
      record(projectKey, change);
      next.record(projectKey, change);
    };
  }

  /** Records nothing (resources without messages). */
  static <R extends Versioned<R>> ChangeRecorder<R> none() {
    return (projectKey, change) -> {};
  }
}
