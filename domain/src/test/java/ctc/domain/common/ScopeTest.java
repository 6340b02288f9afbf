package ctc.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

  private static final List<KeyReference> GLOBAL = List.of();
  private static final List<KeyReference> BERLIN = List.of(KeyReference.store("berlin"));
  private static final List<KeyReference> PARIS_AND_BERLIN =
      List.of(KeyReference.store("paris"), KeyReference.store("berlin"));

  @Test
  void aProjectScopeIsNotInAStore() {
    assertThat(Scope.project("p").inStore()).isFalse();
    assertThat(Scope.project("p").storeKey()).isNull();
  }

  @Test
  void aStoreScopeIsInAStore() {
    assertThat(new Scope("p", "berlin").inStore()).isTrue();
  }

  @Test
  void aProjectScopeAdmitsEveryCustomer() {
    Scope project = Scope.project("p");

    assertThat(project.admits(GLOBAL)).isTrue();
    assertThat(project.admits(BERLIN)).isTrue();
  }

  @Test
  void aStoreScopeAdmitsGlobalCustomers() {
    assertThat(new Scope("p", "berlin").admits(GLOBAL)).isTrue();
  }

  @Test
  void aStoreScopeAdmitsCustomersOfItsStore() {
    assertThat(new Scope("p", "berlin").admits(BERLIN)).isTrue();
  }

  @Test
  void aStoreScopeAdmitsCustomersOfSeveralStoresIncludingItsOwn() {
    assertThat(new Scope("p", "berlin").admits(PARIS_AND_BERLIN)).isTrue();
  }

  @Test
  void aStoreScopeDoesNotAdmitCustomersOfOtherStoresOnly() {
    assertThat(new Scope("p", "rome").admits(PARIS_AND_BERLIN)).isFalse();
  }

  @Test
  void storeKeysCompareExactly() {
    assertThat(new Scope("p", "Berlin").admits(BERLIN)).isFalse();
  }

  // ---------------------------------------------------------------- admitsSignIn

  @Test
  void aProjectScopeAdmitsSignInOfGlobalCustomers() {
    assertThat(Scope.project("p").admitsSignIn(GLOBAL)).isTrue();
  }

  @Test
  void aProjectScopeDoesNotAdmitSignInOfStoreCustomers() {
    assertThat(Scope.project("p").admitsSignIn(BERLIN)).isFalse();
  }

  @Test
  void aStoreScopeAdmitsSignInOfGlobalCustomers() {
    assertThat(new Scope("p", "berlin").admitsSignIn(GLOBAL)).isTrue();
  }

  @Test
  void aStoreScopeAdmitsSignInOfCustomersOfItsStore() {
    assertThat(new Scope("p", "berlin").admitsSignIn(PARIS_AND_BERLIN)).isTrue();
  }

  @Test
  void aStoreScopeDoesNotAdmitSignInOfCustomersOfOtherStoresOnly() {
    assertThat(new Scope("p", "rome").admitsSignIn(PARIS_AND_BERLIN)).isFalse();
  }
}
