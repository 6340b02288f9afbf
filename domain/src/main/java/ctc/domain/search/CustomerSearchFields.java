package ctc.domain.search;

import static ctc.domain.search.SearchFieldKind.BOOLEAN;
import static ctc.domain.search.SearchFieldKind.DATE;
import static ctc.domain.search.SearchFieldKind.DATETIME;
import static ctc.domain.search.SearchFieldKind.KEYWORD;
import static ctc.domain.search.SearchFieldKind.TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The searchable fields of a customer (contract §4), by name. */
public final class CustomerSearchFields {

  private static final Pattern CUSTOM_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  /** The text fields of an address, searchable as {@code addresses.<name>}. */
  public static final List<String> ADDRESS_TEXTS =
      List.of(
          "firstName",
          "lastName",
          "title",
          "salutation",
          "streetName",
          "streetNumber",
          "additionalStreetInfo",
          "city",
          "region",
          "state",
          "company",
          "department",
          "building",
          "apartment",
          "pOBox",
          "phone",
          "mobile",
          "email",
          "fax",
          "additionalAddressInfo");

  /** The keyword fields of an address, searchable as {@code addresses.<name>}. */
  public static final List<String> ADDRESS_KEYWORDS =
      List.of("id", "key", "country", "postalCode", "externalId");

  private static final Map<String, SearchField> FIXED = fixed();

  private CustomerSearchFields() {}

  /** The field of that name, if there is one; a custom field for {@code custom.<name>}. */
  public static Optional<SearchField> resolve(String name) {
    if (name.startsWith(SearchField.CUSTOM_PREFIX)) {
      String fieldName = name.substring(SearchField.CUSTOM_PREFIX.length());
      return CUSTOM_NAME.matcher(fieldName).matches()
          ? Optional.of(new SearchField(name, null))
          : Optional.empty();
    }
    return Optional.ofNullable(FIXED.get(name));
  }

  /** Every fixed field, {@code all} included. */
  public static List<SearchField> fixedFields() {
    return List.copyOf(FIXED.values());
  }

  private static Map<String, SearchField> fixed() {
    Map<String, SearchField> fields = new LinkedHashMap<>();
    put(fields, TEXT, SearchField.ALL);
    put(fields, KEYWORD, "id", "key", "customerNumber", "externalId", "lowercaseEmail", "vatId");
    put(fields, KEYWORD, "locale", "authenticationMode", "stores.key", "customerGroup.id");
    put(fields, KEYWORD, "customerGroupAssignments.customerGroup.id");
    put(fields, KEYWORD, "defaultShippingAddressId", "defaultBillingAddressId");
    put(fields, KEYWORD, "shippingAddressIds", "billingAddressIds");
    put(fields, TEXT, "email", "firstName", "middleName", "lastName", "fullName");
    put(fields, TEXT, "title", "salutation", "companyName");
    put(fields, DATE, "dateOfBirth");
    put(fields, BOOLEAN, "isEmailVerified");
    put(fields, DATETIME, "createdAt", "lastModifiedAt");
    ADDRESS_KEYWORDS.forEach(name -> put(fields, KEYWORD, "addresses." + name));
    ADDRESS_TEXTS.forEach(name -> put(fields, TEXT, "addresses." + name));
    return Map.copyOf(fields);
  }

  private static void put(Map<String, SearchField> fields, SearchFieldKind kind, String... names) {
    for (String name : names) {
      fields.put(name, new SearchField(name, kind));
    }
  }
}
