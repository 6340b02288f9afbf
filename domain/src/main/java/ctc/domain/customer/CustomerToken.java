package ctc.domain.customer;

import ctc.domain.common.ClientLogging;
import java.time.Instant;

/** The CustomerToken response; {@code value} is shown once, when the token is created. */
public record CustomerToken(
    String id,
    String customerId,
    String value,
    Instant expiresAt,
    boolean invalidateOlderTokens,
    Instant createdAt,
    Instant lastModifiedAt,
    ClientLogging createdBy,
    ClientLogging lastModifiedBy) {}
