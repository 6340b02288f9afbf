package ctc.domain.update;

import ctc.domain.common.ClientLogging;
import ctc.domain.error.Errors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The optimistic-concurrency rule of the Decisions table, in one place: a stale version is rejected
 * before anything else runs; a request that changes the resource raises the version by exactly one;
 * a request that changes nothing leaves it alone. Pure: saving the change is {@link
 * VersionedWrites}' part.
 */
public final class VersionedUpdater {

  private VersionedUpdater() {}

  public static void requireVersion(Versioned<?> current, long expected) {
    if (current.version() != expected) {
      throw Errors.concurrentModification(current.id(), expected, current.version());
    }
  }

  /**
   * The change a batch of update actions makes; empty when it changes nothing, so that the version
   * stays.
   */
  public static <R extends Versioned<R>, A> Optional<Change<R>> update(
      R current, UpdateRequest<A> request, ActionRegistry<R, A> registry, UpdateContext context) {
    return update(current, request, registry, context, false);
  }

  /**
   * As {@link #update(Versioned, UpdateRequest, ActionRegistry, UpdateContext)}; with {@code
   * changesBeside} (writes beside the resource that change something, such as a facade's extension
   * record) a request whose actions change nothing still makes a new version, without steps.
   */
  public static <R extends Versioned<R>, A> Optional<Change<R>> update(
      R current,
      UpdateRequest<A> request,
      ActionRegistry<R, A> registry,
      UpdateContext context,
      boolean changesBeside) {
    return update(current, request, registry, context, changesBeside, null);
  }

  /**
   * As above, with {@code then} (when not null) applied after the actions in the same new version,
   * which it always makes, with one message more.
   */
  public static <R extends Versioned<R>, A> Optional<Change<R>> update(
      R current,
      UpdateRequest<A> request,
      ActionRegistry<R, A> registry,
      UpdateContext context,
      boolean changesBeside,
      Change.Then<R> then) {
    requireVersion(current, request.version());
    R next = current;
    List<Change.Step<R>> changing = new ArrayList<>();
    long messages = 0;
    for (A action : request.actions()) {
      R after = registry.apply(next, action, context);
      if (!after.equals(next)) {
        Change.Step<R> step = new Change.Step<>(action, next, after);
        changing.add(step);
        messages += registry.message(step).isPresent() ? 1 : 0;
      }
      next = after;
    }
    if (then != null) {
      next = then.edit().apply(next);
      messages++;
    } else if (next.equals(current) && !changesBeside) {
      return Optional.empty();
    }
    R touched = touched(current, next, context.now(), context.actor(), messages);
    return Optional.of(
        new Change<>(
            current,
            touched,
            new Change.Actions<>(changing, then == null ? null : then.event()),
            context.now(),
            context.actor()));
  }

  /**
   * A change made other than by update actions (a new password, a verified email): the version is
   * checked before {@code edit} runs, unless the request names none ({@code expected} null). Such a
   * change always makes a new version and one message, even when the values stay (confirming a
   * verified email again is recorded).
   */
  public static <R extends Versioned<R>> Change<R> change(
      R current,
      Long expected,
      Change.Event event,
      UnaryOperator<R> edit,
      Instant now,
      ClientLogging actor) {
    if (expected != null) {
      requireVersion(current, expected);
    }
    return new Change<>(
        current, touched(current, edit.apply(current), now, actor, 1), event, now, actor);
  }

  private static <R extends Versioned<R>> R touched(
      R current, R edited, Instant now, ClientLogging actor, long messages) {
    return edited.touched(current.version() + 1, now, actor, messages);
  }
}
