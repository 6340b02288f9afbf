package ctc.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OAuth scope strings: parsing, which a client may hold, which cover which (Decisions: requested
 * scope), and grants.
 */
class OAuthScopesTest {

  // ---------------------------------------------------------------- parse and join

  @Test
  void parseSplitsASpaceSeparatedListInOrder() {
    assertThat(OAuthScopes.parse("view_customers:p manage_my_profile:p create_anonymous_token:p"))
        .containsExactly("view_customers:p", "manage_my_profile:p", "create_anonymous_token:p");
  }

  @Test
  void parseIgnoresLeadingTrailingAndRepeatedWhitespace() {
    assertThat(OAuthScopes.parse("  view_customers:p \t\n manage_customers:p  "))
        .containsExactly("view_customers:p", "manage_customers:p");
  }

  @Test
  void parseDropsRepeatsKeepingTheFirstOccurrence() {
    assertThat(OAuthScopes.parse("b:p a:p b:p c:p a:p")).containsExactly("b:p", "a:p", "c:p");
  }

  @Test
  void parseOfNullIsEmpty() {
    assertThat(OAuthScopes.parse(null)).isEmpty();
  }

  @Test
  void parseOfABlankStringIsEmpty() {
    assertThat(OAuthScopes.parse("")).isEmpty();
    assertThat(OAuthScopes.parse("   ")).isEmpty();
  }

  @Test
  void joinSeparatesTheScopesWithOneSpace() {
    assertThat(OAuthScopes.join(List.of("view_customers:p", "customer_id:42")))
        .isEqualTo("view_customers:p customer_id:42");
  }

  @Test
  void joinOfParseGivesTheNormalisedList() {
    assertThat(OAuthScopes.join(OAuthScopes.parse(" a:p  b:p a:p "))).isEqualTo("a:p b:p");
  }

  // ---------------------------------------------------------------- assignable

  @ParameterizedTest
  @ValueSource(
      strings = {
        "manage_project:p",
        "view_customers:p",
        "manage_customers:p",
        "manage_my_profile:p",
        "manage_api_clients:p",
        "create_anonymous_token:p",
        "introspect_oauth_tokens:p"
      })
  void everyKnownScopeOfTheProjectIsAssignable(String scope) {
    assertThat(OAuthScopes.assignable(scope, "p")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"view_customers:p:s1", "manage_customers:p:s1", "manage_my_profile:p:s1"})
  void theStoreFormsOfCustomerAndProfileScopesAreAssignable(String scope) {
    assertThat(OAuthScopes.assignable(scope, "p")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "manage_api_clients:p:s1",
        "create_anonymous_token:p:s1",
        "introspect_oauth_tokens:p:s1"
      })
  void scopesWithoutAStoreFormAreNotAssignableWithAStore(String scope) {
    assertThat(OAuthScopes.assignable(scope, "p")).isFalse();
  }

  @Test
  void manageProjectWithAStorePartIsNotAssignable() {
    assertThat(OAuthScopes.assignable("manage_project:p:s1", "p")).isFalse();
  }

