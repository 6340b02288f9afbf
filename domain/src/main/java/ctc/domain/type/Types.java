package ctc.domain.type;

import ctc.domain.type.TypeUpdateAction.ChangeName;
import ctc.domain.update.ActionRegistry;
import ctc.domain.update.UpdateContext;

/** Creation and the action registry of types. */
public final class Types {

  public static final ActionRegistry<Type, TypeUpdateAction> ACTIONS =
      ActionRegistry.<Type, TypeUpdateAction>builder()
          .silent(
              "changeName",
              ChangeName.class,
              (type, action, context) ->
                  new Type(
                      type.id(),
                      type.version(),
                      type.versionModifiedAt(),
                      type.createdAt(),
                      type.createdBy(),
                      type.lastModifiedAt(),
                      type.lastModifiedBy(),
                      type.key(),
                      action.name(),
                      type.description(),
                      type.resourceTypeIds(),
                      type.fieldDefinitions()))
          .build();

  private Types() {}

  public static Type create(TypeDraft draft, UpdateContext context) {
    return new Type(
        context.ids().resourceId(),
        1,
        context.now(),
        context.now(),
        context.actor(),
        context.now(),
        context.actor(),
        draft.key(),
        draft.name(),
        draft.description(),
        draft.resourceTypeIds(),
        draft.fieldDefinitions());
  }
}
