package ctc.domain.search;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.customer.Customer;
import ctc.domain.type.FieldDefinition;
import ctc.domain.type.FieldType;
import ctc.domain.type.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns a customer into its {@link SearchDocument} (contract §4). */
public final class CustomerSearchDocuments {

  private CustomerSearchDocuments() {}

  /**
   * The customer's document; {@code types} finds the custom Type by id, which decides how each
   * custom field is indexed (a field no Type defines is left out).
   */
  public static SearchDocument of(
      String projectKey, Customer customer, Function<String, Optional<Type>> types) {
    Entries entries = new Entries();
    entries.keyword("id", customer.id());
    entries.keyword("key", customer.key());
    entries.keyword("customerNumber", customer.customerNumber());
    entries.keyword("externalId", customer.externalId());
    entries.text("email", customer.email());
    entries.keyword(
        "lowercaseEmail",
        customer.email() == null ? null : customer.email().toLowerCase(Locale.ROOT));
    entries.text("firstName", customer.firstName());
    entries.text("middleName", customer.middleName());
    entries.text("lastName", customer.lastName());
    entries.text("fullName", fullName(customer));
    entries.text("title", customer.title());
    entries.text("salutation", customer.salutation());
    entries.text("companyName", customer.companyName());
    entries.keyword("vatId", customer.vatId());
    if (customer.dateOfBirth() != null) {
      entries.add(
          "dateOfBirth", SearchFieldKind.DATE, new SearchValue.Date(customer.dateOfBirth()));
    }
    entries.keyword("locale", customer.locale());
    entries.add(
        "isEmailVerified",
        SearchFieldKind.BOOLEAN,
        new SearchValue.Bool(customer.isEmailVerified()));
    entries.keyword("authenticationMode", customer.authenticationMode().name());
    entries.dateTime("createdAt", customer.createdAt());
    entries.dateTime("lastModifiedAt", customer.lastModifiedAt());
    customer.stores().forEach(store -> entries.keyword("stores.key", store.key()));
    if (customer.customerGroup() != null) {
      entries.keyword("customerGroup.id", customer.customerGroup().id());
    }
    customer
        .customerGroupAssignments()
        .forEach(
            assignment ->
                entries.keyword(
                    "customerGroupAssignments.customerGroup.id", assignment.customerGroup().id()));
    entries.keyword("defaultShippingAddressId", customer.defaultShippingAddressId());
    entries.keyword("defaultBillingAddressId", customer.defaultBillingAddressId());
    customer.shippingAddressIds().forEach(id -> entries.keyword("shippingAddressIds", id));
    customer.billingAddressIds().forEach(id -> entries.keyword("billingAddressIds", id));
    customer.addresses().forEach(address -> address(entries, address));
    entries.text(SearchField.ALL, all(customer));
    if (customer.custom() != null) {
      custom(entries, customer.custom(), types);
    }
    return new SearchDocument(projectKey, customer.id(), entries.list);
  }

  private static void address(Entries entries, Address address) {
    entries.keyword("addresses.id", address.id());
    entries.keyword("addresses.key", address.key());
    entries.keyword("addresses.country", address.country());
    entries.keyword("addresses.postalCode", address.postalCode());
    entries.keyword("addresses.externalId", address.externalId());
    addressTexts(address).forEach((name, value) -> entries.text("addresses." + name, value));
  }

