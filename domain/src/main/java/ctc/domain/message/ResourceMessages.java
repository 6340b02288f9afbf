package ctc.domain.message;

import ctc.domain.common.ResourceKind;
import ctc.domain.update.Change;
import ctc.domain.update.Versioned;
import java.util.Optional;
import java.util.OptionalLong;

/** What one kind of resource decides about its messages; {@link Messages} does the rest. */
public interface ResourceMessages<R extends Versioned<R>> {

  ResourceKind kind();

  /** The identifiers of the resource as a message shows them; null when none is set. */
  UserProvidedIdentifiers identifiers(R resource);

  /** The message of a change that is no update action; one this kind never makes is a bug. */
  MessagePayload event(Change.Event event, Change<R> change);

  /** The message of one changing update action, empty for an action without a message type. */
  Optional<MessagePayload> action(Change.Step<R> step);

  /**
   * The sequence number before the change's messages when the resource counts its messages itself;
   * empty when it does not (then the highest stored number is used).
   */
  default OptionalLong previousSequenceNumber(Change<R> change) {
    return OptionalLong.empty();
  }
}
