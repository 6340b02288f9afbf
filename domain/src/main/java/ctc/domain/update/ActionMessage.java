package ctc.domain.update;

import ctc.domain.message.MessagePayload;
import java.util.Optional;

/**
 * The message one update action yields, decided beside its handler in the registry. Asked only for
 * an action that changed the resource, with the resource just before and just after it, so that a
 * payload can show what the handler made (a generated address id, a field's previous value).
 */
@FunctionalInterface
public interface ActionMessage<R, A> {

  Optional<MessagePayload> of(R before, R after, A action);
}
