package ctc.domain.medusa;

import ctc.domain.common.Address;
import ctc.domain.customer.AuthenticationMode;
import ctc.domain.customer.Customer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The commercetools customer and its facade extension as Medusa's StoreCustomer and StoreAddress
 * (contract §3.1, §3.2): every field always present, {@code null} when unset (#5). Pure; the answer
 * is a map in Medusa's field order, ready to be written as JSON.
 */
public final class MedusaView {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private MedusaView() {}

  public static Map<String, Object> customer(Customer customer, MedusaExtension extension) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", customer.id());
    json.put("email", customer.email());
    json.put("first_name", customer.firstName());
    json.put("last_name", customer.lastName());
    json.put("billing_address_id", customer.defaultBillingAddressId());
    json.put("phone", extension.phone());
    json.put("has_account", customer.authenticationMode() == AuthenticationMode.Password);
    json.put("created_at", timestamp(customer.createdAt()));
    json.put("updated_at", timestamp(customer.lastModifiedAt()));
    json.put("deleted_at", null);
    json.put("metadata", extension.metadata());
    Address billing = billingAddress(customer);
    json.put("billing_address", billing == null ? null : address(customer, extension, billing));
    List<Map<String, Object>> shipping = new ArrayList<>();
    for (Address address : shippingAddresses(customer)) {
      shipping.add(address(customer, extension, address));
    }
    json.put("shipping_addresses", shipping);
    return json;
  }

  /** The answer of the auth routes (5.1, 5.3): the customer plus {@code orders: []}. */
  public static Map<String, Object> customerWithOrders(
      Customer customer, MedusaExtension extension) {
    Map<String, Object> json = customer(customer, extension);
    json.put("orders", List.of());
    return json;
  }

  /**
   * The addresses Medusa shows as shipping addresses (contract #10): in commercetools order, those
   * in {@code shippingAddressIds} or not in {@code billingAddressIds}.
   */
  public static List<Address> shippingAddresses(Customer customer) {
    return customer.addresses().stream().filter(a -> visible(customer, a.id())).toList();
  }

  public static boolean visible(Customer customer, String addressId) {
    return customer.addresses().stream().anyMatch(a -> a.id().equals(addressId))
        && (customer.shippingAddressIds().contains(addressId)
            || !customer.billingAddressIds().contains(addressId));
  }

  /** The address of {@code defaultBillingAddressId}, or null. */
  public static Address billingAddress(Customer customer) {
    String id = customer.defaultBillingAddressId();
    return id == null
        ? null
        : customer.addresses().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  public static Map<String, Object> address(
      Customer customer, MedusaExtension extension, Address address) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", address.id());
    json.put("customer_id", visible(customer, address.id()) ? customer.id() : null);
    json.put("company", address.company());
    json.put("first_name", address.firstName());
    json.put("last_name", address.lastName());
    json.put("address_1", address1(address));
    json.put("address_2", address.additionalStreetInfo());
    json.put("city", address.city());
    json.put("country_code", countryCode(address));
    json.put("province", address.state());
    json.put("postal_code", address.postalCode());
    json.put("phone", address.phone());
    json.put("metadata", extension.addressMetadata(address.id()));
    json.put("created_at", timestamp(customer.createdAt()));
    json.put("updated_at", timestamp(customer.lastModifiedAt()));
    json.put("deleted_at", null);
    return json;
  }

  /**
   * {@code address_1} (contract #11): street name and number joined with a space when both are set,
   * whichever is set otherwise.
   */
  static String address1(Address address) {
    String name = address.streetName();
    String number = address.streetNumber();
    if (name != null && number != null) {
      return name + " " + number;
    }
    return name != null ? name : number;
  }

  static String countryCode(Address address) {
    return address.country() == null ? null : address.country().toLowerCase(Locale.ROOT);
  }

  /** The value a Medusa address field shows, for comparisons (5.11 de-duplication). */
  static String field(Address address, String name) {
    return switch (name) {
      case "first_name" -> address.firstName();
      case "last_name" -> address.lastName();
      case "phone" -> address.phone();
      case "company" -> address.company();
      case "address_1" -> address1(address);
      case "address_2" -> address.additionalStreetInfo();
      case "city" -> address.city();
      case "country_code" -> countryCode(address);
      case "province" -> address.state();
      case "postal_code" -> address.postalCode();
      default -> throw new IllegalArgumentException(name);
    };
  }

  static String timestamp(Instant instant) {
    return instant == null ? null : TIMESTAMP.format(instant);
  }

  static boolean sameCountry(String a, String b) {
    return a == null || b == null
        ? Objects.equals(a, b)
        : a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
