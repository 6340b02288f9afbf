package ctc.domain.type;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.resource.ResourceFixtures;
import ctc.domain.type.TypeUpdateAction.ChangeName;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Type creation and the type action registry. */
class TypesTest {

  private static final Type EXTRAS =
      ResourceFixtures.type("type-1", "extras", ResourceFixtures.CREATED_AT);

  @Test
  void theRegistryServesChangeName() {
    assertThat(Types.ACTIONS.names()).containsExactly("changeName");
  }

  @Test
  void everyTypeActionIsRegisteredUnderItsName() {
    assertThat(Types.ACTIONS.types())
        .containsExactlyInAnyOrder(TypeUpdateAction.class.getPermittedSubclasses());
    assertThat(Types.ACTIONS.typeOf("changeName")).contains(ChangeName.class);
  }

  @Test
  void changeNameReplacesTheNameAndNothingElse() {
    Type next = Types.ACTIONS.apply(EXTRAS, new ChangeName(Map.of("fr", "Extras")), context());

    assertThat(next)
        .isEqualTo(
            new Type(
                EXTRAS.id(),
                EXTRAS.version(),
                EXTRAS.versionModifiedAt(),
                EXTRAS.createdAt(),
                EXTRAS.createdBy(),
                EXTRAS.lastModifiedAt(),
                EXTRAS.lastModifiedBy(),
                EXTRAS.key(),
                Map.of("fr", "Extras"),
                EXTRAS.description(),
                EXTRAS.resourceTypeIds(),
                EXTRAS.fieldDefinitions()));
  }

  @Test
  void changeNameToTheSameNameChangesNothing() {
    assertThat(Types.ACTIONS.apply(EXTRAS, new ChangeName(EXTRAS.name()), context()))
        .isEqualTo(EXTRAS);
  }

  @Test
  void createMakesVersionOneFromTheDraft() {
    FieldDefinition note = ResourceFixtures.field("note", ResourceFixtures.STRING);
    Type type =
        Types.create(
            new TypeDraft(
                "extras",
                Map.of("en", "Extras"),
                Map.of("en", "More"),
                List.of("address"),
                List.of(note)),
            context());

    assertThat(type.id()).isEqualTo("00000000-0000-4000-8000-000000000001");
    assertThat(type.version()).isEqualTo(1);
    assertThat(type.key()).isEqualTo("extras");
    assertThat(type.name()).isEqualTo(Map.of("en", "Extras"));
    assertThat(type.description()).isEqualTo(Map.of("en", "More"));
    assertThat(type.resourceTypeIds()).containsExactly("address");
    assertThat(type.fieldDefinitions()).containsExactly(note);
    assertThat(List.of(type.createdAt(), type.lastModifiedAt(), type.versionModifiedAt()))
        .containsOnly(NOW);
    assertThat(Arrays.asList(type.createdBy(), type.lastModifiedBy())).containsOnly(ACTOR);
  }
}