  private static Map<String, String> addressTexts(Address a) {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    String[] values = {
      a.firstName(),
      a.lastName(),
      a.title(),
      a.salutation(),
      a.streetName(),
      a.streetNumber(),
      a.additionalStreetInfo(),
      a.city(),
      a.region(),
      a.state(),
      a.company(),
      a.department(),
      a.building(),
      a.apartment(),
      a.pOBox(),
      a.phone(),
      a.mobile(),
      a.email(),
      a.fax(),
      a.additionalAddressInfo()
    };
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        texts.put(CustomerSearchFields.ADDRESS_TEXTS.get(i), values[i]);
      }
    }
    return texts;
  }

  /** First, middle and last name, those present, joined by one space (contract §4). */
  private static String fullName(Customer customer) {
    String joined =
        Stream.of(customer.firstName(), customer.middleName(), customer.lastName())
            .filter(name -> name != null && !name.isEmpty())
            .collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }

  /** The terms of the fields the special field {@code all} holds, as one text. */
  private static String all(Customer customer) {
    List<String> parts = new ArrayList<>();
    Stream.of(
            customer.email(),
            customer.firstName(),
            customer.middleName(),
            customer.lastName(),
            customer.title(),
            customer.salutation(),
            customer.companyName(),
            customer.customerNumber(),
            customer.externalId(),
            customer.key(),
            customer.vatId())
        .forEach(parts::add);
    for (Address address : customer.addresses()) {
      parts.addAll(addressTexts(address).values());
      parts.add(address.postalCode());
    }
    String joined =
        parts.stream()
            .filter(part -> part != null && !part.isEmpty())
            .collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }

  private static void custom(
      Entries entries, CustomFields custom, Function<String, Optional<Type>> types) {
    Optional<Type> type = types.apply(custom.type().id());
    if (type.isEmpty()) {
      return;
    }
    for (FieldDefinition definition : type.get().fieldDefinitions()) {
      Object value = custom.fields().get(definition.name());
      if (value == null) {
        continue;
      }
      String field = SearchField.CUSTOM_PREFIX + definition.name();
      FieldType fieldType = definition.type();
      if (fieldType.name().equals("Set")) {
        FieldType element = fieldType.elementType();
        String name = searchFieldType(element);
        if (name != null && value instanceof List<?> list) {
          list.forEach(each -> customValue(entries, field, element, each, "set_" + name));
        }
      } else {
        String name = searchFieldType(fieldType);
        if (name != null) {
          customValue(entries, field, fieldType, value, name);
        }
      }
    }
  }

  /** The SearchFieldType of a custom field type; null for the kinds search leaves out. */
  private static String searchFieldType(FieldType type) {
    return switch (type.name()) {
      case "String" -> "text";
      case "LocalizedString" -> "ltext";
      case "Number" -> "number";
      case "Boolean" -> "boolean";
      case "Date" -> "date";
      case "DateTime" -> "datetime";
      case "Time" -> "time";
      case "Enum" -> "enum";
      case "LocalizedEnum" -> "lenum";
      default -> null;
    };
  }

  private static void customValue(
      Entries entries, String field, FieldType type, Object value, String fieldType) {
    switch (type.name()) {
      case "String" -> entries.custom(field, SearchFieldKind.TEXT, text(value), fieldType, null);
      case "LocalizedString" -> {
        if (value instanceof Map<?, ?> localized) {
          localized.forEach(
              (locale, text) ->
                  entries.custom(
                      field, SearchFieldKind.TEXT, text(text), fieldType, String.valueOf(locale)));
        }
      }
      case "Number" ->
          entries.custom(
              field,
              SearchFieldKind.NUMBER,
              new SearchValue.Number(new BigDecimal(value.toString())),
              fieldType,
              null);
      case "Boolean" ->
          entries.custom(
              field,
              SearchFieldKind.BOOLEAN,
              new SearchValue.Bool((Boolean) value),
              fieldType,
              null);
      case "Date", "DateTime", "Time" -> {
        SearchFieldKind kind =
            switch (type.name()) {
              case "Date" -> SearchFieldKind.DATE;
              case "DateTime" -> SearchFieldKind.DATETIME;
              default -> SearchFieldKind.TIME;
            };
        SearchValue.as(kind, value.toString())
            .ifPresent(typed -> entries.custom(field, kind, typed, fieldType, null));
      }
      case "Enum", "LocalizedEnum" ->
          entries.custom(field, SearchFieldKind.KEYWORD, text(value), fieldType, null);
      default -> {}
    }
  }

  private static SearchValue text(Object value) {
    return new SearchValue.Text(String.valueOf(value));
  }

  /** The entries in the making; absent values are skipped, empty texts too. */
  private static final class Entries {
    private final List<SearchDocument.Entry> list = new ArrayList<>();

    void text(String field, String value) {
      if (value != null && !value.isEmpty()) {
        add(field, SearchFieldKind.TEXT, new SearchValue.Text(value));
      }
    }

    void keyword(String field, String value) {
      if (value != null && !value.isEmpty()) {
        add(field, SearchFieldKind.KEYWORD, new SearchValue.Text(value));
      }
    }

    void dateTime(String field, Instant value) {
      if (value != null) {
        add(field, SearchFieldKind.DATETIME, new SearchValue.DateTime(value));
      }
    }

    void add(String field, SearchFieldKind kind, SearchValue value) {
      list.add(new SearchDocument.Entry(field, kind, value, null, null));
    }

    void custom(
        String field, SearchFieldKind kind, SearchValue value, String fieldType, String language) {
      if (value instanceof SearchValue.Text text && text.value().isEmpty()) {
        return;
      }
      list.add(new SearchDocument.Entry(field, kind, value, fieldType, language));
    }
  }
}
