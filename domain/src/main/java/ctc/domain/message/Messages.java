package ctc.domain.message;

import ctc.domain.common.IdGenerator;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.update.Change;
import ctc.domain.update.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a change into its messages (the message contract's Decisions): one per message-producing
 * action that changed something, in action order, or the one message of an event; all with the
 * version after the change (a deletion's is the deleted version + 1), its time and actor, and
 * sequence numbers following the resource's previous ones without a gap. Pure.
 */
public final class Messages {

  private Messages() {}

  /**
   * The messages of {@code change}, numbered from {@code previousSequenceNumber} + 1 (0 for a
   * create).
   */
  public static <R extends Versioned<R>> List<Message> of(
      Change<R> change, long previousSequenceNumber, ResourceMessages<R> rules, IdGenerator ids) {
    List<MessagePayload> payloads = new ArrayList<>();
    if (change.cause() instanceof Change.Event event) {
      payloads.add(rules.event(event, change));
    } else {
      change.steps().stream().map(rules::action).flatMap(Optional::stream).forEach(payloads::add);
      if (change.cause() instanceof Change.Actions<?> actions && actions.then() != null) {
        payloads.add(rules.event(actions.then(), change));
      }
    }
    R resource = change.deletes() ? change.before() : change.after();
    long resourceVersion = change.deletes() ? resource.version() + 1 : resource.version();
    ResourceIdentifier reference = ResourceIdentifier.ofId(rules.kind(), resource.id());
    // Erasure leaves no personal data in the message that records it.
    UserProvidedIdentifiers identifiers =
        change.cause() == Change.Event.ERASED ? null : rules.identifiers(resource);
    List<Message> messages = new ArrayList<>(payloads.size());
    for (MessagePayload payload : payloads) {
      messages.add(
          new Message(
              ids.resourceId(),
              reference,
              previousSequenceNumber + messages.size() + 1,
              resourceVersion,
              change.at(),
              change.actor(),
              payload,
              identifiers));
    }
    return List.copyOf(messages);
  }
}