  @Test
  void aStoreFormWithAnEmptyStoreKeyIsNotAssignable() {
    assertThat(OAuthScopes.assignable("view_customers:p:", "p")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "manage_project:q",
        "view_customers:q",
        "view_customers:q:s1",
        "manage_customers:pp"
      })
  void aScopeOfAnotherProjectIsNotAssignable(String scope) {
    assertThat(OAuthScopes.assignable(scope, "p")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "view_orders:p",
        "manage_orders:p",
        "view_my_profile:p",
        "nonsense:p",
        "view_customers",
        "",
        "view_customers:p:s1:extra"
      })
  void unknownOrMalformedScopesAreNotAssignable(String scope) {
    assertThat(OAuthScopes.assignable(scope, "p")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer_id:p", "customer_id:42", "anonymous_id:p", "anonymous_id:abc"})
  void tokenOnlyScopesAreNotAssignable(String scope) {
    assertThat(OAuthScopes.assignable(scope, "p")).isFalse();
  }

  // ---------------------------------------------------------------- covers

  @Test
  void aScopeCoversItself() {
    assertThat(OAuthScopes.covers("view_customers:p:s1", "view_customers:p:s1")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "view_customers:p",
        "manage_customers:p:s1",
        "manage_my_profile:p",
        "manage_api_clients:p",
        "create_anonymous_token:p",
        "introspect_oauth_tokens:p"
      })
  void manageProjectCoversEveryScopeOfItsProject(String wanted) {
    assertThat(OAuthScopes.covers("manage_project:p", wanted)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"view_customers:q", "manage_project:q", "manage_customers:q:s1"})
  void manageProjectDoesNotCoverAnotherProjectsScopes(String wanted) {
    assertThat(OAuthScopes.covers("manage_project:p", wanted)).isFalse();
  }

  @Test
  void manageCustomersCoversViewCustomers() {
    assertThat(OAuthScopes.covers("manage_customers:p", "view_customers:p")).isTrue();
  }

  @Test
  void manageCustomersCoversTheStoreFormsOfBoth() {
    assertThat(OAuthScopes.covers("manage_customers:p", "view_customers:p:s1")).isTrue();
    assertThat(OAuthScopes.covers("manage_customers:p", "manage_customers:p:s1")).isTrue();
  }

  @Test
  void aStoreManageScopeCoversTheViewScopeOfTheSameStore() {
    assertThat(OAuthScopes.covers("manage_customers:p:s1", "view_customers:p:s1")).isTrue();
  }

  @Test
  void aProjectWideScopeCoversItsStoreForm() {
    assertThat(OAuthScopes.covers("view_customers:p", "view_customers:p:s1")).isTrue();
  }

  @Test
  void aStoreFormDoesNotCoverTheProjectWideScope() {
    assertThat(OAuthScopes.covers("view_customers:p:s1", "view_customers:p")).isFalse();
    assertThat(OAuthScopes.covers("manage_customers:p:s1", "view_customers:p")).isFalse();
  }

  @Test
  void viewDoesNotCoverManage() {
    assertThat(OAuthScopes.covers("view_customers:p", "manage_customers:p")).isFalse();
    assertThat(OAuthScopes.covers("view_customers:p:s1", "manage_customers:p:s1")).isFalse();
  }

  @Test
  void aStoreScopeDoesNotCoverAnotherStore() {
    assertThat(OAuthScopes.covers("manage_customers:p:s1", "view_customers:p:s2")).isFalse();
    assertThat(OAuthScopes.covers("view_customers:p:s1", "view_customers:p:s2")).isFalse();
  }

  @Test
  void aScopeDoesNotCoverTheSameScopeOfAnotherProject() {
    assertThat(OAuthScopes.covers("manage_customers:p", "view_customers:q")).isFalse();
  }

  @Test
  void manageOfOneResourceDoesNotCoverViewOfAnother() {
    assertThat(OAuthScopes.covers("manage_my_profile:p", "view_customers:p")).isFalse();
    assertThat(OAuthScopes.covers("manage_customers:p", "manage_my_profile:p")).isFalse();
  }

  @Test
  void unrelatedScopesOfTheProjectDoNotCoverEachOther() {
    assertThat(OAuthScopes.covers("manage_api_clients:p", "introspect_oauth_tokens:p")).isFalse();
    assertThat(OAuthScopes.covers("create_anonymous_token:p", "manage_my_profile:p")).isFalse();
  }

  // ---------------------------------------------------------------- grants

  @Test
  void manageProjectGrantsEveryPermissionOfItsProject() {
    for (Permission permission : Permission.values()) {
      assertThat(OAuthScopes.grants(Set.of("manage_project:p"), permission, "p", null))
          .as(permission.name())
          .isTrue();
      assertThat(OAuthScopes.grants(Set.of("manage_project:p"), permission, "p", "s1"))
          .as(permission.name())
          .isTrue();
    }
  }

  @Test
  void manageProjectGrantsNothingInAnotherProject() {
    for (Permission permission : Permission.values()) {
      assertThat(OAuthScopes.grants(Set.of("manage_project:q"), permission, "p", null))
          .as(permission.name())
          .isFalse();
    }
  }

  @Test
  void viewCustomersIsGrantedByViewOrManageCustomers() {
    assertThat(OAuthScopes.grants(Set.of("view_customers:p"), Permission.VIEW_CUSTOMERS, "p", null))
        .isTrue();
    assertThat(
            OAuthScopes.grants(Set.of("manage_customers:p"), Permission.VIEW_CUSTOMERS, "p", null))
        .isTrue();
  }

  @Test
  void manageCustomersIsNotGrantedByViewCustomers() {
    assertThat(
            OAuthScopes.grants(Set.of("view_customers:p"), Permission.MANAGE_CUSTOMERS, "p", null))
        .isFalse();
  }

  @Test
  void aProjectWideScopeGrantsThePermissionInEveryStore() {
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_customers:p"), Permission.MANAGE_CUSTOMERS, "p", "s1"))
        .isTrue();
    assertThat(OAuthScopes.grants(Set.of("view_customers:p"), Permission.VIEW_CUSTOMERS, "p", "s2"))
        .isTrue();
  }

  @Test
  void aStoreScopeGrantsThePermissionInItsStore() {
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_customers:p:s1"), Permission.MANAGE_CUSTOMERS, "p", "s1"))
        .isTrue();
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_customers:p:s1"), Permission.VIEW_CUSTOMERS, "p", "s1"))
        .isTrue();
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_my_profile:p:s1"), Permission.MANAGE_MY_PROFILE, "p", "s1"))
        .isTrue();
  }

  @Test
  void aStoreScopeDoesNotGrantThePermissionInAnotherStore() {
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_customers:p:s1"), Permission.MANAGE_CUSTOMERS, "p", "s2"))
        .isFalse();
  }

  @Test
  void aStoreScopeDoesNotGrantThePermissionProjectWide() {
    assertThat(
            OAuthScopes.grants(Set.of("view_customers:p:s1"), Permission.VIEW_CUSTOMERS, "p", null))
        .isFalse();
  }

  @Test
  void aScopeWithoutAStoreFormIsNotGrantedByAStoreShapedScope() {
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_api_clients:p:s1"), Permission.MANAGE_API_CLIENTS, "p", "s1"))
        .isFalse();
  }

  @Test
  void aScopeOfAnotherProjectGrantsNothing() {
    assertThat(
            OAuthScopes.grants(Set.of("manage_customers:q"), Permission.VIEW_CUSTOMERS, "p", null))
        .isFalse();
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_customers:q:s1"), Permission.VIEW_CUSTOMERS, "p", "s1"))
        .isFalse();
  }

  @Test
  void eachSpecialPermissionIsGrantedOnlyByItsOwnScope() {
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_api_clients:p"), Permission.MANAGE_API_CLIENTS, "p", null))
        .isTrue();
    assertThat(
            OAuthScopes.grants(
                Set.of("create_anonymous_token:p"), Permission.CREATE_ANONYMOUS_TOKEN, "p", null))
        .isTrue();
    assertThat(
            OAuthScopes.grants(
                Set.of("introspect_oauth_tokens:p"), Permission.INTROSPECT_OAUTH_TOKENS, "p", null))
        .isTrue();
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_customers:p"), Permission.MANAGE_API_CLIENTS, "p", null))
        .isFalse();
    assertThat(
            OAuthScopes.grants(
                Set.of("manage_api_clients:p"), Permission.INTROSPECT_OAUTH_TOKENS, "p", null))
        .isFalse();
  }

  @Test
  void tokenOnlyScopesGrantNothing() {
    Set<String> held = Set.of("customer_id:p", "anonymous_id:p");
    for (Permission permission : Permission.values()) {
      assertThat(OAuthScopes.grants(held, permission, "p", null)).as(permission.name()).isFalse();
    }
  }

  @Test
  void noScopesGrantNothing() {
    assertThat(OAuthScopes.grants(Set.of(), Permission.VIEW_CUSTOMERS, "p", null)).isFalse();
  }

  @Test
  void oneMatchingScopeAmongOthersIsEnough() {
    Set<String> held = Set.of("manage_my_profile:p", "view_customers:q", "view_customers:p:s1");
    assertThat(OAuthScopes.grants(held, Permission.VIEW_CUSTOMERS, "p", "s1")).isTrue();
  }
}
