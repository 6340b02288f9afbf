package ctc.domain.store;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.SequentialIds;
import ctc.domain.message.Message;
import ctc.domain.message.MessagePayload.StoreCreated;
import ctc.domain.message.MessagePayload.StoreDeleted;
import ctc.domain.message.MessagePayload.StoreLanguagesChanged;
import ctc.domain.message.MessagePayload.StoreNameSet;
import ctc.domain.message.Messages;
import ctc.domain.message.UserProvidedIdentifiers;
import ctc.domain.resource.ResourceFixtures;
import ctc.domain.store.StoreUpdateAction.SetLanguages;
import ctc.domain.store.StoreUpdateAction.SetName;
import ctc.domain.update.Change;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedUpdater;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The four store messages of the message contract's §8. */
class StoreMessagesTest {

  private static final Store BERLIN =
      ResourceFixtures.store("store-1", "berlin", ResourceFixtures.CREATED_AT);

  private static List<Message> messages(Change<Store> change, long previousSequenceNumber) {
    return Messages.of(change, previousSequenceNumber, StoreMessages.INSTANCE, new SequentialIds());
  }

  @Test
  void aCreateYieldsStoreCreatedWithItsNameLanguagesAndEmptyChannels() {
    assertThat(messages(Change.created(BERLIN, NOW, ACTOR), 0))
        .containsExactly(
            new Message(
                "00000000-0000-4000-8000-000000000001",
                ResourceIdentifier.ofId(ResourceKind.STORE, "store-1"),
                1,
                1,
                NOW,
                ACTOR,
                new StoreCreated(BERLIN.name(), List.of("en", "de"), null, null, null),
                new UserProvidedIdentifiers("berlin", null, null)));
  }

  @Test
  void aStoreCreatedWithoutLanguagesOmitsThem() {
    Store bare = BERLIN.withName(null).withLanguages(List.of());

    assertThat(messages(Change.created(bare, NOW, ACTOR), 0))
        .extracting(Message::payload)
        .containsExactly(new StoreCreated(null, null, List.of(), List.of(), List.of()));
  }

  @Test
  void updatesYieldTheirMessagesInActionOrderAfterThePreviousNumber() {
    Change<Store> change =
        VersionedUpdater.update(
                BERLIN,
                new UpdateRequest<StoreUpdateAction>(
                    1,
                    List.of(
                        new SetLanguages(List.of("en", "fr")),
                        new SetName(Map.of("en", "Berlin")),
                        new SetName(Map.of("en", "Berlin")))),
                Stores.ACTIONS,
                context())
            .orElseThrow();

    assertThat(messages(change, 3))
        .extracting(Message::payload, Message::sequenceNumber, Message::resourceVersion)
        .containsExactly(
            tuple(new StoreLanguagesChanged(List.of("fr"), List.of("de")), 4L, 2L),
            tuple(new StoreNameSet(Map.of("en", "Berlin")), 5L, 2L));
  }

  @Test
  void aDeleteYieldsStoreDeletedAtTheDeletedVersionPlusOne() {
    assertThat(messages(Change.deleted(BERLIN, NOW, ACTOR), 2))
        .extracting(Message::payload, Message::sequenceNumber, Message::resourceVersion)
        .containsExactly(tuple(new StoreDeleted(), 3L, 2L));
  }

  @Test
  void aStoreCountsItsMessagesFromOneAtItsCreation() {
    Store created =
        Stores.create(new StoreDraft("berlin", Map.of("en", "Berlin"), null), context());
    Change<Store> change =
        VersionedUpdater.update(
                created.touched(3, NOW, ACTOR, 2),
                new UpdateRequest<StoreUpdateAction>(
                    3,
                    List.of(new SetName(Map.of("en", "Mitte")), new SetLanguages(List.of("de")))),
                Stores.ACTIONS,
                context())
            .orElseThrow();

    assertThat(created.lastMessageSequenceNumber()).isEqualTo(1);
    assertThat(StoreMessages.INSTANCE.previousSequenceNumber(Change.created(created, NOW, ACTOR)))
        .isZero();
    assertThat(StoreMessages.INSTANCE.previousSequenceNumber(change)).isEqualTo(3);
    assertThat(change.after().lastMessageSequenceNumber()).isEqualTo(5);
  }

  @Test
  void aStoreHasNoPasswordOrEmailEvents() {
    Change<Store> change =
        VersionedUpdater.change(
            BERLIN, null, Change.Event.PASSWORD_RESET, UnaryOperator.identity(), NOW, ACTOR);

    assertThatThrownBy(() -> messages(change, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
