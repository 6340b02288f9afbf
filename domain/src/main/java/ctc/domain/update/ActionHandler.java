package ctc.domain.update;

/** Applies one update action to a resource: a pure function that never touches the version. */
@FunctionalInterface
public interface ActionHandler<R, A> {

  R apply(R resource, A action, UpdateContext context);
}
