package ctc.domain.group;

import ctc.domain.group.CustomerGroupUpdateAction.ChangeName;
import ctc.domain.group.CustomerGroupUpdateAction.SetKey;
import ctc.domain.update.ActionRegistry;
import ctc.domain.update.UpdateContext;

/** Creation and the action registry of customer groups. */
public final class CustomerGroups {

  public static final ActionRegistry<CustomerGroup, CustomerGroupUpdateAction> ACTIONS =
      ActionRegistry.<CustomerGroup, CustomerGroupUpdateAction>builder()
          .silent(
              "changeName",
              ChangeName.class,
              (group, action, context) -> group.withName(action.name()))
          .silent("setKey", SetKey.class, (group, action, context) -> group.withKey(action.key()))
          .build();

  private CustomerGroups() {}

  public static CustomerGroup create(CustomerGroupDraft draft, UpdateContext context) {
    return new CustomerGroup(
        context.ids().resourceId(),
        1,
        context.now(),
        context.now(),
        context.actor(),
        context.now(),
        context.actor(),
        draft.key(),
        draft.groupName());
  }
}
