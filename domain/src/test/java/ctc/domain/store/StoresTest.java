package ctc.domain.store;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.message.MessagePayload.StoreLanguagesChanged;
import ctc.domain.message.MessagePayload.StoreNameSet;
import ctc.domain.resource.ResourceFixtures;
import ctc.domain.store.StoreUpdateAction.SetLanguages;
import ctc.domain.store.StoreUpdateAction.SetName;
import ctc.domain.update.Change;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Store creation and the store action registry. */
class StoresTest {

  private static final Store BERLIN =
      ResourceFixtures.store("store-1", "berlin", ResourceFixtures.CREATED_AT);

  private static Store store(Map<String, String> name, List<String> languages) {
    return BERLIN.withName(name).withLanguages(languages);
  }

  @Test
  void theRegistryServesSetNameAndSetLanguages() {
    assertThat(Stores.ACTIONS.names()).containsExactlyInAnyOrder("setName", "setLanguages");
  }

  @Test
  void everyStoreActionIsRegisteredUnderItsName() {
    assertThat(Stores.ACTIONS.types())
        .containsExactlyInAnyOrder(StoreUpdateAction.class.getPermittedSubclasses());
    assertThat(Stores.ACTIONS.typeOf("setName")).contains(SetName.class);
    assertThat(Stores.ACTIONS.typeOf("setLanguages")).contains(SetLanguages.class);
  }

  @Test
  void setNameYieldsStoreNameSetWithTheNewName() {
    Store before = store(Map.of("en", "Old"), List.of());
    Store after = before.withName(Map.of("en", "New"));

    assertThat(Stores.ACTIONS.message(new Change.Step<>(new SetName(after.name()), before, after)))
        .contains(new StoreNameSet(Map.of("en", "New")));
  }

  @Test
  void setLanguagesYieldsTheAddedAndRemovedLanguagesEachOnlyWhenThereAreAny() {
    Store before = store(null, List.of("en", "de"));
    Store added = before.withLanguages(List.of("en", "de", "fr"));
    Store swapped = before.withLanguages(List.of("en", "it"));

    assertThat(
            Stores.ACTIONS.message(
                new Change.Step<>(new SetLanguages(added.languages()), before, added)))
        .contains(new StoreLanguagesChanged(List.of("fr"), null));
    assertThat(
            Stores.ACTIONS.message(
                new Change.Step<>(new SetLanguages(swapped.languages()), before, swapped)))
        .contains(new StoreLanguagesChanged(List.of("it"), List.of("de")));
  }

  @Test
  void setNameReplacesTheNameAndNothingElse() {
    Store next = Stores.ACTIONS.apply(BERLIN, new SetName(Map.of("fr", "Berlin")), context());

    assertThat(next).isEqualTo(BERLIN.withName(Map.of("fr", "Berlin")));
    assertThat(next.name()).isEqualTo(Map.of("fr", "Berlin"));
    assertThat(next.version()).isEqualTo(BERLIN.version());
  }

  @Test
  void setNameWithoutANameRemovesIt() {
    assertThat(Stores.ACTIONS.apply(BERLIN, new SetName(null), context()).name()).isNull();
  }

  @Test
  void setLanguagesReplacesTheLanguagesAndNothingElse() {
    Store next = Stores.ACTIONS.apply(BERLIN, new SetLanguages(List.of("fr")), context());

    assertThat(next.languages()).containsExactly("fr");
    assertThat(next.name()).isEqualTo(BERLIN.name());
    assertThat(next.key()).isEqualTo("berlin");
  }

  @Test
  void createMakesVersionOneFromTheDraft() {
    Store store =
        Stores.create(new StoreDraft("paris", Map.of("fr", "Paris"), List.of("fr")), context());

    assertThat(store.id()).isEqualTo("00000000-0000-4000-8000-000000000001");
    assertThat(store.version()).isEqualTo(1);
    assertThat(store.key()).isEqualTo("paris");
    assertThat(store.name()).isEqualTo(Map.of("fr", "Paris"));
    assertThat(store.languages()).containsExactly("fr");
    assertThat(List.of(store.createdAt(), store.lastModifiedAt(), store.versionModifiedAt()))
        .containsOnly(NOW);
    assertThat(Arrays.asList(store.createdBy(), store.lastModifiedBy())).containsOnly(ACTOR);
  }

  @Test
  void aStoreHasNoChannelsAndNoProductSelections() {
    Store store = Stores.create(new StoreDraft("paris", null, null), context());

    assertThat(store.distributionChannels()).isEmpty();
    assertThat(store.supplyChannels()).isEmpty();
    assertThat(store.productSelections()).isEmpty();
  }
}
