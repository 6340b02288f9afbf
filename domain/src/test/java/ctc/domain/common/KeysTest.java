package ctc.domain.common;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysTest {

  @ParameterizedTest(name = "\"{0}\" is a valid key")
  @ValueSource(strings = {"ab", "A-Z_a-z_0-9", "--", "__"})
  void validKeysAreReturnedUnchanged(String key) {
    assertThat(Keys.requireValid("key", key)).isEqualTo(key);
  }

  @Test
  void aKeyOf256CharactersIsValid() {
    String key = "k".repeat(256);

    assertThat(Keys.requireValid("key", key)).isEqualTo(key);
  }

  @Test
  void noKeyIsFine() {
    assertThat(Keys.requireValid("key", null)).isNull();
  }

  @ParameterizedTest(name = "\"{0}\" is not a valid key")
  @ValueSource(strings = {"", "a", "a b", "a.b", "ä-b", "a/b"})
  void invalidKeysAreInvalidJsonInput(String key) {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> Keys.requireValid("key", key));

    assertThat(error.detailedErrorMessage()).startsWith("key: ");
  }

  @Test
  void aKeyOf257CharactersIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> Keys.requireValid("key", "k".repeat(257)));
  }
}
