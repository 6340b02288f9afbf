package ctc.domain.medusa;

import ctc.domain.common.Address;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerUpdateAction;
import ctc.domain.customer.CustomerUpdateAction.AddAddress;
import ctc.domain.customer.CustomerUpdateAction.AddShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.ChangeAddress;
import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.CustomerUpdateAction.RemoveAddress;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultBillingAddress;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetLastName;
import ctc.domain.medusa.MedusaPayloads.AddressInput;
import ctc.domain.medusa.MedusaPayloads.ProfileUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Medusa writes as commercetools update actions plus the extension they leave (contract §5, §8):
 * pure functions of the customer, its extension and the payload. A plan that changes nothing has no
 * actions and the unchanged extension, and is not written (contract #25).
 */
public final class MedusaTranslation {

  private MedusaTranslation() {}

  /**
   * What one facade write does: the update actions (applied as one commercetools update), the
   * extension after it, and a new password (a separate password change, or null).
   */
  public record Plan(
      List<CustomerUpdateAction> actions, MedusaExtension extension, String newPassword) {
    public Plan {
      actions = List.copyOf(actions);
    }

    /** Whether the extension differs from {@code before}. */
    public boolean changesExtension(MedusaExtension before) {
      return !extension.equals(before);
    }
  }

  /**
   * POST /customers/me (5.10). {@code newAddressId} is the id a new billing address gets. An email
   * is lower-cased (#6); the duplicate check is the caller's.
   */
  public static Plan profile(
      Customer customer, MedusaExtension extension, ProfileUpdate update, String newAddressId) {
    List<CustomerUpdateAction> actions = new ArrayList<>();
    MedusaExtension next = extension;
    if (update.has("billing_address")) {
      Object billing = update.billingAddress();
      if (billing instanceof String id) {
        if (customer.addresses().stream().noneMatch(a -> a.id().equals(id))) {
          throw MedusaException.notFound("Address with id " + id + " was not found");
        }
        if (!id.equals(customer.defaultBillingAddressId())) {
          actions.add(new SetDefaultBillingAddress(id, null));
        }
      } else if (billing instanceof AddressInput input) {
        Address existing = MedusaView.billingAddress(customer);
        if (existing != null) {
          Address merged = toCommercetools(existing, input);
          if (!merged.equals(existing)) {
            actions.add(new ChangeAddress(existing.id(), null, merged));
          }
          if (input.hasMetadata()) {
            next = next.withAddressMetadata(existing.id(), input.metadata());
          }
        } else {
          actions.add(new AddAddress(toCommercetools(null, input)));
          actions.add(new SetDefaultBillingAddress(newAddressId, null));
          if (input.hasMetadata()) {
            next = next.withAddressMetadata(newAddressId, input.metadata());
          }
        }
      } else if (customer.defaultBillingAddressId() != null) {
        actions.add(new SetDefaultBillingAddress(null, null));
      }
    }
    if (update.has("first_name") && !Objects.equals(update.firstName(), customer.firstName())) {
      actions.add(new SetFirstName(update.firstName()));
    }
    if (update.has("last_name") && !Objects.equals(update.lastName(), customer.lastName())) {
      actions.add(new SetLastName(update.lastName()));
    }
    String email = lowerCaseEmail(update.email());
    if (email != null && !email.equals(customer.email())) {
      actions.add(new ChangeEmail(email));
    }
    if (update.has("phone")) {
      next = next.withPhone(update.phone());
    }
    if (update.metadata() != null) {
      next = next.withMetadata(mergeMetadata(extension.metadata(), update.metadata()));
    }
    String password =
        update.password() == null || update.password().isEmpty() ? null : update.password();
    return new Plan(actions, next, password);
  }

  /**
   * POST /customers/me/addresses (5.11): nothing when a shown address has the same fields (Medusa's
   * de-duplication); otherwise {@code addAddress} + {@code addShippingAddressId}.
   */
  public static Plan addAddress(
      Customer customer, MedusaExtension extension, AddressInput input, String newAddressId) {
    for (Address shown : MedusaView.shippingAddresses(customer)) {
      if (sameAddress(shown, input)) {
        return new Plan(List.of(), extension, null);
      }
    }
    List<CustomerUpdateAction> actions =
        List.of(
            new AddAddress(toCommercetools(null, input)),
            new AddShippingAddressId(newAddressId, null));
    MedusaExtension next =
        input.hasMetadata()
            ? extension.withAddressMetadata(newAddressId, input.metadata())
            : extension;
    return new Plan(actions, next, null);
  }

  /** POST /customers/me/addresses/{id} (5.12): the fields merged into a shown address. */
  public static Plan updateAddress(
      Customer customer, MedusaExtension extension, String addressId, AddressInput input) {
    Address existing =
        MedusaView.shippingAddresses(customer).stream()
            .filter(a -> a.id().equals(addressId))
            .findFirst()
            .orElseThrow(() -> MedusaException.invalidData("Could not find address for customer"));
    Address merged = toCommercetools(existing, input);
    List<CustomerUpdateAction> actions =
        merged.equals(existing)
            ? List.of()
            : List.of(new ChangeAddress(existing.id(), null, merged));
    MedusaExtension next =
        input.hasMetadata()
            ? extension.withAddressMetadata(addressId, input.metadata())
            : extension;
    return new Plan(actions, next, null);
  }

  /**
   * DELETE /customers/me/addresses/{id} (5.13): a shown address is removed with its metadata; any
   * other id changes nothing.
   */
  public static Plan deleteAddress(Customer customer, MedusaExtension extension, String addressId) {
    if (!MedusaView.visible(customer, addressId)) {
      return new Plan(List.of(), extension, null);
    }
    return new Plan(
        List.of(new RemoveAddress(addressId, null)),
        extension.withAddressMetadata(addressId, null),
        null);
  }

  /**
   * The address after a Medusa payload (contract #11): the payload's fields over {@code existing}
   * (null for a new address), whose other commercetools fields stay. A new address needs a country
   * (#12).
   */
  public static Address toCommercetools(Address existing, AddressInput input) {
    String country = existing == null ? null : existing.country();
    if (input.has("country_code")) {
      String code = input.get("country_code");
      country = code == null ? null : code.toUpperCase(Locale.ROOT);
    }
    if (country == null) {
      throw MedusaException.invalidData(
          "country_code must be a valid ISO 3166-1 alpha-2 country code");
    }
    Address a = existing;
    String streetName = a == null ? null : a.streetName();
    String streetNumber = a == null ? null : a.streetNumber();
    if (input.has("address_1")) {
      streetName = input.get("address_1");
      streetNumber = null;
    }
    return new Address(
        a == null ? null : a.id(),
        a == null ? null : a.key(),
        a == null ? null : a.title(),
        a == null ? null : a.salutation(),
        pick(input, "first_name", a == null ? null : a.firstName()),
        pick(input, "last_name", a == null ? null : a.lastName()),
        streetName,
        streetNumber,
        pick(input, "address_2", a == null ? null : a.additionalStreetInfo()),
        pick(input, "postal_code", a == null ? null : a.postalCode()),
        pick(input, "city", a == null ? null : a.city()),
        a == null ? null : a.region(),
        pick(input, "province", a == null ? null : a.state()),
        country,
        pick(input, "company", a == null ? null : a.company()),
        a == null ? null : a.department(),
        a == null ? null : a.building(),
        a == null ? null : a.apartment(),
        a == null ? null : a.pOBox(),
        pick(input, "phone", a == null ? null : a.phone()),
        a == null ? null : a.mobile(),
        a == null ? null : a.email(),
        a == null ? null : a.fax(),
        a == null ? null : a.additionalAddressInfo(),
        a == null ? null : a.externalId(),
        a == null ? null : a.custom());
  }

  /**
   * Medusa's {@code setMetadata}: the given keys over the stored ones, a key whose value is {@code
   * ""} removed. Merging nothing into nothing stays nothing.
   */
  public static Map<String, Object> mergeMetadata(
      Map<String, Object> stored, Map<String, Object> given) {
    Map<String, Object> merged =
        stored == null ? new LinkedHashMap<>() : new LinkedHashMap<>(stored);
    given.forEach(
        (key, value) -> {
          if ("".equals(value)) {
            merged.remove(key);
          } else {
            merged.put(key, value);
          }
        });
    return stored == null && merged.isEmpty() ? null : merged;
  }

  /** Emails written through the facade are stored lower-cased (contract #6). */
  public static String lowerCaseEmail(String email) {
    return email == null ? null : email.toLowerCase(Locale.ROOT);
  }

  private static final List<String> DEDUPLICATED =
      List.of(
          "first_name",
          "last_name",
          "address_1",
          "address_2",
          "city",
          "postal_code",
          "province",
          "phone",
          "country_code");

  private static boolean sameAddress(Address shown, AddressInput input) {
    for (String field : DEDUPLICATED) {
      String given = input.get(field);
      String stored = MedusaView.field(shown, field);
      boolean equal =
          field.equals("country_code")
              ? MedusaView.sameCountry(stored, given)
              : Objects.equals(stored, given);
      if (!equal) {
        return false;
      }
    }
    return true;
  }

  private static String pick(AddressInput input, String field, String current) {
    return input.has(field) ? input.get(field) : current;
  }
}
