package ctc.domain.update;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.customer.CustomerUpdateAction;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateRequestTest {

  private static List<CustomerUpdateAction> actions(int count) {
    return Collections.nCopies(count, new SetFirstName("x"));
  }

  @Test
  void fiveHundredActionsAreAllowed() {
    assertThat(new UpdateRequest<>(1, actions(500)).actions()).hasSize(500);
  }

  @Test
  void fiveHundredAndOneActionsAreInvalidInput() {
    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> new UpdateRequest<>(1, actions(501)));

    assertThat(error.message()).contains("501").contains("500");
  }

  @Test
  void absentActionsAreInvalidJsonInput() {
    expectError(
        400, InvalidJsonInputError.class, () -> new UpdateRequest<CustomerUpdateAction>(1, null));
  }

  @Test
  void anEmptyActionListIsAllowed() {
    assertThat(new UpdateRequest<CustomerUpdateAction>(1, List.of()).actions()).isEmpty();
  }

  @Test
  void theActionsAreCopied() {
    List<CustomerUpdateAction> actions = new ArrayList<>(actions(1));
    UpdateRequest<CustomerUpdateAction> request = new UpdateRequest<>(1, actions);

    actions.clear();

    assertThat(request.actions()).hasSize(1);
  }
}
