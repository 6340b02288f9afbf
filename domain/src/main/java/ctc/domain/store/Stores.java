package ctc.domain.store;

import ctc.domain.store.StoreUpdateAction.SetLanguages;
import ctc.domain.store.StoreUpdateAction.SetName;
import ctc.domain.update.ActionRegistry;
import ctc.domain.update.UpdateContext;

/** Creation and the action registry of stores. */
public final class Stores {

  public static final ActionRegistry<Store, StoreUpdateAction> ACTIONS =
      ActionRegistry.<Store, StoreUpdateAction>builder()
          .silent(
              "setName", SetName.class, (store, action, context) -> store.withName(action.name()))
          .silent(
              "setLanguages",
              SetLanguages.class,
              (store, action, context) -> store.withLanguages(action.languages()))
          .build();

  private Stores() {}

  public static Store create(StoreDraft draft, UpdateContext context) {
    return new Store(
        context.ids().resourceId(),
        1,
        context.now(),
        context.now(),
        context.actor(),
        context.now(),
        context.actor(),
        draft.key(),
        draft.name(),
        draft.languages(),
        null,
        null,
        null);
  }
}
