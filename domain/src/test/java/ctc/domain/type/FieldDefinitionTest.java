package ctc.domain.type;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldDefinitionTest {

  private static final FieldType STRING = new FieldType("String", null, null, null);

  @Test
  void aDefinitionWithoutTypeIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new FieldDefinition(null, "name", Map.of(), false, null));

    assertThat(error.detailedErrorMessage()).contains("fieldDefinitions -> type");
  }

  @Test
  void aDefinitionWithoutNameIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new FieldDefinition(STRING, null, Map.of(), false, null));

    assertThat(error.detailedErrorMessage()).contains("fieldDefinitions -> name");
  }

  @Test
  void anAbsentLabelIsEmpty() {
    assertThat(new FieldDefinition(STRING, "name", null, false, null).label()).isEmpty();
  }

  @Test
  void theLabelIsCopied() {
    Map<String, String> label = new HashMap<>(Map.of("en", "Name"));
    FieldDefinition definition = new FieldDefinition(STRING, "name", label, false, null);

    label.put("de", "Name");

    assertThat(definition.label()).isEqualTo(Map.of("en", "Name"));
  }
}
