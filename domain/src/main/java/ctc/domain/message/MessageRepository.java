package ctc.domain.message;

import ctc.domain.query.Page;
import ctc.domain.query.QuerySpec;
import java.util.List;
import java.util.Optional;

/** Where stored messages are read: a project's messages only. */
public interface MessageRepository {

  /** Knows no message ({@code MESSAGES_ENABLED=false}). */
  MessageRepository NONE =
      new MessageRepository() {
        @Override
        public Page<Message> query(String projectKey, QuerySpec spec) {
          return new Page<>(
              spec.limit(), spec.offset(), 0, spec.withTotal() ? 0L : null, List.of());
        }

        @Override
        public Optional<Message> find(String projectKey, String id) {
          return Optional.empty();
        }
      };

  /**
   * One page in the spec's order, then {@code createdAt}, {@code sequenceNumber} when no order is
   * given, and always {@code id} last; an exact total.
   */
  Page<Message> query(String projectKey, QuerySpec spec);

  Optional<Message> find(String projectKey, String id);
}
