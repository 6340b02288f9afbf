package ctc.domain.type;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidFieldError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.type.TypeUpdateAction.ChangeName;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shape checks of the type draft and the type update actions. */
class TypeDraftTest {

  private static final Map<String, String> NAME = Map.of("en", "Extras");
  private static final FieldType STRING = new FieldType("String", null, null, null);

  private static FieldDefinition field(String name) {
    return new FieldDefinition(STRING, name, null, false, null);
  }

  private static TypeDraft draft(List<String> resourceTypeIds, FieldDefinition... fields) {
    return new TypeDraft("extras", NAME, null, resourceTypeIds, List.of(fields));
  }

  private static Map<String, String> withNullValue() {
    Map<String, String> name = new HashMap<>();
    name.put("en", null);
    return name;
  }

  @Test
  void aDraftKeepsEverythingItWasGiven() {
    TypeDraft draft =
        new TypeDraft(
            "extras",
            NAME,
            Map.of("en", "More"),
            List.of("customer", "address"),
            List.of(field("note")));

    assertThat(draft.key()).isEqualTo("extras");
    assertThat(draft.name()).isEqualTo(NAME);
    assertThat(draft.description()).isEqualTo(Map.of("en", "More"));
    assertThat(draft.resourceTypeIds()).containsExactly("customer", "address");
    assertThat(draft.fieldDefinitions()).containsExactly(field("note"));
  }

  @Test
  void withoutFieldDefinitionsTheTypeHasNone() {
    assertThat(new TypeDraft("extras", NAME, null, List.of("customer"), null).fieldDefinitions())
        .isEmpty();
  }

  @Test
  void theDescriptionIsOptional() {
    assertThat(draft(List.of("customer")).description()).isNull();
  }

  @Test
  void aDraftWithoutAKeyIsInvalidJsonInputNamingTheKey() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new TypeDraft(null, NAME, null, List.of("customer"), null));

    assertThat(error.detailedErrorMessage()).isEqualTo("key: Missing required value");
  }

  @Test
  void aDraftWithAMalformedKeyIsInvalidJsonInput() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () -> new TypeDraft("my type", NAME, null, List.of("customer"), null));
  }

  @Test
  void aDraftWithoutANameIsInvalidJsonInputNamingTheName() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new TypeDraft("extras", null, null, List.of("customer"), null));

    assertThat(error.detailedErrorMessage()).isEqualTo("name: Missing required value");
  }

  @Test
  void aNameWithANullValueIsInvalidJsonInput() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () -> new TypeDraft("extras", withNullValue(), null, List.of("customer"), null));
  }

  @Test
  void aDescriptionWithANullValueIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new TypeDraft("extras", NAME, withNullValue(), List.of("customer"), null));

    assertThat(error.detailedErrorMessage()).startsWith("description: ");
  }

  @Test
  void aDraftWithoutResourceTypeIdsIsInvalidJsonInputNamingThem() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new TypeDraft("extras", NAME, null, null, null));

    assertThat(error.detailedErrorMessage()).isEqualTo("resourceTypeIds: Missing required value");
  }

  @Test
  void aNullResourceTypeIdIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> draft(Arrays.asList("customer", null)));
  }

  @Test
  void aResourceTypeIdThisServiceDoesNotServeIsAnInvalidFieldListingTheServedOnes() {
    InvalidFieldError error =
        expectError(400, InvalidFieldError.class, () -> draft(List.of("customer", "order")));

    assertThat(error.field()).isEqualTo("resourceTypeIds");
    assertThat(error.invalidValue()).isEqualTo("order");
    assertThat(error.allowedValues()).containsExactly("customer", "address");
  }

  @Test
  void twoFieldDefinitionsWithTheSameNameAreAnInvalidOperationNamingTheField() {
    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () -> draft(List.of("customer"), field("note"), field("other"), field("note")));

    assertThat(error.message()).contains("'note'");
  }

  @Test
  void aNullFieldDefinitionIsInvalidJsonInput() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () ->
            new TypeDraft(
                "extras", NAME, null, List.of("customer"), Arrays.asList(field("note"), null)));
  }

  @Test
  void changeNameWithoutANameIsInvalidJsonInputNamingIt() {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> new ChangeName(null));

    assertThat(error.detailedErrorMessage()).isEqualTo("name: Missing required value");
  }

  @Test
  void changeNameWithANullValueIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new ChangeName(withNullValue()));
  }
}
