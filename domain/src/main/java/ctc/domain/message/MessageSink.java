package ctc.domain.message;

import ctc.domain.common.ResourceIdentifier;
import java.util.List;

/**
 * Where messages are stored: a port, called inside the transaction of the change the messages
 * record, so that they commit or roll back with it.
 */
public interface MessageSink {

  /** Stores nothing and knows of none ({@code MESSAGES_ENABLED=false}). */
  MessageSink DISABLED =
      new MessageSink() {
        @Override
        public long lastSequenceNumber(String projectKey, ResourceIdentifier resource) {
          return 0;
        }

        @Override
        public void append(String projectKey, List<Message> messages) {}
      };

  /**
   * The highest sequence number stored for the resource, 0 when none; for resources that do not
   * count their messages. Called after the change's own write, so under its row lock.
   */
  long lastSequenceNumber(String projectKey, ResourceIdentifier resource);

  /** Stores the messages of one change. */
  void append(String projectKey, List<Message> messages);
}
