package ctc.domain.message;

import java.util.List;

/**
 * Where messages are stored: a port, called inside the transaction of the change the messages
 * record, so that they commit or roll back with it.
 */
public interface MessageSink {

  /** Stores nothing and knows of none: for tests and services without messages. */
  MessageSink NONE = storingNone(null);

  /** Stores the messages of one change. */
  void append(String projectKey, List<Message> messages);

  /**
   * Deletes every stored message of the customer and of its tokens ({@code dataErasure}), in the
   * transaction of the deletion.
   */
  void erase(String projectKey, String customerId);

  /** Whether this sink stores what it is given. */
  default boolean stores() {
    return true;
  }

  /**
   * Stores no new message ({@code MESSAGES_ENABLED=false}), but still erases, in {@code stored}
   * (when there is one), what an earlier run stored.
   */
  static MessageSink storingNone(MessageSink stored) {
    return new MessageSink() {
      @Override
      public void append(String projectKey, List<Message> messages) {}

      @Override
      public void erase(String projectKey, String customerId) {
        if (stored != null) {
          stored.erase(projectKey, customerId);
        }
      }

      @Override
      public boolean stores() {
        return false;
      }
    };
  }
}
