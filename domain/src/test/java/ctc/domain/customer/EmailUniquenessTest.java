package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EmailUniquenessTest {

  private static Customer customer(String email, String... stores) {
    return aCustomer().toBuilder()
        .email(email)
        .stores(Stream.of(stores).map(CustomerFixtures::store).toList())
        .build();
  }

  @Test
  void normalizeLowerCasesTheEmail() {
    assertThat(EmailUniqueness.normalize("Jane.DOE@Example.COM")).isEqualTo("jane.doe@example.com");
  }

  @Test
  void normalizeIgnoresTheDefaultLocale() {
    assertThat(EmailUniqueness.normalize("INFO@EXAMPLE.COM")).isEqualTo("info@example.com");
  }

  @Test
  void twoGlobalCustomersWithTheSameEmailInAnyCaseConflict() {
    assertThat(
            EmailUniqueness.conflicts(customer("Jane@Example.com"), customer("jane@example.com")))
        .isTrue();
  }

  @Test
  void customersWithDifferentEmailsNeverConflict() {
    assertThat(
            EmailUniqueness.conflicts(customer("jane@example.com"), customer("john@example.com")))
        .isFalse();
  }

  @Test
  void aGlobalCustomerConflictsWithAStoreCustomer() {
    assertThat(
            EmailUniqueness.conflicts(
                customer("jane@example.com"), customer("jane@example.com", "berlin")))
        .isTrue();
  }

  @Test
  void aStoreCustomerConflictsWithAGlobalCustomer() {
    assertThat(
            EmailUniqueness.conflicts(
                customer("jane@example.com", "berlin"), customer("jane@example.com")))
        .isTrue();
  }

  @Test
  void storeCustomersSharingAStoreConflict() {
    assertThat(
            EmailUniqueness.conflicts(
                customer("jane@example.com", "berlin", "paris"),
                customer("jane@example.com", "rome", "paris")))
        .isTrue();
  }

  @Test
  void storeCustomersInDisjointStoresDoNotConflict() {
    assertThat(
            EmailUniqueness.conflicts(
                customer("jane@example.com", "berlin"),
                customer("jane@example.com", "paris", "rome")))
        .isFalse();
  }

  @Test
  void aCustomerNeverConflictsWithItself() {
    Customer customer = customer("jane@example.com");

    assertThat(EmailUniqueness.conflicts(customer, customer.toBuilder().firstName("Other").build()))
        .isFalse();
  }

  @Test
  void aNewEmailNeedsACheck() {
    Customer customer = customer("jane@example.com");

    assertThat(
            EmailUniqueness.needsCheck(
                customer, customer.toBuilder().email("joan@example.com").build()))
        .isTrue();
  }

  @Test
  void onlyChangingTheCaseOfTheEmailNeedsNoCheck() {
    Customer customer = customer("jane@example.com");

    assertThat(
            EmailUniqueness.needsCheck(
                customer, customer.toBuilder().email("JANE@example.com").build()))
        .isFalse();
  }

  @Test
  void otherStoresNeedACheck() {
    Customer customer = customer("jane@example.com", "berlin");

    assertThat(EmailUniqueness.needsCheck(customer, customer.toBuilder().stores(List.of()).build()))
        .isTrue();
    assertThat(
            EmailUniqueness.needsCheck(
                customer,
                customer.toBuilder()
                    .stores(
                        List.of(CustomerFixtures.store("berlin"), CustomerFixtures.store("paris")))
                    .build()))
        .isTrue();
  }

  @Test
  void changingOtherFieldsNeedsNoCheck() {
    Customer customer = customer("jane@example.com", "berlin");

    assertThat(
            EmailUniqueness.needsCheck(
                customer, customer.toBuilder().firstName("Joan").version(2).build()))
        .isFalse();
  }
}
