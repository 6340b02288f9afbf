package ctc.domain.common;

import ctc.domain.error.Errors;

/**
 * A resolver for domain tests that need no stored resources: identifiers are kept as given after
 * their shape was checked. Stores are kept by key, so a store given only by id cannot be resolved
 * and is not found.
 */
public final class ShapeOnlyReferences implements ReferenceResolver {

  @Override
  public KeyReference store(RequestScope scope, ResourceIdentifier store) {
    if (store.key() == null) {
      throw Errors.referencedResourceNotFound("store", store.id(), null);
    }
    return KeyReference.store(store.key());
  }

  @Override
  public ResourceIdentifier customerGroup(RequestScope scope, ResourceIdentifier customerGroup) {
    return customerGroup;
  }

  @Override
  public CustomFields custom(RequestScope scope, CustomFields custom, ResourceKind resource) {
    return custom;
  }
}
