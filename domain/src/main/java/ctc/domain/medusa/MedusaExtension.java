package ctc.domain.medusa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the Medusa facade keeps beside a customer that the commercetools customer has no field for
 * (contract #9): {@code phone}, {@code metadata}, and each address's {@code metadata} keyed by
 * address id. Invisible to the commercetools API. Metadata values are plain JSON-like Java values
 * (String, Boolean, numbers, List, Map, null).
 */
public record MedusaExtension(
    String phone, Map<String, Object> metadata, Map<String, Map<String, Object>> addressMetadata) {

  public static final MedusaExtension EMPTY = new MedusaExtension(null, null, null);

  public MedusaExtension {
    metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
    if (addressMetadata != null) {
      addressMetadata.forEach(
          (id, value) -> {
            if (value != null) {
              copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(value)));
            }
          });
    }
    addressMetadata = Collections.unmodifiableMap(copy);
  }

  /** Whether nothing is kept (then no row is stored). Not a getter, so never part of the JSON. */
  public boolean keepsNothing() {
    return phone == null && metadata == null && addressMetadata.isEmpty();
  }

  public MedusaExtension withPhone(String newPhone) {
    return new MedusaExtension(newPhone, metadata, addressMetadata);
  }

  public MedusaExtension withMetadata(Map<String, Object> newMetadata) {
    return new MedusaExtension(phone, newMetadata, addressMetadata);
  }

  /** The address's metadata, or null. */
  public Map<String, Object> addressMetadata(String addressId) {
    return addressMetadata.get(addressId);
  }

  /** With the address's metadata replaced; null removes the entry. */
  public MedusaExtension withAddressMetadata(String addressId, Map<String, Object> value) {
    Map<String, Map<String, Object>> next = new LinkedHashMap<>(addressMetadata);
    if (value == null) {
      next.remove(addressId);
    } else {
      next.put(addressId, value);
    }
    return new MedusaExtension(phone, metadata, next);
  }

  /** Without the entries of addresses the customer no longer has. */
  public MedusaExtension keepingAddresses(Set<String> addressIds) {
    Map<String, Map<String, Object>> next = new LinkedHashMap<>(addressMetadata);
    next.keySet().retainAll(addressIds);
    return new MedusaExtension(phone, metadata, next);
  }
}
