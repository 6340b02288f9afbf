package ctc.domain.medusa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ctc.domain.common.Address;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerActions;
import ctc.domain.customer.CustomerFixtures;
import ctc.domain.customer.CustomerUpdateAction;
import ctc.domain.customer.CustomerUpdateAction.AddAddress;
import ctc.domain.customer.CustomerUpdateAction.AddShippingAddressId;
import ctc.domain.customer.CustomerUpdateAction.ChangeAddress;
import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.CustomerUpdateAction.RemoveAddress;
import ctc.domain.customer.CustomerUpdateAction.SetDefaultBillingAddress;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetLastName;
import ctc.domain.customer.PlainTestHasher;
import ctc.domain.medusa.MedusaPayloads.AddressInput;
import ctc.domain.medusa.MedusaTranslation.Plan;
import ctc.domain.update.Change;
import ctc.domain.update.UpdateContext;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedUpdater;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Medusa writes as commercetools update actions (contract §5, §8, #10, #11): the plans, and the
 * customer the Customers API's own handlers make of them.
 */
class MedusaTranslationTest {

  private static final String NEW_ID = "new00001";

  private static Map<String, Object> body(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static Address stored(String id, String country) {
    return MedusaViewTest.address(id, "Main St", "1", country);
  }

  private static Customer jane(Address... addresses) {
    return CustomerFixtures.aCustomer().toBuilder().addresses(List.of(addresses)).build();
  }

  /** The customer after the plan's actions, applied by the Customers API's registry. */
  private static Optional<Change<Customer>> apply(Customer customer, Plan plan) {
    IdGenerator ids =
        new IdGenerator() {
          @Override
          public String resourceId() {
            return "r";
          }

          @Override
          public String addressId() {
            return NEW_ID;
          }

          @Override
          public String tokenValue() {
            return "t";
          }
        };
    UpdateContext context =
        new UpdateContext(
            RequestScope.project("test"),
            CustomerFixtures.NOW,
            CustomerFixtures.ACTOR,
            ids,
            new PlainTestHasher(),
            new ShapeOnlyReferences());
    return VersionedUpdater.update(
        customer,
        new UpdateRequest<>(customer.version(), plan.actions()),
        CustomerActions.ALL,
        context);
  }

  private static Plan profile(
      Customer customer, MedusaExtension extension, Map<String, Object> body) {
    return MedusaTranslation.profile(
        customer, extension, MedusaPayloads.profileUpdate(body), NEW_ID);
  }

  @Test
  void namesAndEmailBecomeActionsAndEqualValuesNone() {
    Customer customer = jane();
    Map<String, Object> sent = new HashMap<>();
    sent.put("first_name", "Janet");
    sent.put("last_name", null);
    sent.put("email", "JANET@Example.com");
    Plan plan = profile(customer, MedusaExtension.EMPTY, sent);
    assertThat(plan.actions())
        .containsExactly(
            new SetFirstName("Janet"), new SetLastName(null), new ChangeEmail("janet@example.com"));
    Customer after = apply(customer, plan).orElseThrow().after();
    assertThat(after.firstName()).isEqualTo("Janet");
    assertThat(after.lastName()).isNull();
    assertThat(after.email()).isEqualTo("janet@example.com");
    assertThat(after.isEmailVerified()).isFalse();
    assertThat(after.version()).isEqualTo(2);

    Plan same =
        profile(
            customer,
            MedusaExtension.EMPTY,
            body("first_name", "Jane", "last_name", "Doe", "email", CustomerFixtures.EMAIL));
    assertThat(same.actions()).isEmpty();
    assertThat(same.changesExtension(MedusaExtension.EMPTY)).isFalse();
    assertThat(same.newPassword()).isNull();
    assertThat(profile(customer, MedusaExtension.EMPTY, body()).actions()).isEmpty();
  }

  @Test
  void phoneMetadataAndPasswordGoBesideTheActions() {
    Customer customer = jane();
    MedusaExtension extension = new MedusaExtension("+49", Map.of("a", 1, "b", "x"), Map.of());
    Plan plan =
        profile(
            customer,
            extension,
            body("phone", null, "metadata", body("b", "", "c", true), "password", "n3w"));
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.extension().phone()).isNull();
    assertThat(plan.extension().metadata())
        .containsExactly(Map.entry("a", 1), Map.entry("c", true));
    assertThat(plan.newPassword()).isEqualTo("n3w");
    assertThat(plan.changesExtension(extension)).isTrue();

    Map<String, Object> nothing = new HashMap<>();
    nothing.put("metadata", null);
    nothing.put("password", "");
    Plan none = profile(customer, extension, nothing);
    assertThat(none.changesExtension(extension)).isFalse();
    assertThat(none.newPassword()).isNull();
    // Extension-only changes still make a new version, without steps (no messages).
    Change<Customer> change =
        VersionedUpdater.update(
                customer,
                new UpdateRequest<CustomerUpdateAction>(customer.version(), List.of()),
                CustomerActions.ALL,
                CustomerFixtures.context(),
                true)
            .orElseThrow();
    assertThat(change.after().version()).isEqualTo(2);
    assertThat(change.after().lastModifiedAt()).isEqualTo(CustomerFixtures.NOW);
    assertThat(change.steps()).isEmpty();
    assertThat(change.after().lastMessageSequenceNumber())
        .isEqualTo(customer.lastMessageSequenceNumber());
  }

  @Test
  void metadataMerge() {
    assertThat(MedusaTranslation.mergeMetadata(null, Map.of())).isNull();
    assertThat(MedusaTranslation.mergeMetadata(null, Map.of("a", ""))).isNull();
    assertThat(MedusaTranslation.mergeMetadata(Map.of("a", 1), Map.of("a", ""))).isEmpty();
    assertThat(MedusaTranslation.mergeMetadata(Map.of("a", 1), Map.of("b", 2)))
        .containsExactly(Map.entry("a", 1), Map.entry("b", 2));
    assertThat(MedusaTranslation.mergeMetadata(Map.of("a", 1), Map.of("a", List.of(3))))
        .containsExactly(Map.entry("a", List.of(3)));
  }

  @Test
  void aBillingAddressObjectMakesABillingOnlyDefaultOrMergesIntoIt() {
    Customer customer = jane();
    Plan created =
        profile(
            customer,
            MedusaExtension.EMPTY,
            body(
                "billing_address",
                body("address_1", "Bill St 2", "country_code", "fr", "metadata", body("x", 1))));
    assertThat(created.actions()).hasSize(2);
    assertThat(created.actions().get(0)).isInstanceOf(AddAddress.class);
    assertThat(created.actions().get(1)).isEqualTo(new SetDefaultBillingAddress(NEW_ID, null));
    assertThat(created.extension().addressMetadata(NEW_ID)).isEqualTo(Map.of("x", 1));
    Customer billed = apply(customer, created).orElseThrow().after();
    assertThat(billed.defaultBillingAddressId()).isEqualTo(NEW_ID);
    assertThat(billed.billingAddressIds()).containsExactly(NEW_ID);
    assertThat(billed.addresses().get(0).country()).isEqualTo("FR");
    assertThat(billed.addresses().get(0).streetName()).isEqualTo("Bill St 2");
    assertThat(MedusaView.shippingAddresses(billed)).isEmpty();

    Plan merged =
        profile(billed, created.extension(), body("billing_address", body("city", "Lyon")));
    assertThat(merged.actions()).hasSize(1);
    ChangeAddress change = (ChangeAddress) merged.actions().get(0);
    assertThat(change.addressId()).isEqualTo(NEW_ID);
    assertThat(change.address().city()).isEqualTo("Lyon");
    assertThat(change.address().streetName()).isEqualTo("Bill St 2");
    assertThat(merged.extension().addressMetadata(NEW_ID)).isEqualTo(Map.of("x", 1));

    assertThatThrownBy(
            () ->
                profile(
                    customer, MedusaExtension.EMPTY, body("billing_address", body("city", "X"))))
        .isInstanceOfSatisfying(
            MedusaException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage()).contains("country_code");
            });
  }

  @Test
  void aBillingAddressIdOrNull() {
    Customer customer = jane(stored("addr0001", "DE"));
    Plan byId = profile(customer, MedusaExtension.EMPTY, body("billing_address", "addr0001"));
    assertThat(byId.actions()).containsExactly(new SetDefaultBillingAddress("addr0001", null));
    Customer billed = apply(customer, byId).orElseThrow().after();
    assertThat(billed.billingAddressIds()).containsExactly("addr0001");
    assertThat(MedusaView.shippingAddresses(billed)).isEmpty();
    assertThat(
            profile(billed, MedusaExtension.EMPTY, body("billing_address", "addr0001")).actions())
        .isEmpty();

    assertThatThrownBy(
            () -> profile(customer, MedusaExtension.EMPTY, body("billing_address", "nope0001")))
        .isInstanceOfSatisfying(
            MedusaException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.type()).isEqualTo("not_found");
              assertThat(e.getMessage()).isEqualTo("Address with id nope0001 was not found");
            });

    Map<String, Object> unset = new HashMap<>();
    unset.put("billing_address", null);
    Plan cleared = profile(billed, MedusaExtension.EMPTY, unset);
    assertThat(cleared.actions()).containsExactly(new SetDefaultBillingAddress(null, null));
    Customer after = apply(billed, cleared).orElseThrow().after();
    assertThat(after.defaultBillingAddressId()).isNull();
    assertThat(after.addresses()).hasSize(1);
    assertThat(profile(after, MedusaExtension.EMPTY, unset).actions()).isEmpty();
  }

  @Test
  void addAddressDeduplicatesAndOtherwiseAddsAShippingAddress() {
    Map<String, Object> fields =
        body(
            "first_name",
            "Jane",
            "last_name",
            "Doe",
            "address_1",
            "Main St 1",
            "city",
            "Berlin",
            "country_code",
            "de",
            "postal_code",
            "10115",
            "metadata",
            body("door", "red"));
    AddressInput input = MedusaPayloads.addressCreate(body("address", fields));
    Customer customer = jane();
    Plan plan = MedusaTranslation.addAddress(customer, MedusaExtension.EMPTY, input, NEW_ID);
    assertThat(plan.actions().get(1)).isEqualTo(new AddShippingAddressId(NEW_ID, null));
    Customer after = apply(customer, plan).orElseThrow().after();
    assertThat(after.shippingAddressIds()).containsExactly(NEW_ID);
    Address address = after.addresses().get(0);
    assertThat(address.country()).isEqualTo("DE");
    assertThat(address.streetName()).isEqualTo("Main St 1");
    assertThat(address.streetNumber()).isNull();
    assertThat(address.postalCode()).isEqualTo("10115");
    assertThat(plan.extension().addressMetadata(NEW_ID)).isEqualTo(Map.of("door", "red"));

    // The same fields (country in another case) again: nothing.
    fields.put("country_code", "DE");
    Plan again =
        MedusaTranslation.addAddress(
            after, plan.extension(), MedusaPayloads.addressCreate(body("address", fields)), "x");
    assertThat(again.actions()).isEmpty();
    assertThat(again.changesExtension(plan.extension())).isFalse();
  }

  @Test
  void updateAddressMergesIntoTheMedusaViewAndKeepsCommercetoolsOnlyFields() {
    Address address = stored("addr0001", "DE");
    Customer customer = jane(address);
    Map<String, Object> fields = new HashMap<>();
    fields.put("address_1", "Other St 5");
    fields.put("province", "BB");
    fields.put("company", null);
    fields.put("country_code", "at");
    fields.put("metadata", body("door", "blue"));
    Plan plan =
        MedusaTranslation.updateAddress(
            customer, MedusaExtension.EMPTY, "addr0001", MedusaPayloads.addressUpdate(fields));
    Address changed = ((ChangeAddress) plan.actions().get(0)).address();
    assertThat(changed.streetName()).isEqualTo("Other St 5");
    assertThat(changed.streetNumber()).isNull();
    assertThat(changed.state()).isEqualTo("BB");
    assertThat(changed.company()).isNull();
    assertThat(changed.country()).isEqualTo("AT");
    assertThat(changed.key()).isEqualTo("key-addr0001");
    assertThat(changed.region()).isEqualTo("Region");
    assertThat(changed.email()).isEqualTo("a@b.co");
    assertThat(changed.mobile()).isEqualTo("+49-mobile");
    assertThat(changed.title()).isEqualTo("Dr");
    assertThat(changed.department()).isEqualTo("Dept");
    assertThat(plan.extension().addressMetadata("addr0001")).isEqualTo(Map.of("door", "blue"));
    Customer after = apply(customer, plan).orElseThrow().after();
    assertThat(after.addresses().get(0).id()).isEqualTo("addr0001");

    Plan same =
        MedusaTranslation.updateAddress(
            customer,
            MedusaExtension.EMPTY,
            "addr0001",
            MedusaPayloads.addressUpdate(body("city", "Berlin")));
    assertThat(same.actions()).isEmpty();

    Customer billingOnly = customer.toBuilder().billingAddressIds(List.of("addr0001")).build();
    assertThatThrownBy(
            () ->
                MedusaTranslation.updateAddress(
                    billingOnly,
                    MedusaExtension.EMPTY,
                    "addr0001",
                    MedusaPayloads.addressUpdate(body())))
        .isInstanceOfSatisfying(
            MedusaException.class,
            e -> assertThat(e.getMessage()).isEqualTo("Could not find address for customer"));
  }

  @Test
  void deleteAddressRemovesOnlyShownAddressesWithTheirMetadata() {
    Customer customer =
        jane(stored("addr0001", "DE"), stored("bill0001", "DE")).toBuilder()
            .billingAddressIds(List.of("bill0001"))
            .build();
    MedusaExtension extension =
        MedusaExtension.EMPTY
            .withAddressMetadata("addr0001", Map.of("a", 1))
            .withAddressMetadata("bill0001", Map.of("b", 1));
    Plan plan = MedusaTranslation.deleteAddress(customer, extension, "addr0001");
    assertThat(plan.actions()).containsExactly(new RemoveAddress("addr0001", null));
    assertThat(plan.extension().addressMetadata()).containsOnlyKeys("bill0001");
    assertThat(MedusaTranslation.deleteAddress(customer, extension, "bill0001").actions())
        .isEmpty();
    assertThat(MedusaTranslation.deleteAddress(customer, extension, "unknown1").actions())
        .isEmpty();
  }

  @Test
  void theExtensionFollowsRemovedAddresses() {
    MedusaExtension extension =
        MedusaExtension.EMPTY
            .withPhone("+1")
            .withAddressMetadata("addr0001", Map.of("a", 1))
            .withAddressMetadata("addr0002", Map.of("b", 1));
    assertThat(extension.keepingAddresses(java.util.Set.of("addr0002")).addressMetadata())
        .containsOnlyKeys("addr0002");
    assertThat(MedusaExtension.EMPTY.keepsNothing()).isTrue();
    assertThat(extension.withPhone(null).keepsNothing()).isFalse();
  }
}
