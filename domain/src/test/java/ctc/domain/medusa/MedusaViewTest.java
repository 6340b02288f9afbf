package ctc.domain.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.customer.AuthenticationMode;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The commercetools customer and its extension as Medusa's StoreCustomer (contract §3). */
class MedusaViewTest {

  static Address address(String id, String street, String number, String country) {
    return new Address(
        id,
        "key-" + id,
        "Dr",
        null,
        "Jane",
        "Doe",
        street,
        number,
        "Floor 2",
        "10115",
        "Berlin",
        "Region",
        "BE",
        country,
        "ACME",
        "Dept",
        null,
        null,
        null,
        "+49",
        "+49-mobile",
        "a@b.co",
        null,
        null,
        null,
        null);
  }

  @Test
  void everyCustomerFieldIsMappedAndAbsentOnesAreNull() {
    Customer customer =
        CustomerFixtures.aCustomer().toBuilder()
            .lastModifiedAt(Instant.parse("2026-11-30T10:05:00Z"))
            .build();
    Map<String, Object> json =
        MedusaView.customer(
            customer, new MedusaExtension("+4930", Map.of("newsletter", true), null));

    assertThat(json)
        .containsOnlyKeys(
            "id",
            "email",
            "first_name",
            "last_name",
            "billing_address_id",
            "phone",
            "has_account",
            "created_at",
            "updated_at",
            "deleted_at",
            "metadata",
            "billing_address",
            "shipping_addresses");
    assertThat(json.get("id")).isEqualTo(customer.id());
    assertThat(json.get("email")).isEqualTo(CustomerFixtures.EMAIL);
    assertThat(json.get("first_name")).isEqualTo("Jane");
    assertThat(json.get("last_name")).isEqualTo("Doe");
    assertThat(json.get("phone")).isEqualTo("+4930");
    assertThat(json.get("metadata")).isEqualTo(Map.of("newsletter", true));
    assertThat(json.get("has_account")).isEqualTo(true);
    assertThat(json.get("created_at")).isEqualTo("2024-01-02T03:04:05.678Z");
    assertThat(json.get("updated_at")).isEqualTo("2026-11-30T10:05:00.000Z");
    assertThat(json.get("deleted_at")).isNull();
    assertThat(json.get("billing_address_id")).isNull();
    assertThat(json.get("billing_address")).isNull();
    assertThat(json.get("shipping_addresses")).isEqualTo(List.of());
    assertThat(json.containsKey("deleted_at")).isTrue();

    Map<String, Object> external =
        MedusaView.customer(
            customer.toBuilder()
                .authenticationMode(AuthenticationMode.ExternalAuth)
                .firstName(null)
                .build(),
            MedusaExtension.EMPTY);
    assertThat(external.get("has_account")).isEqualTo(false);
    assertThat(external.get("phone")).isNull();
    assertThat(external.get("metadata")).isNull();
    assertThat(external.containsKey("first_name")).isTrue();
    assertThat(external.get("first_name")).isNull();
    assertThat(MedusaView.customerWithOrders(customer, MedusaExtension.EMPTY).get("orders"))
        .isEqualTo(List.of());
  }

  @Test
  void everyAddressFieldIsMapped() {
    Address address = address("addr0001", "Main St", "1", "DE");
    Customer customer =
        CustomerFixtures.aCustomer().toBuilder().addresses(List.of(address)).build();
    Map<String, Object> json =
        MedusaView.address(
            customer,
            MedusaExtension.EMPTY.withAddressMetadata("addr0001", Map.of("door", "red")),
            address);
    Map<String, Object> withoutDeletedAt = new java.util.LinkedHashMap<>(json);
    withoutDeletedAt.remove("deleted_at");
    assertThat(withoutDeletedAt)
        .containsExactly(
            Map.entry("id", "addr0001"),
            Map.entry("customer_id", customer.id()),
            Map.entry("company", "ACME"),
            Map.entry("first_name", "Jane"),
            Map.entry("last_name", "Doe"),
            Map.entry("address_1", "Main St 1"),
            Map.entry("address_2", "Floor 2"),
            Map.entry("city", "Berlin"),
            Map.entry("country_code", "de"),
            Map.entry("province", "BE"),
            Map.entry("postal_code", "10115"),
            Map.entry("phone", "+49"),
            Map.entry("metadata", Map.of("door", "red")),
            Map.entry("created_at", "2024-01-02T03:04:05.678Z"),
            Map.entry("updated_at", "2024-01-02T03:04:05.678Z"));
    assertThat(new java.util.ArrayList<>(json.keySet()).get(15)).isEqualTo("deleted_at");
    assertThat(json.get("deleted_at")).isNull();
    assertThat(json.keySet()).doesNotContain("key", "region", "email", "mobile", "custom");
  }

  @Test
  void address1JoinsStreetNameAndNumber() {
    assertThat(MedusaView.address1(address("a", "Main St", "1", "DE"))).isEqualTo("Main St 1");
    assertThat(MedusaView.address1(address("a", "Main St", null, "DE"))).isEqualTo("Main St");
    assertThat(MedusaView.address1(address("a", null, "12", "DE"))).isEqualTo("12");
    assertThat(MedusaView.address1(address("a", null, null, "DE"))).isNull();
  }

  @Test
  void shippingAddressesHideBillingOnlyOnesAndTheBillingAddressIsTheDefault() {
    Address plain = address("plain001", "A", null, "DE");
    Address shipping = address("ship0001", "B", null, "DE");
    Address billingOnly = address("bill0001", "C", null, "FR");
    Address both = address("both0001", "D", null, "AT");
    Customer customer =
        CustomerFixtures.aCustomer().toBuilder()
            .addresses(List.of(plain, shipping, billingOnly, both))
            .shippingAddressIds(List.of("ship0001", "both0001"))
            .billingAddressIds(List.of("bill0001", "both0001"))
            .defaultBillingAddressId("bill0001")
            .build();

    assertThat(MedusaView.shippingAddresses(customer))
        .extracting(Address::id)
        .containsExactly("plain001", "ship0001", "both0001");
    Map<String, Object> json = MedusaView.customer(customer, MedusaExtension.EMPTY);
    assertThat(json.get("billing_address_id")).isEqualTo("bill0001");
    @SuppressWarnings("unchecked")
    Map<String, Object> billing = (Map<String, Object>) json.get("billing_address");
    assertThat(billing.get("id")).isEqualTo("bill0001");
    assertThat(billing.get("customer_id")).isNull();
    assertThat(billing.get("country_code")).isEqualTo("fr");

    Customer bothAsDefault = customer.toBuilder().defaultBillingAddressId("both0001").build();
    @SuppressWarnings("unchecked")
    Map<String, Object> visibleBilling =
        (Map<String, Object>)
            MedusaView.customer(bothAsDefault, MedusaExtension.EMPTY).get("billing_address");
    assertThat(visibleBilling.get("customer_id")).isEqualTo(customer.id());
  }
}
