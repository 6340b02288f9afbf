package ctc.domain.update;

import ctc.domain.common.ClientLogging;
import java.time.Instant;

/** A resource under optimistic concurrency control. */
public interface Versioned<R> {

  String id();

  long version();

  /**
   * A copy stamped as modified: new version, modification time and actor, plus {@code messages}
   * more messages.
   */
  R touched(long newVersion, Instant at, ClientLogging by, long messages);
}
