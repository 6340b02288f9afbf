package ctc.domain.common;

/** Who created or last modified a resource ({@code createdBy} / {@code lastModifiedBy}). */
public record ClientLogging(
    String clientId,
    Boolean isPlatformClient,
    String externalUserId,
    String anonymousId,
    ResourceIdentifier customer) {}
