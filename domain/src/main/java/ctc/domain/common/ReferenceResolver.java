package ctc.domain.common;

/**
 * Turns ResourceIdentifiers in drafts and actions into stored references, failing with
 * ReferencedResourceNotFound when the target does not exist in the scope's project.
 */
public interface ReferenceResolver {

  KeyReference store(RequestScope scope, ResourceIdentifier store);

  ResourceIdentifier customerGroup(RequestScope scope, ResourceIdentifier customerGroup);

  /**
   * Resolves the type and checks the custom fields against it; {@code resource} is the customer or
   * an address.
   */
  CustomFields custom(RequestScope scope, CustomFields custom, ResourceKind resource);
}
