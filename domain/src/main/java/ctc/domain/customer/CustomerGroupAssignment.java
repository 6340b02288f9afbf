package ctc.domain.customer;

import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.error.Errors;

/** One entry of {@code customerGroupAssignments}. */
public record CustomerGroupAssignment(ResourceIdentifier customerGroup) {

  public CustomerGroupAssignment {
    if (customerGroup == null) {
      throw Errors.missingField("customerGroupAssignment -> customerGroup");
    }
    customerGroup = customerGroup.ofType(ResourceKind.CUSTOMER_GROUP);
  }
}
