package ctc.domain.update;

import ctc.domain.message.MessagePayload;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps each action name to its record type, its handler and the message it yields; the one place
 * where an action name is connected to code, so that adding an action means deciding its message
 * there too. Immutable and thread-safe.
 */
public final class ActionRegistry<R, A> {

  private record Entry<R, T>(
      String name, Class<T> type, ActionHandler<R, T> handler, ActionMessage<R, T> message) {

    R apply(R resource, Object action, UpdateContext context) {
      return handler.apply(resource, type.cast(action), context);
    }

    Optional<MessagePayload> message(R before, R after, Object action) {
      return message.of(before, after, type.cast(action));
    }
  }

  private final Map<String, Entry<R, ?>> byName;
  private final Map<Class<?>, Entry<R, ?>> byType;

  private ActionRegistry(Map<String, Entry<R, ?>> byName) {
    this.byName = Map.copyOf(byName);
    Map<Class<?>, Entry<R, ?>> types = new LinkedHashMap<>();
    byName.values().forEach(entry -> types.put(entry.type(), entry));
    this.byType = Map.copyOf(types);
  }

  public static <R, A> Builder<R, A> builder() {
    return new Builder<>();
  }

  /** The record type of the named action, empty when the name is not an action here. */
  public Optional<Class<? extends A>> typeOf(String name) {
    Entry<R, ?> entry = byName.get(name);
    @SuppressWarnings("unchecked")
    Class<? extends A> type = entry == null ? null : (Class<? extends A>) entry.type();
    return Optional.ofNullable(type);
  }

  public R apply(R resource, A action, UpdateContext context) {
    return entryOf(action).apply(resource, action, context);
  }

  /** The message of an action that changed something; empty for one without a message type. */
  public Optional<MessagePayload> message(Change.Step<R> step) {
    return entryOf(step.action()).message(step.before(), step.after(), step.action());
  }

  public Set<String> names() {
    return byName.keySet();
  }

  public Collection<Class<?>> types() {
    return byType.keySet();
  }

  /**
   * The sub-registry of the named actions, e.g. the /me subset; every name must be registered here.
   */
  public ActionRegistry<R, A> only(String... names) {
    Map<String, Entry<R, ?>> subset = new LinkedHashMap<>();
    Arrays.stream(names)
        .forEach(
            name -> {
              Entry<R, ?> entry = byName.get(name);
              if (entry == null) {
                throw new IllegalArgumentException("Unknown action " + name);
              }
              subset.put(name, entry);
            });
    return new ActionRegistry<>(subset);
  }

  private Entry<R, ?> entryOf(Object action) {
    Entry<R, ?> entry = byType.get(action.getClass());
    if (entry == null) {
      throw new IllegalArgumentException("Action not registered: " + action.getClass().getName());
    }
    return entry;
  }

  /** Collects the registrations; a name or type registered twice is a programming error. */
  public static final class Builder<R, A> {

    private final Map<String, Entry<R, ?>> entries = new LinkedHashMap<>();

    private Builder() {}

    /** An action that yields {@code message} whenever it changes the resource. */
    public <T extends A> Builder<R, A> on(
        String name, Class<T> type, ActionHandler<R, T> handler, ActionMessage<R, T> message) {
      return add(new Entry<>(name, type, handler, message));
    }

    /**
     * An action that changes the resource without yielding a message (the message contract's §6
     * lists which).
     */
    public <T extends A> Builder<R, A> silent(
        String name, Class<T> type, ActionHandler<R, T> handler) {
      return add(new Entry<>(name, type, handler, (before, after, action) -> Optional.empty()));
    }

    private Builder<R, A> add(Entry<R, ?> entry) {
      boolean typeTaken = entries.values().stream().anyMatch(e -> e.type().equals(entry.type()));
      if (entries.putIfAbsent(entry.name(), entry) != null || typeTaken) {
        throw new IllegalStateException("Registered twice: " + entry.name());
      }
      return this;
    }

    public ActionRegistry<R, A> build() {
      return new ActionRegistry<>(entries);
    }
  }
}
