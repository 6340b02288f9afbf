package ctc.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purge of expired rows, on rows written directly; each database's test class supplies the
 * Jdbi.
 */
abstract class SqlExpiredRowsTest {

  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  protected abstract Jdbi jdbi();

  private String project;

  @BeforeEach
  void newProject() {
    project = "p-" + UUID.randomUUID();
    jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    """
        INSERT INTO api_client (id, project_key, name, secret_hash, scopes, created_at)
        VALUES (?, ?, 'client', 'hash', 'manage_project', ?)""",
                    project,
                    project,
                    at(NOW)));
  }

  @Test
  void expiredOAuthTokensGoAndLiveOnesStay() {
    oauthToken("expired", NOW.minusSeconds(1), null);
    oauthToken("expiring-now", NOW, null);
    oauthToken("live", NOW.plusSeconds(1), null);

    new ExpiredRows(jdbi()).purge(NOW);

    assertThat(column("SELECT scopes FROM oauth_token WHERE project_key = ?"))
        .containsExactly("live");
  }

  @Test
  void customerTokensStayForTheGracePeriodAfterExpiring() {
    String customer = customer("jane@example.com");
    customerToken(
        customer, NOW.minus(ExpiredRows.CUSTOMER_TOKEN_GRACE).minusSeconds(1), "long-expired");
    customerToken(customer, NOW.minusSeconds(1), "just-expired");
    customerToken(customer, NOW.plusSeconds(60), "live");

    new ExpiredRows(jdbi()).purge(NOW);

    assertThat(column("SELECT id FROM customer_token WHERE project_key = ? ORDER BY id"))
        .map(id -> id.substring(0, id.indexOf('#')))
        .containsExactly("just-expired", "live");
  }

  @Test
  void anAnonymousIdIsFreedOnlyWhenNoneOfItsTokensLives() {
    // Reservations carry the database's clock, so this test's instants are real ones.
    Instant later = Instant.now().plus(ExpiredRows.RESERVATION_GRACE).plus(Duration.ofMinutes(1));
    anonymousId("with-live-token");
    anonymousId("tokens-expired");
    anonymousId("never-used");
    oauthToken("t1", later.plusSeconds(60), "with-live-token");
    oauthToken("t2", later.minusSeconds(60), "tokens-expired");

    new ExpiredRows(jdbi()).purge(Instant.now());
    assertThat(
            column(
                "SELECT anonymous_id FROM anonymous_id WHERE project_key = ? ORDER BY anonymous_id"))
        .as("reservations younger than the grace period stay")
        .containsExactly("never-used", "tokens-expired", "with-live-token");

    new ExpiredRows(jdbi()).purge(later);
    assertThat(column("SELECT anonymous_id FROM anonymous_id WHERE project_key = ?"))
        .containsExactly("with-live-token");
  }

  @Test
  void emailLockRowsGoWhenNoCustomerHasTheEmail() {
    customer("kept@example.com");
    emailLock("kept@example.com");
    emailLock("gone@example.com");

    new ExpiredRows(jdbi()).purge(NOW);

    assertThat(column("SELECT lowercase_email FROM customer_email_lock WHERE project_key = ?"))
        .containsExactly("kept@example.com");
  }

  private void oauthToken(String name, Instant expiresAt, String anonymousId) {
    jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    """
        INSERT INTO oauth_token (digest, kind, client_id, project_key, scopes, anonymous_id, expires_at, created_at)
        VALUES (?, 'ACCESS', ?, ?, ?, ?, ?, ?)""",
                    UUID.randomUUID().toString(),
                    project,
                    project,
                    name,
                    anonymousId,
                    at(expiresAt),
                    at(NOW.minusSeconds(3600))));
  }

  private String customer(String email) {
    String id = UUID.randomUUID().toString();
    jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    """
        INSERT INTO customer (id, project_key, version, email, lowercase_email, is_email_verified,
          authentication_mode, created_at, last_modified_at, document)
        VALUES (?, ?, 1, ?, ?, FALSE, 'Password', ?, ?, '{}')""",
                    id,
                    project,
                    email,
                    email,
                    at(NOW),
                    at(NOW)));
    return id;
  }

  /** The token's name is kept in its id, which is unique only with the random suffix. */
  private void customerToken(String customerId, Instant expiresAt, String name) {
    jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    """
        INSERT INTO customer_token (id, project_key, customer_id, kind, value_digest, expires_at, created_at,
          invalidate_older_tokens)
        VALUES (?, ?, ?, 'PASSWORD', ?, ?, ?, FALSE)""",
                    name + "#" + UUID.randomUUID().toString().substring(0, 8),
                    project,
                    customerId,
                    UUID.randomUUID().toString(),
                    at(expiresAt),
                    at(NOW.minusSeconds(3600))));
  }

  private void anonymousId(String id) {
    jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "INSERT INTO anonymous_id (project_key, anonymous_id) VALUES (?, ?)",
                    project,
                    id));
  }

  private void emailLock(String email) {
    jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "INSERT INTO customer_email_lock (project_key, lowercase_email) VALUES (?, ?)",
                    project,
                    email));
  }

  private List<String> column(String sql) {
    return jdbi()
        .withHandle(handle -> handle.createQuery(sql).bind(0, project).mapTo(String.class).list());
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
