package ctc.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestScopeTest {

  private static final List<KeyReference> GLOBAL = List.of();
  private static final List<KeyReference> BERLIN = List.of(KeyReference.store("berlin"));
  private static final List<KeyReference> PARIS_AND_BERLIN =
      List.of(KeyReference.store("paris"), KeyReference.store("berlin"));

  @Test
  void aProjectScopeIsNotInAStore() {
    assertThat(RequestScope.project("p").inStore()).isFalse();
    assertThat(RequestScope.project("p").storeKey()).isNull();
  }

  @Test
  void aStoreScopeIsInAStore() {
    assertThat(new RequestScope("p", "berlin").inStore()).isTrue();
  }

  @Test
  void aProjectScopeAdmitsEveryCustomer() {
    RequestScope project = RequestScope.project("p");

    assertThat(project.admits(GLOBAL)).isTrue();
    assertThat(project.admits(BERLIN)).isTrue();
  }

  @Test
  void aStoreScopeAdmitsGlobalCustomers() {
    assertThat(new RequestScope("p", "berlin").admits(GLOBAL)).isTrue();
  }

  @Test
  void aStoreScopeAdmitsCustomersOfItsStore() {
    assertThat(new RequestScope("p", "berlin").admits(BERLIN)).isTrue();
  }

  @Test
  void aStoreScopeAdmitsCustomersOfSeveralStoresIncludingItsOwn() {
    assertThat(new RequestScope("p", "berlin").admits(PARIS_AND_BERLIN)).isTrue();
  }

  @Test
  void aStoreScopeDoesNotAdmitCustomersOfOtherStoresOnly() {
    assertThat(new RequestScope("p", "rome").admits(PARIS_AND_BERLIN)).isFalse();
  }

  @Test
  void storeKeysCompareExactly() {
    assertThat(new RequestScope("p", "Berlin").admits(BERLIN)).isFalse();
  }

  // ---------------------------------------------------------------- admitsSignIn

  @Test
  void aProjectScopeAdmitsSignInOfGlobalCustomers() {
    assertThat(RequestScope.project("p").admitsSignIn(GLOBAL)).isTrue();
  }

  @Test
  void aProjectScopeDoesNotAdmitSignInOfStoreCustomers() {
    assertThat(RequestScope.project("p").admitsSignIn(BERLIN)).isFalse();
  }

  @Test
  void aStoreScopeAdmitsSignInOfGlobalCustomers() {
    assertThat(new RequestScope("p", "berlin").admitsSignIn(GLOBAL)).isTrue();
  }

  @Test
  void aStoreScopeAdmitsSignInOfCustomersOfItsStore() {
    assertThat(new RequestScope("p", "berlin").admitsSignIn(PARIS_AND_BERLIN)).isTrue();
  }

  @Test
  void aStoreScopeDoesNotAdmitSignInOfCustomersOfOtherStoresOnly() {
    assertThat(new RequestScope("p", "rome").admitsSignIn(PARIS_AND_BERLIN)).isFalse();
  }
}
