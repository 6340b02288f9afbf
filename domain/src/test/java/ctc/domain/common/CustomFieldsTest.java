package ctc.domain.common;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldsTest {

  private static final ResourceIdentifier TYPE = ResourceIdentifier.ofId(ResourceKind.TYPE, "t1");

  @Test
  void customFieldsWithoutTypeAreInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new CustomFields(null, Map.of()));
  }

  @Test
  void aTypeOfAnotherTypeIdIsInvalidJsonInput() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () -> new CustomFields(ResourceIdentifier.ofId(ResourceKind.STORE, "s1"), Map.of()));
  }

  @Test
  void aTypeWithoutTypeIdGetsTypeIdType() {
    assertThat(new CustomFields(new ResourceIdentifier(null, "t1", null), null).type())
        .isEqualTo(TYPE);
  }

  @Test
  void absentFieldsAreEmpty() {
    assertThat(new CustomFields(TYPE, null).fields()).isEmpty();
  }

  @Test
  void theFieldsAreCopied() {
    Map<String, Object> fields = new HashMap<>(Map.of("a", "1"));
    CustomFields custom = new CustomFields(TYPE, fields);

    fields.put("b", "2");

    assertThat(custom.fields()).isEqualTo(Map.of("a", "1"));
  }

  @Test
  void withFieldAddsOrReplacesAValue() {
    CustomFields custom = new CustomFields(TYPE, Map.of("a", "1"));

    assertThat(custom.withField("a", "2").withField("b", true).fields())
        .isEqualTo(Map.of("a", "2", "b", true));
  }

  @Test
  void withFieldWithoutValueRemovesTheField() {
    CustomFields custom = new CustomFields(TYPE, Map.of("a", "1", "b", "2"));

    assertThat(custom.withField("a", null).fields()).isEqualTo(Map.of("b", "2"));
  }
}
