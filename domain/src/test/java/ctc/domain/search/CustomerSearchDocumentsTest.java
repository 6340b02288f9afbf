package ctc.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerFixtures;
import ctc.domain.resource.ResourceFixtures;
import ctc.domain.type.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CustomerSearchDocumentsTest {

  private static final Type TYPE = ResourceFixtures.type("type-1", "extras", Instant.EPOCH);

  private static Map<String, List<SearchValue>> values(SearchDocument document) {
    return document.entries().stream()
        .collect(
            Collectors.groupingBy(
                entry ->
                    entry.language() == null
                        ? entry.field()
                        : entry.field() + "#" + entry.language(),
                LinkedHashMap::new,
                Collectors.mapping(SearchDocument.Entry::value, Collectors.toList())));
  }

  private static SearchValue text(String value) {
    return new SearchValue.Text(value);
  }

  private static SearchDocument document(Customer customer) {
    return CustomerSearchDocuments.of(
        "p", customer, id -> id.equals(TYPE.id()) ? Optional.of(TYPE) : Optional.empty());
  }

  @Test
  void everyFixedFieldOfTheContractIsFilledFromTheCustomer() {
    Address home =
        new Address(
            "a1", "home", null, null, "Jo", null, "Main St", "1", null, "10115", "Berlin", null,
            null, "DE", null, null, null, null, null, "+49", null, null, null, null, "ext-a", null);
    Customer customer =
        CustomerFixtures.aCustomer().toBuilder()
            .id("c1")
            .key("jane")
            .email("Jane.Doe@Example.com")
            .middleName("Q")
            .dateOfBirth(LocalDate.of(1990, 1, 2))
            .addresses(List.of(home))
            .shippingAddressIds(List.of("a1"))
            .defaultShippingAddressId("a1")
            .stores(List.of(KeyReference.store("berlin"), KeyReference.store("paris")))
            .customerGroup(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "g1"))
            .isEmailVerified(true)
            .build();

    Map<String, List<SearchValue>> values = values(document(customer));

    assertThat(values.get("id")).containsExactly(text("c1"));
    assertThat(values.get("email")).containsExactly(text("Jane.Doe@Example.com"));
    assertThat(values.get("lowercaseEmail")).containsExactly(text("jane.doe@example.com"));
    assertThat(values.get("fullName")).containsExactly(text("Jane Q Doe"));
    assertThat(values.get("dateOfBirth"))
        .containsExactly(new SearchValue.Date(LocalDate.of(1990, 1, 2)));
    assertThat(values.get("isEmailVerified")).containsExactly(new SearchValue.Bool(true));
    assertThat(values.get("authenticationMode")).containsExactly(text("Password"));
    assertThat(values.get("stores.key")).containsExactly(text("berlin"), text("paris"));
    assertThat(values.get("customerGroup.id")).containsExactly(text("g1"));
    assertThat(values.get("shippingAddressIds")).containsExactly(text("a1"));
    assertThat(values.get("addresses.city")).containsExactly(text("Berlin"));
    assertThat(values.get("addresses.postalCode")).containsExactly(text("10115"));
    assertThat(values.get("addresses.phone")).containsExactly(text("+49"));
    assertThat(values.get("addresses.externalId")).containsExactly(text("ext-a"));
    assertThat(values.get("all"))
        .containsExactly(
            text("Jane.Doe@Example.com Jane Q Doe jane Jo Main St 1 Berlin +49 10115"));
    assertThat(values)
        .doesNotContainKeys("middleName#", "vatId", "customerGroupAssignments.customerGroup.id");
    assertThat(values.keySet())
        .allSatisfy(field -> assertThat(CustomerSearchFields.resolve(field)).isPresent());
  }

  @Test
  void fullNameIsAbsentWithoutNames() {
    Customer nameless =
        CustomerFixtures.aCustomer().toBuilder().firstName(null).lastName(null).build();
    assertThat(values(document(nameless))).doesNotContainKey("fullName");
  }

  @Test
  void customFieldsAreTypedByTheirTypeAndTheOthersLeftOut() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("vip", true);
    fields.put("note", "likes tea");
    fields.put("nickname", Map.of("en", "Janie", "de", "Jani"));
    fields.put("score", new BigDecimal("12.5"));
    fields.put("since", "2020-05-01");
    fields.put("seenAt", "2024-01-02T03:04:05+01:00");
    fields.put("callAt", "10:30:00");
    fields.put("credit", Map.of("currencyCode", "EUR", "centAmount", 100));
    fields.put("colour", "red");
    fields.put("sizes", List.of("s", "l"));
    fields.put("referrer", Map.of("typeId", "customer", "id", "x"));
    fields.put("undefined", "nobody defines me");
    Customer customer =
        CustomerFixtures.aCustomer().toBuilder()
            .custom(new CustomFields(ResourceIdentifier.ofId(ResourceKind.TYPE, TYPE.id()), fields))
            .build();

    SearchDocument document = document(customer);
    Map<String, List<SearchValue>> values = values(document);

    assertThat(values.get("custom.vip")).containsExactly(new SearchValue.Bool(true));
    assertThat(values.get("custom.note")).containsExactly(text("likes tea"));
    assertThat(values.get("custom.nickname#en")).containsExactly(text("Janie"));
    assertThat(values.get("custom.nickname#de")).containsExactly(text("Jani"));
    assertThat(values.get("custom.score"))
        .containsExactly(new SearchValue.Number(new BigDecimal("12.5")));
    assertThat(values.get("custom.since"))
        .containsExactly(new SearchValue.Date(LocalDate.of(2020, 5, 1)));
    assertThat(values.get("custom.seenAt"))
        .containsExactly(new SearchValue.DateTime(Instant.parse("2024-01-02T02:04:05Z")));
    assertThat(values.get("custom.callAt"))
        .containsExactly(new SearchValue.Time(LocalTime.of(10, 30)));
    assertThat(values.get("custom.colour")).containsExactly(text("red"));
    assertThat(values.get("custom.sizes")).containsExactly(text("s"), text("l"));
    assertThat(values).doesNotContainKeys("custom.credit", "custom.referrer", "custom.undefined");
    assertThat(document.entries())
        .filteredOn(entry -> entry.field().equals("custom.sizes"))
        .allSatisfy(entry -> assertThat(entry.fieldType()).isEqualTo("set_lenum"));
    assertThat(document.entries())
        .filteredOn(entry -> entry.field().equals("custom.nickname"))
        .allSatisfy(entry -> assertThat(entry.fieldType()).isEqualTo("ltext"));
  }

  @Test
  void aCustomerWhoseTypeIsUnknownHasNoCustomFields() {
    Customer customer =
        CustomerFixtures.aCustomer().toBuilder()
            .custom(
                new CustomFields(
                    ResourceIdentifier.ofId(ResourceKind.TYPE, "gone"), Map.of("note", "x")))
            .build();
    assertThat(values(document(customer)).keySet()).noneMatch(field -> field.startsWith("custom."));
  }
}
