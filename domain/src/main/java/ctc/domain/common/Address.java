package ctc.domain.common;

import ctc.domain.error.Errors;
import java.util.Locale;
import java.util.Set;

/**
 * A postal address (BaseAddress on input, Address once stored). The server assigns {@code id}; a
 * client-supplied id is replaced.
 */
public record Address(
    String id,
    String key,
    String title,
    String salutation,
    String firstName,
    String lastName,
    String streetName,
    String streetNumber,
    String additionalStreetInfo,
    String postalCode,
    String city,
    String region,
    String state,
    String country,
    String company,
    String department,
    String building,
    String apartment,
    String pOBox,
    String phone,
    String mobile,
    String email,
    String fax,
    String additionalAddressInfo,
    String externalId,
    CustomFields custom) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Address {
    if (country == null) {
      throw Errors.missingField("address -> country");
    }
    if (!COUNTRIES.contains(country)) {
      throw Errors.invalidCountry(country);
    }
    Keys.requireValid("address -> key", key);
  }

  public Address withId(String newId) {
    return new Address(
        newId,
        key,
        title,
        salutation,
        firstName,
        lastName,
        streetName,
        streetNumber,
        additionalStreetInfo,
        postalCode,
        city,
        region,
        state,
        country,
        company,
        department,
        building,
        apartment,
        pOBox,
        phone,
        mobile,
        email,
        fax,
        additionalAddressInfo,
        externalId,
        custom);
  }

  public Address withKey(String newKey) {
    return new Address(
        id,
        newKey,
        title,
        salutation,
        firstName,
        lastName,
        streetName,
        streetNumber,
        additionalStreetInfo,
        postalCode,
        city,
        region,
        state,
        country,
        company,
        department,
        building,
        apartment,
        pOBox,
        phone,
        mobile,
        email,
        fax,
        additionalAddressInfo,
        externalId,
        custom);
  }

  public Address withCustom(CustomFields newCustom) {
    return new Address(
        id,
        key,
        title,
        salutation,
        firstName,
        lastName,
        streetName,
        streetNumber,
        additionalStreetInfo,
        postalCode,
        city,
        region,
        state,
        country,
        company,
        department,
        building,
        apartment,
        pOBox,
        phone,
        mobile,
        email,
        fax,
        additionalAddressInfo,
        externalId,
        newCustom);
  }
}
