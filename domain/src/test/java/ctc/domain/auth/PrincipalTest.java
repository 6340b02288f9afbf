package ctc.domain.auth;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.error.ErrorObject.InsufficientScopeError;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The caller of an API request: its scope checks (contract §H, Decisions: another project's path)
 * and its logging.
 */
class PrincipalTest {

  private static Principal clientOf(String project, String... scopes) {
    return new Principal("client-1", project, Set.of(scopes), null, null);
  }

  // ---------------------------------------------------------------- require

  @Test
  void requirePassesWhenAScopeGrantsThePermissionOnThePathsProject() {
    Principal principal = clientOf("p", "view_customers:p");

    assertThatCode(() -> principal.require(Permission.VIEW_CUSTOMERS, "p", null))
        .doesNotThrowAnyException();
  }

  @Test
  void requirePassesInAStoreForAStoreScopeOfThatStore() {
    Principal principal = clientOf("p", "manage_customers:p:s1");

    assertThatCode(() -> principal.require(Permission.MANAGE_CUSTOMERS, "p", "s1"))
        .doesNotThrowAnyException();
  }

  @Test
  void requirePassesForManageProjectWhateverThePermission() {
    Principal principal = clientOf("p", "manage_project:p");

    assertThatCode(() -> principal.require(Permission.MANAGE_API_CLIENTS, "p", null))
        .doesNotThrowAnyException();
  }

  @Test
  void viewMessagesIsHeldByClientsOnlyNeverByACustomerOrAnonymousSession() {
    Set<String> scopes = Set.of("manage_project:p", "view_messages:p");

    assertThatCode(
            () -> clientOf("p", "view_messages:p").require(Permission.VIEW_MESSAGES, "p", null))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> clientOf("p", "manage_project:p").require(Permission.VIEW_MESSAGES, "p", null))
        .doesNotThrowAnyException();
    expectError(
        403,
        InsufficientScopeError.class,
        () -> clientOf("p", "view_customers:p").require(Permission.VIEW_MESSAGES, "p", null));
    expectError(
        403,
        InsufficientScopeError.class,
        () ->
            new Principal("client-1", "p", scopes, "customer-1", null)
                .require(Permission.VIEW_MESSAGES, "p", null));
    expectError(
        403,
        InsufficientScopeError.class,
        () ->
            new Principal("client-1", "p", scopes, null, "anonymous-1")
                .require(Permission.VIEW_MESSAGES, "p", null));
  }

  @Test
  void requireFailsWithInsufficientScopeNamingTheMissingScope() {
    Principal principal = clientOf("p", "view_customers:p");

    InsufficientScopeError error =
        expectError(
            403,
            InsufficientScopeError.class,
            () -> principal.require(Permission.MANAGE_CUSTOMERS, "p", null));

    assertThat(error.message())
        .isEqualTo("Insufficient scope. One of the following scopes is missing: manage_customers.");
  }

  @Test
  void requireFailsInAnotherStoreThanTheScopesStore() {
    Principal principal = clientOf("p", "manage_customers:p:s1");

    expectError(
        403,
        InsufficientScopeError.class,
        () -> principal.require(Permission.MANAGE_CUSTOMERS, "p", "s2"));
  }

  @Test
  void requireFailsProjectWideForAStoreScope() {
    Principal principal = clientOf("p", "view_customers:p:s1");

    expectError(
        403,
        InsufficientScopeError.class,
        () -> principal.require(Permission.VIEW_CUSTOMERS, "p", null));
  }

  @Test
  void aTokenOnAnotherProjectsPathIsInsufficientScope() {
    Principal principal = clientOf("p", "manage_project:p");

    InsufficientScopeError error =
        expectError(
            403,
            InsufficientScopeError.class,
            () -> principal.require(Permission.VIEW_CUSTOMERS, "q", null));

    assertThat(error.message())
        .isEqualTo("Insufficient scope. One of the following scopes is missing: view_customers.");
  }

  @Test
  void aTokenOnAnotherProjectsPathIsInsufficientScopeEvenWhenItHoldsThatProjectsScope() {
    // The token's project is p; a scope naming q (which a client of p can never be given) must not
    // open q.
    Principal principal = clientOf("p", "manage_project:p", "view_customers:q");

    expectError(
        403,
        InsufficientScopeError.class,
        () -> principal.require(Permission.VIEW_CUSTOMERS, "q", null));
  }

  @Test
  void aCustomerTokenIsCheckedLikeAnyOther() {
    Principal principal =
        new Principal(
            "client-1", "p", Set.of("manage_my_profile:p", "customer_id:c-1"), "c-1", null);

    assertThatCode(() -> principal.require(Permission.MANAGE_MY_PROFILE, "p", null))
        .doesNotThrowAnyException();
    expectError(
        403,
        InsufficientScopeError.class,
        () -> principal.require(Permission.VIEW_CUSTOMERS, "p", null));
  }

  @Test
  void theScopesAreCopiedSoLaterChangesToTheSourceDoNotWidenThem() {
    Set<String> scopes = new HashSet<>(Set.of("view_customers:p"));
    Principal principal = new Principal("client-1", "p", scopes, null, null);

    scopes.add("manage_customers:p");

    expectError(
        403,
        InsufficientScopeError.class,
        () -> principal.require(Permission.MANAGE_CUSTOMERS, "p", null));
  }

  // ---------------------------------------------------------------- asClientLogging

  @Test
  void aClientTokenLogsTheClientIdAsANonPlatformClient() {
    Principal principal = clientOf("p", "manage_customers:p");

    assertThat(principal.asClientLogging())
        .isEqualTo(new ClientLogging("client-1", false, null, null, null));
  }

  @Test
  void aCustomerTokenAlsoLogsAReferenceToTheCustomer() {
    Principal principal = new Principal("client-1", "p", Set.of("customer_id:c-1"), "c-1", null);

    ClientLogging logging = principal.asClientLogging();

    assertThat(logging.clientId()).isEqualTo("client-1");
    assertThat(logging.isPlatformClient()).isFalse();
    assertThat(logging.customer()).isEqualTo(new ResourceIdentifier("customer", "c-1", null));
    assertThat(logging.anonymousId()).isNull();
    assertThat(logging.externalUserId()).isNull();
  }

  @Test
  void anAnonymousTokenAlsoLogsTheAnonymousId() {
    Principal principal =
        new Principal("client-1", "p", Set.of("anonymous_id:anon-1"), null, "anon-1");

    ClientLogging logging = principal.asClientLogging();

    assertThat(logging).isEqualTo(new ClientLogging("client-1", false, null, "anon-1", null));
  }
}
