package ctc.domain.common;

import ctc.domain.error.Errors;

/**
 * Points at another resource by {@code id} or by {@code key}, never both (contract §0).
 *
 * <p>Also the stored form of customer-group and type references: once resolved they carry the id.
 */
public record ResourceIdentifier(String typeId, String id, String key) {

  public ResourceIdentifier {
    if (id != null && key != null) {
      throw Errors.identifierWithIdAndKey();
    }
    if (id == null && key == null) {
      throw Errors.identifierWithoutIdOrKey();
    }
  }

  public static ResourceIdentifier ofId(String typeId, String id) {
    return new ResourceIdentifier(typeId, id, null);
  }

  /** The same identifier with its type set, rejecting one that names another type. */
  public ResourceIdentifier ofType(String expectedTypeId) {
    if (typeId != null && !typeId.equals(expectedTypeId)) {
      throw Errors.wrongReferenceType(expectedTypeId, typeId);
    }
    return new ResourceIdentifier(expectedTypeId, id, key);
  }

  /** Whether both identify the same resource, comparing only what each of them carries. */
  public boolean sameTarget(ResourceIdentifier other) {
    return id != null ? id.equals(other.id) : key.equals(other.key);
  }
}
