package ctc.domain.store;

import ctc.domain.message.MessagePayload.StoreLanguagesChanged;
import ctc.domain.message.MessagePayload.StoreNameSet;
import ctc.domain.store.StoreUpdateAction.SetLanguages;
import ctc.domain.store.StoreUpdateAction.SetName;
import ctc.domain.update.ActionRegistry;
import ctc.domain.update.UpdateContext;
import java.util.List;
import java.util.Optional;

/** Creation and the action registry of stores. */
public final class Stores {

  public static final ActionRegistry<Store, StoreUpdateAction> ACTIONS =
      ActionRegistry.<Store, StoreUpdateAction>builder()
          .on(
              "setName",
              SetName.class,
              (store, action, context) -> store.withName(action.name()),
              (before, after, action) -> Optional.of(new StoreNameSet(after.name())))
          .on(
              "setLanguages",
              SetLanguages.class,
              (store, action, context) -> store.withLanguages(action.languages()),
              (before, after, action) ->
                  Optional.of(
                      new StoreLanguagesChanged(
                          nonEmpty(without(after.languages(), before.languages())),
                          nonEmpty(without(before.languages(), after.languages())))))
          .build();

  private Stores() {}

  private static List<String> without(List<String> languages, List<String> removed) {
    return languages.stream().filter(language -> !removed.contains(language)).toList();
  }

  /** Null for an empty list, which a message omits. */
  private static List<String> nonEmpty(List<String> languages) {
    return languages.isEmpty() ? null : languages;
  }

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
        null,
        1);
  }
}
