package ctc.domain.store;

import ctc.domain.common.ResourceKind;
import ctc.domain.message.MessagePayload;
import ctc.domain.message.MessagePayload.StoreCreated;
import ctc.domain.message.MessagePayload.StoreDeleted;
import ctc.domain.message.ResourceMessages;
import ctc.domain.message.UserProvidedIdentifiers;
import ctc.domain.update.Change;
import java.util.Optional;

/**
 * The messages of store changes (the message contract's §8). A store counts its messages in {@code
 * lastMessageSequenceNumber}.
 */
public final class StoreMessages implements ResourceMessages<Store> {

  public static final StoreMessages INSTANCE = new StoreMessages();

  private StoreMessages() {}

  @Override
  public ResourceKind kind() {
    return ResourceKind.STORE;
  }

  @Override
  public UserProvidedIdentifiers identifiers(Store store) {
    return UserProvidedIdentifiers.of(store.key(), null, null);
  }

  @Override
  public MessagePayload event(Change.Event event, Change<Store> change) {
    return switch (event) {
      case CREATED ->
          new StoreCreated(
              change.after().name(),
              change.after().languages().isEmpty() ? null : change.after().languages(),
              null,
              null,
              null);
      case DELETED -> new StoreDeleted();
      case PASSWORD_CHANGED, PASSWORD_RESET, EMAIL_VERIFIED, ERASED ->
          throw new IllegalArgumentException("Stores have no " + event);
    };
  }

  @Override
  public long previousSequenceNumber(Change<Store> change) {
    return change.creates() ? 0 : change.before().lastMessageSequenceNumber();
  }

  @Override
  public Optional<MessagePayload> action(Change.Step<Store> step) {
    return Stores.ACTIONS.message(step);
  }
}
