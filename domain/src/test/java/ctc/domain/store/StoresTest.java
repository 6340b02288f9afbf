package ctc.domain.store;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.resource.ResourceFixtures;
import ctc.domain.store.StoreUpdateAction.SetLanguages;
import ctc.domain.store.StoreUpdateAction.SetName;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Store creation and the store action registry. */
class StoresTest {

  private static final Store BERLIN =
      ResourceFixtures.store("store-1", "berlin", ResourceFixtures.CREATED_AT);

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
  void storeActionsProduceNoMessages() {
    assertThat(Stores.ACTIONS.producesMessage(new SetName(null))).isFalse();
    assertThat(Stores.ACTIONS.producesMessage(new SetLanguages(null))).isFalse();
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
