package ctc.domain.message;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.ResourceIdentifier;
import java.time.Instant;
import java.util.Objects;

/**
 * A message as the domain knows it: a change of {@code resource} at {@code resourceVersion}, one of
 * a gapless per-resource sequence. Never changed once made, so its version is always 1 and its
 * {@code lastModifiedAt}/{@code lastModifiedBy} are its {@code createdAt}/{@code createdBy}.
 */
public record Message(
    String id,
    ResourceIdentifier resource,
    long sequenceNumber,
    long resourceVersion,
    Instant createdAt,
    ClientLogging createdBy,
    MessagePayload payload,
    UserProvidedIdentifiers resourceUserProvidedIdentifiers) {

  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(payload, "payload");
  }

  public String type() {
    return payload.type();
  }

  public Message withPayload(MessagePayload newPayload) {
    return new Message(
        id,
        resource,
        sequenceNumber,
        resourceVersion,
        createdAt,
        createdBy,
        newPayload,
        resourceUserProvidedIdentifiers);
  }
}
