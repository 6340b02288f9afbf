package ctc.domain.common;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import org.junit.jupiter.api.Test;

class ResourceIdentifierTest {

  @Test
  void anIdentifierWithBothIdAndKeyIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400, InvalidJsonInputError.class, () -> new ResourceIdentifier("store", "id", "key"));

    assertThat(error.detailedErrorMessage()).contains("not both");
  }

  @Test
  void anIdentifierWithNeitherIdNorKeyIsInvalidJsonInput() {
    expectError(
        400, InvalidJsonInputError.class, () -> new ResourceIdentifier("store", null, null));
  }

  @Test
  void ofTypeFillsInAMissingTypeId() {
    assertThat(new ResourceIdentifier(null, null, "berlin").ofType(ResourceKind.STORE))
        .isEqualTo(new ResourceIdentifier("store", null, "berlin"));
  }

  @Test
  void ofTypeAcceptsTheExpectedTypeId() {
    assertThat(ResourceIdentifier.ofId(ResourceKind.STORE, "s1").ofType(ResourceKind.STORE))
        .isEqualTo(ResourceIdentifier.ofId(ResourceKind.STORE, "s1"));
  }

  @Test
  void ofTypeRejectsAnotherTypeIdAsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () ->
                ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "g1")
                    .ofType(ResourceKind.STORE));

    assertThat(error.detailedErrorMessage()).contains("'store'").contains("'customer-group'");
  }

  @Test
  void sameTargetComparesByIdWhenTheReceiverHasAnId() {
    ResourceIdentifier byId = ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "g1");

    assertThat(byId.sameTarget(new ResourceIdentifier(null, "g1", null))).isTrue();
    assertThat(byId.sameTarget(new ResourceIdentifier(null, "g2", null))).isFalse();
    assertThat(byId.sameTarget(new ResourceIdentifier(null, null, "g1"))).isFalse();
  }

  @Test
  void sameTargetComparesByKeyWhenTheReceiverHasAKey() {
    ResourceIdentifier byKey = new ResourceIdentifier("customer-group", null, "gold");

    assertThat(byKey.sameTarget(new ResourceIdentifier(null, null, "gold"))).isTrue();
    assertThat(byKey.sameTarget(new ResourceIdentifier(null, "gold", null))).isFalse();
  }
}
