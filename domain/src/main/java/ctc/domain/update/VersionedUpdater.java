package ctc.domain.update;

import ctc.domain.error.Errors;

/**
 * The optimistic-concurrency rule of the Decisions table, in one place: a stale version is rejected before any action
 * runs; a request that changes the resource raises the version by exactly one; a request that changes nothing leaves
 * it alone.
 */
public final class VersionedUpdater {

  private VersionedUpdater() {}

  public static void requireVersion(Versioned<?> current, long expected) {
    if (current.version() != expected) {
      throw Errors.concurrentModification(current.id(), expected, current.version());
    }
  }

  public static <R extends Versioned<R>, A> R apply(
      R current, UpdateRequest<A> request, ActionRegistry<R, A> registry, UpdateContext context) {
    requireVersion(current, request.version());
    R next = current;
    long messages = 0;
    for (A action : request.actions()) {
      R after = registry.apply(next, action, context);
      if (!after.equals(next) && registry.producesMessage(action)) {
        messages++;
      }
      next = after;
    }
    return next.equals(current)
        ? current
        : next.touched(current.version() + 1, context.now(), context.actor(), messages);
  }
}
