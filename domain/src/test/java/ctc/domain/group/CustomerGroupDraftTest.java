package ctc.domain.group;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.group.CustomerGroupUpdateAction.ChangeName;
import ctc.domain.group.CustomerGroupUpdateAction.SetKey;
import org.junit.jupiter.api.Test;

/** The shape checks of the customer group draft and the customer group update actions. */
class CustomerGroupDraftTest {

  @Test
  void aDraftKeepsItsKeyAndGroupName() {
    CustomerGroupDraft draft = new CustomerGroupDraft("gold", "Gold");

    assertThat(draft.key()).isEqualTo("gold");
    assertThat(draft.groupName()).isEqualTo("Gold");
  }

  @Test
  void theKeyIsOptional() {
    assertThat(new CustomerGroupDraft(null, "Gold").key()).isNull();
  }

  @Test
  void aDraftWithoutAGroupNameIsInvalidJsonInputNamingIt() {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> new CustomerGroupDraft("gold", null));

    assertThat(error.detailedErrorMessage()).isEqualTo("groupName: Missing required value");
  }

  @Test
  void aDraftWithAMalformedKeyIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400, InvalidJsonInputError.class, () -> new CustomerGroupDraft("gold group", "Gold"));

    assertThat(error.detailedErrorMessage()).startsWith("key: ");
  }

  @Test
  void changeNameWithoutANameIsInvalidJsonInputNamingIt() {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> new ChangeName(null));

    assertThat(error.detailedErrorMessage()).isEqualTo("name: Missing required value");
  }

  @Test
  void setKeyWithoutAKeyIsAllowedAndMeansRemoval() {
    assertThat(new SetKey(null).key()).isNull();
  }

  @Test
  void setKeyWithAMalformedKeyIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new SetKey("x"));
  }
}
