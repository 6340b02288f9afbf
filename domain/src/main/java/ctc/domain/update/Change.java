package ctc.domain.update;

import ctc.domain.common.ClientLogging;
import java.util.List;
import java.util.Objects;

/**
 * One change of a versioned resource, as the write path saves it: the resource before it ({@code
 * null} for a create), after it ({@code null} for a delete), what caused it and who acted. Whatever
 * records a change (a message) finds all it needs here, and in the transaction that saves it.
 */
public record Change<R extends Versioned<R>>(R before, R after, Cause cause, ClientLogging actor) {

  /** What made the change. */
  public sealed interface Cause permits Event, Actions {}

  /** A change that is not an update action. */
  public enum Event implements Cause {
    CREATED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    EMAIL_VERIFIED,
    DELETED
  }

  /** Update actions; only those that changed the resource, in the order they ran. */
  public record Actions(List<?> changing) implements Cause {
    public Actions {
      changing = List.copyOf(changing);
    }
  }

  public Change {
    Objects.requireNonNull(cause, "cause");
    if ((before == null) != (cause == Event.CREATED)
        || (after == null) != (cause == Event.DELETED)) {
      throw new IllegalArgumentException(
          "A create has no before, a delete no after, any other change both: " + cause);
    }
  }

  public static <R extends Versioned<R>> Change<R> created(R resource, ClientLogging actor) {
    return new Change<>(null, resource, Event.CREATED, actor);
  }

  public static <R extends Versioned<R>> Change<R> deleted(R resource, ClientLogging actor) {
    return new Change<>(resource, null, Event.DELETED, actor);
  }

  public boolean creates() {
    return before == null;
  }

  public boolean deletes() {
    return after == null;
  }
}
