package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.customer.CustomerFixtures.address;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.IdGenerator;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressesTest {

  private static final Address HOME = address("DE", "home").withId("addrHome");
  private static final Address WORK = address("FR", "work").withId("addrWork");

  private static Customer customer() {
    return aCustomer().toBuilder()
        .addresses(List.of(HOME, WORK))
        .shippingAddressIds(List.of("addrHome", "addrWork"))
        .defaultShippingAddressId("addrWork")
        .billingAddressIds(List.of("addrWork"))
        .defaultBillingAddressId("addrWork")
        .build();
  }

  /** Hands out the given address ids in order. */
  private static IdGenerator ids(String... addressIds) {
    Iterator<String> next = List.of(addressIds).iterator();
    return new IdGenerator() {
      @Override
      public String resourceId() {
        throw new UnsupportedOperationException();
      }

      @Override
      public String addressId() {
        return next.next();
      }

      @Override
      public String tokenValue() {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Test
  void selectFindsAnAddressById() {
    assertThat(Addresses.select(customer(), "addrWork", null)).isEqualTo("addrWork");
  }

  @Test
  void selectFindsAnAddressByKey() {
    assertThat(Addresses.select(customer(), null, "work")).isEqualTo("addrWork");
  }

  @Test
  void selectPrefersTheIdOverTheKey() {
    assertThat(Addresses.select(customer(), "addrHome", "work")).isEqualTo("addrHome");
  }

  @Test
  void selectWithAnUnknownIdFailsEvenWhenTheKeyIsKnown() {
    expectError(
        400, InvalidOperationError.class, () -> Addresses.select(customer(), "nope", "work"));
  }

  @Test
  void selectWithNeitherIdNorKeyIsAnInvalidOperation() {
    expectError(400, InvalidOperationError.class, () -> Addresses.select(customer(), null, null));
  }

  @Test
  void withNewIdSkipsIdsThatAreTaken() {
    Address address =
        Addresses.withNewId(
            address("AT"), List.of(HOME, WORK), ids("addrHome", "addrWork", "fresh123"));

    assertThat(address.id()).isEqualTo("fresh123");
  }

  @Test
  void requireUniqueKeysRejectsARepeatedKey() {
    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () -> Addresses.requireUniqueKeys(List.of(HOME, address("AT", "home"))));

    assertThat(error.message())
        .isEqualTo("The customer already has an address with the key 'home'.");
  }

  @Test
  void removePurgesTheIdFromListsAndDefaults() {
    Customer next = Addresses.remove(customer(), "addrWork");

    assertThat(next.addresses()).containsExactly(HOME);
    assertThat(next.shippingAddressIds()).containsExactly("addrHome");
    assertThat(next.billingAddressIds()).isEmpty();
    assertThat(next.defaultShippingAddressId()).isNull();
    assertThat(next.defaultBillingAddressId()).isNull();
  }

  @Test
  void replaceKeepsThePositionOfTheAddress() {
    Address changed = address("IT").withId("addrHome");

    assertThat(Addresses.replace(customer(), changed).addresses()).containsExactly(changed, WORK);
  }

  @Test
  void withAddsAnIdOnlyOnce() {
    assertThat(Addresses.with(List.of("a"), "b")).containsExactly("a", "b");
    assertThat(Addresses.with(List.of("a", "b"), "a")).containsExactly("a", "b");
  }
}
