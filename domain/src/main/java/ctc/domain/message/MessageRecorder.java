package ctc.domain.message;

import ctc.domain.common.IdGenerator;
import ctc.domain.update.Change;
import ctc.domain.update.ChangeRecorder;
import ctc.domain.update.Versioned;
import java.util.List;

/**
 * Turns each saved change of one kind of resource into its messages ({@link Messages#of}) and hands
 * them to the sink, in the change's transaction. The previous sequence number is the one the
 * resource counts ({@code lastMessageSequenceNumber}), which the version condition of the same
 * transaction guards. A deletion with {@code dataErasure} first erases the customer's stored
 * messages, also when no new ones are stored.
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
    if (change.cause() == Change.Event.ERASED) {
      sink.erase(projectKey, change.before().id());
    }
    if (!sink.stores()) {
      return;
    }
    List<Message> messages = Messages.of(change, rules.previousSequenceNumber(change), rules, ids);
    if (!messages.isEmpty()) {
      sink.append(projectKey, messages);
    }
  }
}
