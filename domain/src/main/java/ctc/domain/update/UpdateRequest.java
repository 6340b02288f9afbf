package ctc.domain.update;

import ctc.domain.common.Required;
import ctc.domain.error.Errors;
import java.util.List;

/** A versioned batch of update actions, applied all or nothing. */
public record UpdateRequest<A>(long version, List<A> actions) {

  /** Contract §I: at most 500 actions per request. */
  public static final int MAX_ACTIONS = 500;

  public UpdateRequest {
    Required.require(actions, "actions");
    if (actions.size() > MAX_ACTIONS) {
      throw Errors.tooManyActions(actions.size(), MAX_ACTIONS);
    }
    actions = List.copyOf(actions);
  }
}
