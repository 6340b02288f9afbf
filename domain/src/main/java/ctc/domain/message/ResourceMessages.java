package ctc.domain.message;

import ctc.domain.common.ResourceKind;
import ctc.domain.update.Change;
import ctc.domain.update.Versioned;
import java.util.Optional;

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
   * The sequence number before the change's messages: the count the resource keeps (0 for a
   * create), which advances with every message, stored or not.
   */
  long previousSequenceNumber(Change<R> change);
}
