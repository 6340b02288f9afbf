package ctc.persistence.message;

import ctc.domain.common.IdGenerator;
import java.util.UUID;

/** Ids unique across test classes sharing a database. */
final class UuidIds implements IdGenerator {
  @Override
  public String resourceId() {
    return UUID.randomUUID().toString();
  }

  @Override
  public String addressId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public String tokenValue() {
    return UUID.randomUUID().toString() + UUID.randomUUID();
  }
}
