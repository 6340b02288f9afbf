package ctc.domain.update;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.ReferenceResolver;
import ctc.domain.common.RequestScope;
import java.time.Instant;

/**
 * What an action handler may use besides the resource and the action: scope, time, actor and
 * injected services.
 */
public record UpdateContext(
    RequestScope scope,
    Instant now,
    ClientLogging actor,
    IdGenerator ids,
    PasswordHasher passwords,
    ReferenceResolver references) {}
