package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.aDraft;
import static ctc.domain.customer.CustomerFixtures.address;
import static ctc.domain.customer.CustomerFixtures.context;
import static ctc.domain.customer.CustomerFixtures.draft;
import static ctc.domain.customer.CustomerFixtures.store;
import static ctc.domain.customer.CustomerFixtures.storeKey;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.ReferencedResourceNotFoundError;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerFactoryTest {

  private static Customer create(CustomerDraft draft) {
    return CustomerFactory.create(draft, context());
  }

  private static CustomerDraftBuilder withAddresses() {
    return draft()
        .email("jane@example.com")
        .password("secret123")
        .addresses(address("DE", "home"), address("FR", "work"), address("AT"));
  }

  // ---------------------------------------------------------------- basics

  @Test
  void aNewCustomerStartsAtVersionOneWithOneMessage() {
    Customer customer = create(aDraft("jane@example.com"));

    assertThat(customer.version()).isEqualTo(1);
    assertThat(customer.lastMessageSequenceNumber()).isEqualTo(1);
  }

  @Test
  void aNewCustomerGetsAGeneratedIdAndTheCurrentTimeAndActor() {
    Customer customer = create(aDraft("jane@example.com"));

    assertThat(customer.id()).isEqualTo("00000000-0000-4000-8000-000000000001");
    assertThat(customer.createdAt()).isEqualTo(NOW);
    assertThat(customer.lastModifiedAt()).isEqualTo(NOW);
    assertThat(customer.versionModifiedAt()).isEqualTo(NOW);
    assertThat(customer.createdBy()).isEqualTo(ACTOR);
    assertThat(customer.lastModifiedBy()).isEqualTo(ACTOR);
  }

  @Test
  void aMinimalDraftGivesAGlobalUnverifiedPasswordCustomerWithEmptyLists() {
    Customer customer = create(aDraft("Jane@Example.com"));

    assertThat(customer.email()).isEqualTo("Jane@Example.com");
    assertThat(customer.isEmailVerified()).isFalse();
    assertThat(customer.authenticationMode()).isEqualTo(AuthenticationMode.Password);
    assertThat(customer.stores()).isEmpty();
    assertThat(customer.addresses()).isEmpty();
    assertThat(customer.shippingAddressIds()).isEmpty();
    assertThat(customer.billingAddressIds()).isEmpty();
    assertThat(customer.customerGroupAssignments()).isEmpty();
  }

  @Test
  void thePasswordIsStoredHashedWithTheInjectedHasher() {
    Customer customer = create(aDraft("jane@example.com"));

    assertThat(customer.password()).isEqualTo("hashed:321terces");
  }

  @Test
  void theDraftsPlainFieldsAreCopied() {
    CustomFields custom =
        new CustomFields(
            ResourceIdentifier.ofId(ResourceKind.TYPE, "t1"), Map.of("nickname", "JD"));
    CustomerDraft draft =
        draft()
            .email("jane@example.com")
            .password("secret123")
            .key("jane-key")
            .customerNumber("C-1")
            .externalId("ext")
            .firstName("Jane")
            .lastName("Doe")
            .middleName("Q")
            .title("Dr.")
            .salutation("Ms.")
            .dateOfBirth(LocalDate.of(1980, 1, 2))
            .companyName("ACME")
            .vatId("VAT")
            .locale("de-DE")
            .isEmailVerified(true)
            .customerGroup(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "gold"))
            .custom(custom)
            .build();

    Customer customer = create(draft);

    assertThat(customer.key()).isEqualTo("jane-key");
    assertThat(customer.customerNumber()).isEqualTo("C-1");
    assertThat(customer.externalId()).isEqualTo("ext");
    assertThat(customer.firstName()).isEqualTo("Jane");
    assertThat(customer.lastName()).isEqualTo("Doe");
    assertThat(customer.middleName()).isEqualTo("Q");
    assertThat(customer.title()).isEqualTo("Dr.");
    assertThat(customer.salutation()).isEqualTo("Ms.");
    assertThat(customer.dateOfBirth()).isEqualTo(LocalDate.of(1980, 1, 2));
    assertThat(customer.companyName()).isEqualTo("ACME");
    assertThat(customer.vatId()).isEqualTo("VAT");
    assertThat(customer.locale()).isEqualTo("de-DE");
    assertThat(customer.isEmailVerified()).isTrue();
    assertThat(customer.customerGroup())
        .isEqualTo(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "gold"));
    assertThat(customer.custom()).isEqualTo(custom);
  }

  @Test
  void customerGroupAssignmentsAreKeptWithoutDuplicates() {
    ResourceIdentifier gold = ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "gold");
    CustomerDraft draft =
        draft()
            .email("jane@example.com")
            .password("secret123")
            .customerGroupAssignments(
                new CustomerGroupAssignment(gold), new CustomerGroupAssignment(gold))
            .build();

    assertThat(create(draft).customerGroupAssignments())
        .containsExactly(new CustomerGroupAssignment(gold));
  }

  @Test
  void anInvalidLocaleIsInvalidInput() {
    expectError(
        400,
        InvalidInputError.class,
        () ->
            create(
                draft().email("jane@example.com").password("secret123").locale("en_US").build()));
  }

  // ---------------------------------------------------------------- addresses

  @Test
  void everyAddressGetsAGeneratedIdInOrder() {
    Customer customer = create(withAddresses().build());

    assertThat(customer.addresses())
        .extracting(Address::id)
        .containsExactly("a0000001", "a0000002", "a0000003");
    assertThat(customer.addresses()).extracting(Address::key).containsExactly("home", "work", null);
  }

  @Test
  void clientSuppliedAddressIdsAreIgnored() {
    CustomerDraft draft =
        draft()
            .email("jane@example.com")
            .password("secret123")
            .addresses(address("DE").withId("mine"), address("FR").withId("mine"))
            .build();

    Customer customer = create(draft);

    assertThat(customer.addresses())
        .extracting(Address::id)
        .containsExactly("a0000001", "a0000002");
  }

  @Test
  void addressCustomFieldsAreKept() {
    CustomFields custom =
        new CustomFields(ResourceIdentifier.ofId(ResourceKind.TYPE, "t1"), Map.of("door", "3"));
    CustomerDraft draft =
        draft()
            .email("jane@example.com")
            .password("secret123")
            .addresses(address("DE").withCustom(custom))
            .build();

    assertThat(create(draft).addresses().get(0).custom()).isEqualTo(custom);
  }

  @Test
  void indexFieldsResolveToTheGeneratedAddressIds() {
    CustomerDraft draft = withAddresses().shippingAddresses(0, 2).billingAddresses(1).build();

    Customer customer = create(draft);

    assertThat(customer.shippingAddressIds()).containsExactly("a0000001", "a0000003");
    assertThat(customer.billingAddressIds()).containsExactly("a0000002");
    assertThat(customer.defaultShippingAddressId()).isNull();
    assertThat(customer.defaultBillingAddressId()).isNull();
  }

  @Test
  void aRepeatedIndexIsListedOnce() {
    Customer customer = create(withAddresses().shippingAddresses(1, 1).build());

    assertThat(customer.shippingAddressIds()).containsExactly("a0000002");
  }

  @Test
  void defaultIndexesSetTheDefaultIdsAndAddThemToTheIdLists() {
    CustomerDraft draft =
        withAddresses().defaultShippingAddress(1).defaultBillingAddress(2).build();

    Customer customer = create(draft);

    assertThat(customer.defaultShippingAddressId()).isEqualTo("a0000002");
    assertThat(customer.shippingAddressIds()).containsExactly("a0000002");
    assertThat(customer.defaultBillingAddressId()).isEqualTo("a0000003");
    assertThat(customer.billingAddressIds()).containsExactly("a0000003");
  }

  @Test
  void aDefaultIndexAlreadyInTheListIsNotListedTwice() {
    CustomerDraft draft = withAddresses().shippingAddresses(0, 1).defaultShippingAddress(1).build();

    assertThat(create(draft).shippingAddressIds()).containsExactly("a0000001", "a0000002");
  }

  @Test
  void aDefaultIndexPastTheLastAddressIsInvalidInputNamingTheField() {
    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () -> create(withAddresses().defaultShippingAddress(3).build()));

    assertThat(error.message()).contains("defaultShippingAddress").contains("3");
  }

  @Test
  void aNegativeDefaultBillingIndexIsInvalidInputNamingTheField() {
    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () -> create(withAddresses().defaultBillingAddress(-1).build()));

    assertThat(error.message()).contains("defaultBillingAddress").contains("-1");
  }

  @Test
  void anOutOfRangeShippingIndexIsInvalidInputNamingTheField() {
    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () -> create(withAddresses().shippingAddresses(0, 7).build()));

    assertThat(error.message()).contains("shippingAddresses").contains("7");
  }

  @Test
  void anOutOfRangeBillingIndexIsInvalidInputNamingTheField() {
    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () -> create(withAddresses().billingAddresses(3).build()));

    assertThat(error.message()).contains("billingAddresses");
  }

  @Test
  void anyIndexIsOutOfRangeWithoutAddresses() {
    expectError(
        400,
        InvalidInputError.class,
        () ->
            create(
                draft()
                    .email("jane@example.com")
                    .password("secret123")
                    .defaultShippingAddress(0)
                    .build()));
  }

  @Test
  void twoAddressesWithTheSameKeyAreAnInvalidOperation() {
    CustomerDraft draft =
        draft()
            .email("jane@example.com")
            .password("secret123")
            .addresses(address("DE", "home"), address("FR", "home"))
            .build();

    expectError(400, InvalidOperationError.class, () -> create(draft));
  }

  // ---------------------------------------------------------------- passwords and authentication
  // mode

  @Test
  void aMissingPasswordInPasswordModeIsAnInvalidOperation() {
    expectError(
        400, InvalidOperationError.class, () -> create(draft().email("jane@example.com").build()));
  }

  @Test
  void aMissingPasswordWithAnExplicitPasswordModeIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () ->
            create(
                draft()
                    .email("jane@example.com")
                    .authenticationMode(AuthenticationMode.Password)
                    .build()));
  }

  @Test
  void externalAuthNeedsNoPassword() {
    Customer customer =
        create(
            draft()
                .email("jane@example.com")
                .authenticationMode(AuthenticationMode.ExternalAuth)
                .build());

    assertThat(customer.authenticationMode()).isEqualTo(AuthenticationMode.ExternalAuth);
    assertThat(customer.password()).isNull();
  }

  @Test
  void externalAuthDropsAGivenPassword() {
    Customer customer =
        create(
            draft()
                .email("jane@example.com")
                .password("secret123")
                .authenticationMode(AuthenticationMode.ExternalAuth)
                .build());

    assertThat(customer.password()).isNull();
  }

  @Test
  void anEmptyPasswordIsInvalidInput() {
    expectError(
        400,
        InvalidInputError.class,
        () -> create(draft().email("jane@example.com").password("").build()));
  }

  @Test
  void aPasswordOf1025CharactersIsInvalidInput() {
    expectError(
        400,
        InvalidInputError.class,
        () -> create(draft().email("jane@example.com").password("x".repeat(1025)).build()));
  }

  @Test
  void aPasswordOf1024CharactersIsAccepted() {
    String password = "x".repeat(1023) + "y";

    Customer customer = create(draft().email("jane@example.com").password(password).build());

    assertThat(customer.password()).isEqualTo("hashed:y" + "x".repeat(1023));
  }

  @Test
  void aPasswordOfOneCharacterIsAccepted() {
    assertThat(create(draft().email("jane@example.com").password("z").build()).password())
        .isEqualTo("hashed:z");
  }

  // ---------------------------------------------------------------- stores and carts

  @Test
  void theDraftsStoresAreKeptWithoutDuplicates() {
    CustomerDraft draft =
        draft()
            .email("jane@example.com")
            .password("secret123")
            .stores(storeKey("berlin"), storeKey("paris"), storeKey("berlin"))
            .build();

    assertThat(create(draft).stores()).containsExactly(store("berlin"), store("paris"));
  }

  @Test
  void aStoreGivenOnlyByIdIsAReferencedResourceNotFound() {
    CustomerDraft draft =
        draft()
            .email("jane@example.com")
            .password("secret123")
            .stores(new ResourceIdentifier("store", "store-id", null))
            .build();

    ReferencedResourceNotFoundError error =
        expectError(400, ReferencedResourceNotFoundError.class, () -> create(draft));

    assertThat(error.typeId()).isEqualTo("store");
  }

  @Test
  void inAStoreADraftWithoutStoresBelongsToThatStore() {
    Customer customer =
        CustomerFactory.create(
            aDraft("jane@example.com"), context(new RequestScope("test", "berlin")));

    assertThat(customer.stores()).containsExactly(store("berlin"));
  }

  @Test
  void inAStoreADraftWithStoresKeepsThem() {
    CustomerDraft draft =
        draft().email("jane@example.com").password("secret123").stores(storeKey("paris")).build();

    Customer customer = CustomerFactory.create(draft, context(new RequestScope("test", "berlin")));

    assertThat(customer.stores()).containsExactly(store("paris"));
  }

  @Test
  void anAnonymousCartIsAReferencedResourceNotFoundSinceThereAreNoCarts() {
    CustomerDraft draft =
        draft()
            .email("jane@example.com")
            .password("secret123")
            .anonymousCart(new ResourceIdentifier("cart", "cart-1", null))
            .build();

    ReferencedResourceNotFoundError error =
        expectError(400, ReferencedResourceNotFoundError.class, () -> create(draft));

    assertThat(error.typeId()).isEqualTo("cart");
    assertThat(error.id()).isEqualTo("cart-1");
  }

  @Test
  void anAnonymousCartIdIsAReferencedResourceNotFoundToo() {
    CustomerDraft draft =
        draft().email("jane@example.com").password("secret123").anonymousCartId("cart-2").build();

    ReferencedResourceNotFoundError error =
        expectError(400, ReferencedResourceNotFoundError.class, () -> create(draft));

    assertThat(error.id()).isEqualTo("cart-2");
  }
}
