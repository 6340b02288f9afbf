package ctc.domain.type;

import ctc.domain.common.ClientLogging;
import ctc.domain.resource.KeyedResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A custom-field type: which resources it may extend ({@code customer}, {@code address}) and its
 * fields.
 */
public record Type(
    String id,
    long version,
    Instant versionModifiedAt,
    Instant createdAt,
    ClientLogging createdBy,
    Instant lastModifiedAt,
    ClientLogging lastModifiedBy,
    String key,
    Map<String, String> name,
    Map<String, String> description,
    List<String> resourceTypeIds,
    List<FieldDefinition> fieldDefinitions)
    implements KeyedResource<Type> {

  public Type {
    resourceTypeIds = List.copyOf(resourceTypeIds);
    fieldDefinitions = List.copyOf(fieldDefinitions);
  }

  /** Types have no messages, so {@code messages} is ignored. */
  @Override
  public Type touched(long newVersion, Instant at, ClientLogging by, long messages) {
    return new Type(
        id,
        newVersion,
        at,
        createdAt,
        createdBy,
        at,
        by,
        key,
        name,
        description,
        resourceTypeIds,
        fieldDefinitions);
  }
}
