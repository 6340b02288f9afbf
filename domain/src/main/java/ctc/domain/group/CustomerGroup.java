package ctc.domain.group;

import ctc.domain.common.ClientLogging;
import ctc.domain.resource.KeyedResource;
import java.time.Instant;

/** A customer group; customers reference it by id. */
public record CustomerGroup(
    String id,
    long version,
    Instant versionModifiedAt,
    Instant createdAt,
    ClientLogging createdBy,
    Instant lastModifiedAt,
    ClientLogging lastModifiedBy,
    String key,
    String name)
    implements KeyedResource<CustomerGroup> {

  public CustomerGroup withName(String newName) {
    return new CustomerGroup(
        id,
        version,
        versionModifiedAt,
        createdAt,
        createdBy,
        lastModifiedAt,
        lastModifiedBy,
        key,
        newName);
  }

  public CustomerGroup withKey(String newKey) {
    return new CustomerGroup(
        id,
        version,
        versionModifiedAt,
        createdAt,
        createdBy,
        lastModifiedAt,
        lastModifiedBy,
        newKey,
        name);
  }

  /** Customer groups produce no messages here, so {@code messages} is ignored. */
  @Override
  public CustomerGroup touched(long newVersion, Instant at, ClientLogging by, long messages) {
    return new CustomerGroup(id, newVersion, at, createdAt, createdBy, at, by, key, name);
  }
}
