package ctc.domain.store;

import ctc.domain.common.ClientLogging;
import ctc.domain.resource.KeyedResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A store: the scope of the in-store API. Its key is required and never changes, so customers keep
 * stores as key references. Channels and product selections are not modelled here and are always
 * empty. {@code lastMessageSequenceNumber} counts the store's messages, also while none are stored,
 * so that numbering goes on without reuse when messages are switched on; the API does not show it.
 */
public record Store(
    String id,
    long version,
    Instant versionModifiedAt,
    Instant createdAt,
    ClientLogging createdBy,
    Instant lastModifiedAt,
    ClientLogging lastModifiedBy,
    String key,
    Map<String, String> name,
    List<String> languages,
    List<Object> distributionChannels,
    List<Object> supplyChannels,
    List<Object> productSelections,
    long lastMessageSequenceNumber)
    implements KeyedResource<Store> {

  public Store {
    languages = languages == null ? List.of() : List.copyOf(languages);
    distributionChannels = List.of();
    supplyChannels = List.of();
    productSelections = List.of();
  }

  public Store withName(Map<String, String> newName) {
    return new Store(
        id,
        version,
        versionModifiedAt,
        createdAt,
        createdBy,
        lastModifiedAt,
        lastModifiedBy,
        key,
        newName,
        languages,
        distributionChannels,
        supplyChannels,
        productSelections,
        lastMessageSequenceNumber);
  }

  public Store withLanguages(List<String> newLanguages) {
    return new Store(
        id,
        version,
        versionModifiedAt,
        createdAt,
        createdBy,
        lastModifiedAt,
        lastModifiedBy,
        key,
        name,
        newLanguages,
        distributionChannels,
        supplyChannels,
        productSelections,
        lastMessageSequenceNumber);
  }

  @Override
  public Store touched(long newVersion, Instant at, ClientLogging by, long messages) {
    return new Store(
        id,
        newVersion,
        at,
        createdAt,
        createdBy,
        at,
        by,
        key,
        name,
        languages,
        distributionChannels,
        supplyChannels,
        productSelections,
        lastMessageSequenceNumber + messages);
  }
}
