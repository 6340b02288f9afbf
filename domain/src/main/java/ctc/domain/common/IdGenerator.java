package ctc.domain.common;

/** Source of new identifiers, injected so tests can make them predictable. */
public interface IdGenerator {

  /** A new resource id (a UUID string). */
  String resourceId();

  /** A new address id: 8 characters of {@code [A-Za-z0-9_-]} (Decisions table). */
  String addressId();

  /** A secret token value: at least 256 random bits, URL-safe. */
  String tokenValue();
}
