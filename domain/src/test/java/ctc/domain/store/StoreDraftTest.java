package ctc.domain.store;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.store.StoreUpdateAction.SetLanguages;
import ctc.domain.store.StoreUpdateAction.SetName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shape checks of the store draft and the store update actions. */
class StoreDraftTest {

  private static Map<String, String> withNullValue() {
    Map<String, String> name = new HashMap<>();
    name.put("en", "Berlin");
    name.put("de", null);
    return name;
  }

  @Test
  void aDraftKeepsItsKeyNameAndLanguages() {
    StoreDraft draft = new StoreDraft("berlin", Map.of("en", "Berlin"), List.of("en", "de"));

    assertThat(draft.key()).isEqualTo("berlin");
    assertThat(draft.name()).isEqualTo(Map.of("en", "Berlin"));
    assertThat(draft.languages()).containsExactly("en", "de");
  }

  @Test
  void aDraftWithOnlyAKeyHasNoNameAndNoLanguages() {
    StoreDraft draft = new StoreDraft("berlin", null, null);

    assertThat(draft.name()).isNull();
    assertThat(draft.languages()).isEmpty();
  }

  @Test
  void aDraftWithoutAKeyIsInvalidJsonInputNamingTheKey() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new StoreDraft(null, Map.of("en", "Berlin"), null));

    assertThat(error.detailedErrorMessage()).isEqualTo("key: Missing required value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"b", "with space", "umlaut-ä", "dot.ted"})
  void aDraftWithAMalformedKeyIsInvalidJsonInput(String key) {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> new StoreDraft(key, null, null));

    assertThat(error.detailedErrorMessage()).startsWith("key: The key '" + key + "' is not valid");
  }

  @Test
  void aKeyOf256AllowedCharactersIsValid() {
    String key = "a-_Z9".repeat(51) + "x";

    assertThat(new StoreDraft(key, null, null).key()).hasSize(256);
  }

  @Test
  void aKeyOf257CharactersIsInvalidJsonInput() {
    expectError(
        400, InvalidJsonInputError.class, () -> new StoreDraft("k".repeat(257), null, null));
  }

  @Test
  void aNameWithANullValueIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new StoreDraft("berlin", withNullValue(), null));

    assertThat(error.detailedErrorMessage()).startsWith("name: ");
  }

  @Test
  void aNullLanguageIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new StoreDraft("berlin", null, Arrays.asList("en", null)));

    assertThat(error.detailedErrorMessage()).startsWith("languages: ");
  }

  @Test
  void theDraftKeepsACopyOfTheNameAndTheLanguages() {
    Map<String, String> name = new HashMap<>(Map.of("en", "Berlin"));
    List<String> languages = new ArrayList<>(List.of("en"));
    StoreDraft draft = new StoreDraft("berlin", name, languages);

    name.put("de", "Berlin");
    languages.add("de");

    assertThat(draft.name()).isEqualTo(Map.of("en", "Berlin"));
    assertThat(draft.languages()).containsExactly("en");
  }

  // ---------------------------------------------------------------- actions

  @Test
  void setNameWithoutANameIsAllowedAndMeansRemoval() {
    assertThat(new SetName(null).name()).isNull();
  }

  @Test
  void setNameWithANullValueIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new SetName(withNullValue()));
  }

  @Test
  void setLanguagesWithoutLanguagesMeansNone() {
    assertThat(new SetLanguages(null).languages()).isEmpty();
  }

  @Test
  void setLanguagesWithANullLanguageIsInvalidJsonInput() {
    expectError(
        400, InvalidJsonInputError.class, () -> new SetLanguages(Arrays.asList("en", null)));
  }
}
