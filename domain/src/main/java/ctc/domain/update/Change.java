package ctc.domain.update;

import ctc.domain.common.ClientLogging;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One change of a versioned resource, as the write path saves it: the resource before it ({@code
 * null} for a create), after it ({@code null} for a delete), what caused it, when and who acted.
 * Whatever records a change (its messages) finds all it needs here, and in the transaction that
 * saves it.
 */
public record Change<R extends Versioned<R>>(
    R before, R after, Cause cause, Instant at, ClientLogging actor) {

  /** What made the change. */
  public sealed interface Cause permits Event, Actions {}

  /** A change that is not an update action. */
  public enum Event implements Cause {
    CREATED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    EMAIL_VERIFIED,
    DELETED,
    /** A deletion with {@code dataErasure}: what was recorded of the resource goes with it. */
    ERASED;

    public boolean deletes() {
      return this == DELETED || this == ERASED;
    }
  }

  /**
   * Update actions; only the steps that changed the resource, in the order they ran. A step keeps
   * the resource around its action, before the version is raised, so that its message can be
   * decided once the whole request succeeded.
   */
  public record Actions<R>(List<Step<R>> steps, Event then) implements Cause {
    public Actions {
      steps = List.copyOf(steps);
    }

    public Actions(List<Step<R>> steps) {
      this(steps, null);
    }
  }

  /**
   * A change that follows a request's actions in the same version, recorded as its event after
   * theirs: a facade that sets a new password together with other fields in one write.
   */
  public record Then<R>(Event event, UnaryOperator<R> edit) {
    public Then {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(edit, "edit");
    }
  }

  /** One action that changed {@code before} into {@code after}. */
  public record Step<R>(Object action, R before, R after) {
    public Step {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  public Change {
    Objects.requireNonNull(cause, "cause");
    if ((before == null) != (cause == Event.CREATED)
        || (after == null) != (cause instanceof Event event && event.deletes())) {
      throw new IllegalArgumentException(
          "A create has no before, a delete no after, any other change both: " + cause);
    }
  }

  public static <R extends Versioned<R>> Change<R> created(
      R resource, Instant at, ClientLogging actor) {
    return new Change<>(null, resource, Event.CREATED, at, actor);
  }

  public static <R extends Versioned<R>> Change<R> deleted(
      R resource, Instant at, ClientLogging actor) {
    return new Change<>(resource, null, Event.DELETED, at, actor);
  }

  public static <R extends Versioned<R>> Change<R> erased(
      R resource, Instant at, ClientLogging actor) {
    return new Change<>(resource, null, Event.ERASED, at, actor);
  }

  public boolean creates() {
    return before == null;
  }

  public boolean deletes() {
    return after == null;
  }

  /** The steps of an update by actions; none for any other change. */
  @SuppressWarnings("unchecked")
  public List<Step<R>> steps() {
    return cause instanceof Actions<?> actions ? ((Actions<R>) actions).steps() : List.of();
  }
}
