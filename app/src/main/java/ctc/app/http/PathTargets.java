package ctc.app.http;

import ctc.domain.common.ResourceRef;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/** The two ways a path names a resource, {@code key=…} and {@code {id}}, and how to read each. */
final class PathTargets {

  /** One way of naming a resource in the path: its segment pattern and how to read it. */
  record Target(String segment, Function<Context, ResourceRef> ref) {}

  /**
   * {@code key=…} comes first: the first matching route wins and {@code {id}} would match it too.
   */
  static final List<Target> ALL =
      List.of(
          new Target("/key={key}", ctx -> new ResourceRef.ByKey(ctx.pathParam("key"))),
          new Target("/{id}", ctx -> new ResourceRef.ById(ctx.pathParam("id"))));

  private PathTargets() {}
}
