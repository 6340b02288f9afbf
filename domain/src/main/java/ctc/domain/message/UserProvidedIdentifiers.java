package ctc.domain.message;

/**
 * The identifiers a client gave the resource of a message, as they are at its {@code
 * resourceVersion}: customers have all three, stores only {@code key}.
 */
public record UserProvidedIdentifiers(String key, String externalId, String customerNumber) {

  /** Null when none is set, since the whole object is then omitted. */
  public static UserProvidedIdentifiers of(String key, String externalId, String customerNumber) {
    return key == null && externalId == null && customerNumber == null
        ? null
        : new UserProvidedIdentifiers(key, externalId, customerNumber);
  }
}
