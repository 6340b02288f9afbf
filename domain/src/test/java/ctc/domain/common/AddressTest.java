package ctc.domain.common;

import static ctc.domain.customer.CustomerFixtures.address;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressTest {

  @Test
  void anAddressNeedsOnlyACountry() {
    assertThat(address("DE").country()).isEqualTo("DE");
  }

  @Test
  void anAddressWithoutCountryIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> address(null));

    assertThat(error.detailedErrorMessage()).contains("country");
  }

  @Test
  void anUnknownCountryCodeIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> address("XX"));

    assertThat(error.detailedErrorMessage()).contains("'XX'");
  }

  @Test
  void aLowerCaseCountryCodeIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> address("de"));
  }

  @Test
  void aThreeLetterCountryCodeIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> address("DEU"));
  }

  @Test
  void anInvalidAddressKeyIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> address("DE", "has space"));
  }

  @Test
  void withIdWithKeyAndWithCustomChangeOnlyThatComponent() {
    CustomFields custom =
        new CustomFields(ResourceIdentifier.ofId(ResourceKind.TYPE, "t"), Map.of());
    Address original = address("DE", "home");

    assertThat(original.withId("a1"))
        .isEqualTo(
            new Address(
                "a1", "home", null, null, null, null, null, null, null, null, null, null, null,
                "DE", null, null, null, null, null, null, null, null, null, null, null, null));
    assertThat(original.withKey("work").key()).isEqualTo("work");
    assertThat(original.withKey("work").withKey("home")).isEqualTo(original);
    assertThat(original.withCustom(custom).custom()).isEqualTo(custom);
    assertThat(original.withCustom(custom).withCustom(null)).isEqualTo(original);
  }
}
