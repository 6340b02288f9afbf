package ctc.domain.resource;

import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.ReferenceResolver;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceRef;
import ctc.domain.error.Errors;
import ctc.domain.group.CustomerGroup;
import ctc.domain.store.Store;
import ctc.domain.type.CustomFieldsValidator;
import ctc.domain.type.Type;

/**
 * Resolves the references of customer drafts and actions against the stored resources of the scope's project: stores
 * become key references, customer groups and types id references, and custom fields are checked against their type.
 */
public final class StoredReferences implements ReferenceResolver {

  private final ResourceRepository<Store> stores;
  private final ResourceRepository<CustomerGroup> groups;
  private final ResourceRepository<Type> types;

  public StoredReferences(
      ResourceRepository<Store> stores, ResourceRepository<CustomerGroup> groups, ResourceRepository<Type> types) {
    this.stores = stores;
    this.groups = groups;
    this.types = types;
  }

  @Override
  public KeyReference store(RequestScope scope, ResourceIdentifier store) {
    return KeyReference.store(find(stores, scope, store, "store").key());
  }

  @Override
  public ResourceIdentifier customerGroup(RequestScope scope, ResourceIdentifier customerGroup) {
    return ResourceIdentifier.ofId("customer-group", find(groups, scope, customerGroup, "customer-group").id());
  }

  @Override
  public CustomFields custom(RequestScope scope, CustomFields custom, String resourceTypeId) {
    Type type = find(types, scope, custom.type(), "type");
    return new CustomFields(ResourceIdentifier.ofId("type", type.id()),
        CustomFieldsValidator.validate(type, custom.fields(), resourceTypeId));
  }

  private static <R extends KeyedResource<R>> R find(
      ResourceRepository<R> repository, RequestScope scope, ResourceIdentifier identifier, String typeId) {
    return repository.find(scope.projectKey(), ResourceRef.of(identifier))
        .orElseThrow(() -> Errors.referencedResourceNotFound(typeId, identifier.id(), identifier.key()));
  }
}
