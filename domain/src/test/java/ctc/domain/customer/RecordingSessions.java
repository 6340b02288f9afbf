package ctc.domain.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link CustomerSessions} that only records which customers' sessions were revoked, in call order.
 * Thread-safe.
 */
public final class RecordingSessions implements CustomerSessions {

  /** One {@link #revokeAll} call. */
  public record Revocation(String projectKey, String customerId) {}

  private final List<Revocation> revocations = new ArrayList<>();

  @Override
  public synchronized void revokeAll(String projectKey, String customerId) {
    revocations.add(new Revocation(projectKey, customerId));
  }

  /** Every call so far, oldest first. */
  public synchronized List<Revocation> revocations() {
    return List.copyOf(revocations);
  }
}
