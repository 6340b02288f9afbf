package ctc.domain.message;

import ctc.domain.common.IdGenerator;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.update.Change;
import ctc.domain.update.ChangeRecorder;
import ctc.domain.update.Versioned;
import java.util.List;

/**
 * Turns each saved change of one kind of resource into its messages ({@link Messages#of}) and hands
 * them to the sink, in the change's transaction. The previous sequence number is the one the
 * resource counts (customers' {@code lastMessageSequenceNumber}, checked by the version condition
 * of the same transaction), or else the highest one stored, read after the change's write locked
 * the resource's row.
 */
public final class MessageRecorder<R extends Versioned<R>> implements ChangeRecorder<R> {

  private final ResourceMessages<R> rules;
  private final MessageSink sink;
  private final IdGenerator ids;

  public MessageRecorder(ResourceMessages<R> rules, MessageSink sink, IdGenerator ids) {
    this.rules = rules;
    this.sink = sink;
    this.ids = ids;
  }

  @Override
  public void record(String projectKey, Change<R> change) {
    if (sink == MessageSink.DISABLED) {
      return;
    }
    long previous =
        rules
            .previousSequenceNumber(change)
            .orElseGet(() -> sink.lastSequenceNumber(projectKey, resource(change)));
    List<Message> messages = Messages.of(change, previous, rules, ids);
    if (!messages.isEmpty()) {
      sink.append(projectKey, messages);
    }
  }

  private ResourceIdentifier resource(Change<R> change) {
    R resource = change.deletes() ? change.before() : change.after();
    return ResourceIdentifier.ofId(rules.kind(), resource.id());
  }
}
