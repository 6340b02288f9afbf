package ctc.domain.resource;

import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.ReferenceResolver;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ResourceRef;
import ctc.domain.error.Errors;
import ctc.domain.group.CustomerGroup;
import ctc.domain.store.Store;
import ctc.domain.type.CustomFieldsValidator;
import ctc.domain.type.Type;

/**
 * Resolves the references of customer drafts and actions against the stored resources of the
 * scope's project: stores become key references, customer groups and types id references, and
 * custom fields are checked against their type.
 */
public final class StoredReferences implements ReferenceResolver {

  private final ResourceRepository<Store> stores;
  private final ResourceRepository<CustomerGroup> groups;
  private final ResourceRepository<Type> types;

  public StoredReferences(
      ResourceRepository<Store> stores,
      ResourceRepository<CustomerGroup> groups,
      ResourceRepository<Type> types) {
    this.stores = stores;
    this.groups = groups;
    this.types = types;
  }

  @Override
  public KeyReference store(RequestScope scope, ResourceIdentifier store) {
    return KeyReference.store(find(stores, scope, store, ResourceKind.STORE).key());
  }

  @Override
  public ResourceIdentifier customerGroup(RequestScope scope, ResourceIdentifier customerGroup) {
    return ResourceIdentifier.ofId(
        ResourceKind.CUSTOMER_GROUP,
        find(groups, scope, customerGroup, ResourceKind.CUSTOMER_GROUP).id());
  }

  @Override
  public CustomFields custom(RequestScope scope, CustomFields custom, ResourceKind resource) {
    Type type = find(types, scope, custom.type(), ResourceKind.TYPE);
    return new CustomFields(
        ResourceIdentifier.ofId(ResourceKind.TYPE, type.id()),
        CustomFieldsValidator.validate(type, custom.fields(), resource));
  }

  private static <R extends KeyedResource<R>> R find(
      ResourceRepository<R> repository,
      RequestScope scope,
      ResourceIdentifier identifier,
      ResourceKind kind) {
    return repository
        .find(scope.projectKey(), ResourceRef.of(identifier))
        .orElseThrow(
            () ->
                Errors.referencedResourceNotFound(
                    kind.typeId(), identifier.id(), identifier.key()));
  }
}
