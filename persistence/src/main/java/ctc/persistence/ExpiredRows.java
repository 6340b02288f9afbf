package ctc.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Deletes rows that nothing can use any more (README, "Tokens"). Each statement is its own
 * transaction and takes row locks only on what it deletes, so requests are never held up for long.
 */
public final class ExpiredRows {

  /**
   * How long an expired password or email token is kept, so that it still answers
   * ExpiredCustomer…Token rather than the 404 of an unknown token.
   */
  public static final Duration CUSTOMER_TOKEN_GRACE = Duration.ofDays(7);

  /**
   * An anonymous id is reserved a moment before its first token is stored; younger reservations are
   * kept.
   */
  static final Duration RESERVATION_GRACE = Duration.ofHours(1);

  private final Jdbi jdbi;

  public ExpiredRows(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** How many rows of each kind one purge deleted. */
  public record Purged(int oauthTokens, int customerTokens, int anonymousIds, int emailLocks) {}

  public Purged purge(Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    int oauthTokens = update("DELETE FROM oauth_token WHERE expires_at <= :at", at);
    int customerTokens =
        update(
            "DELETE FROM customer_token WHERE expires_at <= :at", at.minus(CUSTOMER_TOKEN_GRACE));
    // An anonymous id stays in use (AnonymousIdAlreadyInUse) while any of its tokens lives.
    int anonymousIds =
        update(
            """
        DELETE FROM anonymous_id a WHERE a.reserved_at <= :at AND NOT EXISTS (
          SELECT 1 FROM oauth_token t WHERE t.project_key = a.project_key AND t.anonymous_id = a.anonymous_id)""",
            at.minus(RESERVATION_GRACE));
    // A lock row held by a writer is locked, so this waits for the writer; a writer that finds its
    // row deleted
    // creates it again (JdbiCustomerRepository.requireUniqueEmail).
    int emailLocks =
        jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
        DELETE FROM customer_email_lock l WHERE NOT EXISTS (
          SELECT 1 FROM customer c WHERE c.project_key = l.project_key AND c.lowercase_email = l.lowercase_email)""")
                    .execute());
    return new Purged(oauthTokens, customerTokens, anonymousIds, emailLocks);
  }

  private int update(String sql, OffsetDateTime at) {
    return jdbi.withHandle((Handle handle) -> handle.createUpdate(sql).bind("at", at).execute());
  }
}
