package ctc.domain.type;

import static ctc.domain.common.Required.elements;
import static ctc.domain.common.Required.require;

import ctc.domain.common.Keys;
import ctc.domain.common.LocalizedStrings;
import ctc.domain.common.ResourceKind;
import ctc.domain.error.Errors;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The body of POST /types: key, name and the resource types it extends are required. */
public record TypeDraft(
    String key,
    Map<String, String> name,
    Map<String, String> description,
    List<String> resourceTypeIds,
    List<FieldDefinition> fieldDefinitions) {

  /** The resources of this service that custom fields can extend. */
  public static final List<String> RESOURCE_TYPE_IDS =
      List.of(ResourceKind.CUSTOMER.typeId(), ResourceKind.ADDRESS.typeId());

  public TypeDraft {
    Keys.requireValid("key", require(key, "key"));
    name = LocalizedStrings.copy(require(name, "name"), "name");
    description = LocalizedStrings.copy(description, "description");
    resourceTypeIds = elements(require(resourceTypeIds, "resourceTypeIds"), "resourceTypeIds");
    resourceTypeIds.stream()
        .filter(id -> !RESOURCE_TYPE_IDS.contains(id))
        .findFirst()
        .ifPresent(
            id -> {
              throw Errors.invalidField("resourceTypeIds", id, RESOURCE_TYPE_IDS);
            });
    fieldDefinitions = elements(fieldDefinitions, "fieldDefinitions");
    Set<String> names = new HashSet<>();
    fieldDefinitions.stream()
        .filter(field -> !names.add(field.name()))
        .findFirst()
        .ifPresent(
            field -> {
              throw Errors.duplicateFieldDefinition(field.name());
            });
  }
}
