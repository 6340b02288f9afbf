package ctc.domain.group;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.group.CustomerGroupUpdateAction.ChangeName;
import ctc.domain.group.CustomerGroupUpdateAction.SetKey;
import ctc.domain.resource.ResourceFixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customer group creation and the customer group action registry. */
class CustomerGroupsTest {

  private static final CustomerGroup GOLD =
      ResourceFixtures.group("group-1", "gold", ResourceFixtures.CREATED_AT);

  @Test
  void theRegistryServesChangeNameAndSetKey() {
    assertThat(CustomerGroups.ACTIONS.names()).containsExactlyInAnyOrder("changeName", "setKey");
  }

  @Test
  void everyCustomerGroupActionIsRegisteredUnderItsName() {
    assertThat(CustomerGroups.ACTIONS.types())
        .containsExactlyInAnyOrder(CustomerGroupUpdateAction.class.getPermittedSubclasses());
    assertThat(CustomerGroups.ACTIONS.typeOf("changeName")).contains(ChangeName.class);
    assertThat(CustomerGroups.ACTIONS.typeOf("setKey")).contains(SetKey.class);
  }

  @Test
  void changeNameReplacesTheNameAndNothingElse() {
    CustomerGroup next = CustomerGroups.ACTIONS.apply(GOLD, new ChangeName("Platinum"), context());

    assertThat(next)
        .isEqualTo(
            new CustomerGroup(
                GOLD.id(),
                GOLD.version(),
                GOLD.versionModifiedAt(),
                GOLD.createdAt(),
                GOLD.createdBy(),
                GOLD.lastModifiedAt(),
                GOLD.lastModifiedBy(),
                "gold",
                "Platinum"));
  }

  @Test
  void setKeyReplacesTheKeyAndNothingElse() {
    CustomerGroup next = CustomerGroups.ACTIONS.apply(GOLD, new SetKey("platinum"), context());

    assertThat(next.key()).isEqualTo("platinum");
    assertThat(next.name()).isEqualTo("Gold");
    assertThat(next.version()).isEqualTo(GOLD.version());
  }

  @Test
  void setKeyWithoutAKeyRemovesIt() {
    assertThat(CustomerGroups.ACTIONS.apply(GOLD, new SetKey(null), context()).key()).isNull();
  }

  @Test
  void createMakesVersionOneFromTheDraft() {
    CustomerGroup group =
        CustomerGroups.create(new CustomerGroupDraft("silver", "Silver"), context());

    assertThat(group.id()).isEqualTo("00000000-0000-4000-8000-000000000001");
    assertThat(group.version()).isEqualTo(1);
    assertThat(group.key()).isEqualTo("silver");
    assertThat(group.name()).isEqualTo("Silver");
    assertThat(List.of(group.createdAt(), group.lastModifiedAt(), group.versionModifiedAt()))
        .containsOnly(NOW);
    assertThat(Arrays.asList(group.createdBy(), group.lastModifiedBy())).containsOnly(ACTOR);
  }
}
