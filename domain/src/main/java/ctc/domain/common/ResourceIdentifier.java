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

  public static ResourceIdentifier ofId(ResourceKind kind, String id) {
    return new ResourceIdentifier(kind.typeId(), id, null);
  }

  /** The same identifier with its type set, rejecting one that names another type. */
  public ResourceIdentifier ofType(ResourceKind expected) {
    if (typeId != null && !typeId.equals(expected.typeId())) {
      throw Errors.wrongReferenceType(expected.typeId(), typeId);
    }
    return new ResourceIdentifier(expected.typeId(), id, key);
  }

  /** Whether both identify the same resource, comparing only what each of them carries. */
  public boolean sameTarget(ResourceIdentifier other) {
    return id != null ? id.equals(other.id) : key.equals(other.key);
  }
}
