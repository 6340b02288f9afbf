package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.address;
import static ctc.domain.customer.CustomerFixtures.draft;
import static ctc.domain.customer.CustomerFixtures.store;
import static ctc.domain.error.ErrorAssertions.expectError;
import static ctc.domain.resource.ResourceFixtures.COLOUR;
import static ctc.domain.resource.ResourceFixtures.CREATED_AT;
import static ctc.domain.resource.ResourceFixtures.STRING;
import static ctc.domain.resource.ResourceFixtures.field;
import static ctc.domain.resource.ResourceFixtures.required;
import static ctc.domain.update.Saves.insert;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.CustomFields;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ResourceRef;
import ctc.domain.customer.CustomerUpdateAction.AddCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetCustomType;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroup;
import ctc.domain.customer.CustomerUpdateAction.SetStores;
import ctc.domain.error.ErrorObject.InvalidFieldError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.ReferencedResourceNotFoundError;
import ctc.domain.error.ErrorObject.RequiredFieldError;
import ctc.domain.group.CustomerGroup;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.domain.resource.InMemoryResourceRepository;
import ctc.domain.resource.ResourceFixtures;
import ctc.domain.resource.StoredReferences;
import ctc.domain.store.Store;
import ctc.domain.type.Type;
import ctc.domain.update.UpdateRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The customer use cases with references resolved against stored stores, customer groups and types.
 */
class CustomerServiceWithStoredReferencesTest {

  private static final RequestScope PROJECT = RequestScope.project("test");

  private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
  private final InMemoryResourceRepository<Store> stores = InMemoryResourceRepository.stores();
  private final InMemoryResourceRepository<CustomerGroup> groups =
      InMemoryResourceRepository.customerGroups();
  private final InMemoryResourceRepository<Type> types = InMemoryResourceRepository.types();
  private final CustomerService service =
      new CustomerService(
          customers,
          new InMemoryTransactions(),
          new QueryParameters(new QueryLanguageParser()),
          Clock.fixed(NOW, ZoneOffset.UTC),
          new SequentialIds(),
          new PlainTestHasher(),
          new StoredReferences(stores, groups, types));

  private final Store berlin = ResourceFixtures.store("store-berlin", "berlin", CREATED_AT);
  private final Store paris = ResourceFixtures.store("store-paris", "paris", CREATED_AT);
  private final CustomerGroup gold = ResourceFixtures.group("group-gold", "gold", CREATED_AT);
  private final CustomerGroup silver = ResourceFixtures.group("group-silver", "silver", CREATED_AT);
  private final Type customerType =
      ResourceFixtures.type(
          "type-customer",
          "customer-extras",
          CREATED_AT,
          List.of("customer"),
          List.of(required("tier", STRING), field("colour", COLOUR)));
  private final Type addressType =
      ResourceFixtures.type(
          "type-address",
          "address-extras",
          CREATED_AT,
          List.of("address"),
          List.of(field("floor", STRING)));

  CustomerServiceWithStoredReferencesTest() {
    insert(stores, "test", berlin);
    insert(stores, "test", paris);
    insert(groups, "test", gold);
    insert(groups, "test", silver);
    insert(types, "test", customerType);
    insert(types, "test", addressType);
  }

  private static ResourceIdentifier byId(String typeId, String id) {
    return new ResourceIdentifier(typeId, id, null);
  }

  private static ResourceIdentifier byKey(String typeId, String key) {
    return new ResourceIdentifier(typeId, null, key);
  }

  private static Supplier<UpdateRequest<CustomerUpdateAction>> request(
      long version, CustomerUpdateAction... actions) {
    return () -> new UpdateRequest<>(version, List.of(actions));
  }

  private Customer create(CustomerDraftBuilder draft) {
    return service.create(
        PROJECT, draft.email("jane@example.com").password("secret123").build(), ACTOR);
  }

  private Customer update(Customer customer, CustomerUpdateAction... actions) {
    return service.update(
        PROJECT, new ResourceRef.ById(customer.id()), request(customer.version(), actions), ACTOR);
  }

  private Customer stored(Customer customer) {
    return customers.findById("test", customer.id()).orElseThrow();
  }

  // ---------------------------------------------------------------- stores

  @Test
  void createWithStoresGivenByIdKeepsThemAsKeyReferences() {
    Customer created =
        create(draft().stores(byId("store", "store-berlin"), byId("store", "store-paris")));

    assertThat(created.stores()).containsExactly(store("berlin"), store("paris"));
    assertThat(stored(created).stores()).containsExactly(store("berlin"), store("paris"));
  }

  @Test
  void createWithAnUnknownStoreIsAReferencedResourceNotFoundAndStoresNothing() {
    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> create(draft().stores(byKey("store", "berlin"), byKey("store", "rome"))));

    assertThat(error.typeId()).isEqualTo("store");
    assertThat(error.key()).isEqualTo("rome");
    assertThat(customers.findByEmail("test", "jane@example.com")).isEmpty();
  }

  @Test
  void setStoresWithStoresGivenByIdKeepsThemAsKeyReferences() {
    Customer customer = create(draft());

    Customer updated = update(customer, new SetStores(List.of(byId("store", "store-paris"))));

    assertThat(updated.stores()).containsExactly(store("paris"));
  }

  @Test
  void setStoresWithAnUnknownStoreIsAReferencedResourceNotFoundAndChangesNothing() {
    Customer customer = create(draft().stores(byKey("store", "berlin")));

    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () ->
                update(
                    customer,
                    new SetStores(List.of(byKey("store", "paris"), byId("store", "store-rome")))));

    assertThat(error.typeId()).isEqualTo("store");
    assertThat(error.id()).isEqualTo("store-rome");
    assertThat(stored(customer)).isEqualTo(customer);
  }

  // ---------------------------------------------------------------- customer groups

  @Test
  void createWithAGroupGivenByKeyKeepsAnIdReference() {
    Customer created = create(draft().customerGroup(byKey("customer-group", "gold")));

    assertThat(created.customerGroup())
        .isEqualTo(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "group-gold"));
  }

  @Test
  void setCustomerGroupByKeyKeepsAnIdReference() {
    Customer customer = create(draft());

    Customer updated = update(customer, new SetCustomerGroup(byKey("customer-group", "gold")));

    assertThat(updated.customerGroup())
        .isEqualTo(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "group-gold"));
    assertThat(stored(customer).customerGroup()).isEqualTo(updated.customerGroup());
  }

  @Test
  void setCustomerGroupWithAnUnknownGroupIsAReferencedResourceNotFound() {
    Customer customer = create(draft());

    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> update(customer, new SetCustomerGroup(byKey("customer-group", "bronze"))));

    assertThat(error.typeId()).isEqualTo("customer-group");
    assertThat(error.key()).isEqualTo("bronze");
    assertThat(stored(customer)).isEqualTo(customer);
  }

  @Test
  void addCustomerGroupAssignmentByKeyKeepsAnIdReference() {
    Customer customer =
        create(
            draft()
                .customerGroupAssignments(
                    new CustomerGroupAssignment(byId("customer-group", "group-gold"))));

    Customer updated =
        update(
            customer,
            new AddCustomerGroupAssignment(
                new CustomerGroupAssignment(byKey("customer-group", "silver"))));

    assertThat(updated.customerGroupAssignments())
        .containsExactly(
            new CustomerGroupAssignment(
                ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "group-gold")),
            new CustomerGroupAssignment(
                ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "group-silver")));
  }

  @Test
  void addingAnAssignedGroupByKeyAgainChangesNothing() {
    Customer customer =
        create(
            draft()
                .customerGroupAssignments(
                    new CustomerGroupAssignment(byId("customer-group", "group-gold"))));

    Customer updated =
        update(
            customer,
            new AddCustomerGroupAssignment(
                new CustomerGroupAssignment(byKey("customer-group", "gold"))));

    assertThat(updated).isEqualTo(customer);
  }

  // ---------------------------------------------------------------- custom fields

  @Test
  void setCustomTypeByKeyKeepsAnIdReferenceAndTheValidatedFields() {
    Customer customer = create(draft());

    Customer updated =
        update(
            customer, new SetCustomType(byKey("type", "customer-extras"), Map.of("tier", "gold")));

    assertThat(updated.custom())
        .isEqualTo(
            new CustomFields(
                ResourceIdentifier.ofId(ResourceKind.TYPE, "type-customer"),
                Map.of("tier", "gold")));
  }

  @Test
  void setCustomTypeWithoutARequiredFieldIsARequiredFieldError() {
    Customer customer = create(draft());

    RequiredFieldError error =
        expectError(
            400,
            RequiredFieldError.class,
            () ->
                update(
                    customer,
                    new SetCustomType(byKey("type", "customer-extras"), Map.of("colour", "red"))));

    assertThat(error.field()).isEqualTo("tier");
    assertThat(stored(customer).custom()).isNull();
  }

  @Test
  void setCustomTypeWithAnUnknownTypeIsAReferencedResourceNotFound() {
    Customer customer = create(draft());

    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> update(customer, new SetCustomType(byKey("type", "nope"), Map.of())));

    assertThat(error.typeId()).isEqualTo("type");
  }

  @Test
  void setCustomFieldWithAnEnumKeyOfTheTypeIsStored() {
    Customer customer =
        create(
            draft()
                .custom(
                    new CustomFields(byKey("type", "customer-extras"), Map.of("tier", "gold"))));

    Customer updated = update(customer, new SetCustomField("colour", "blue"));

    assertThat(updated.custom().fields()).isEqualTo(Map.of("tier", "gold", "colour", "blue"));
    assertThat(updated.custom().type())
        .isEqualTo(ResourceIdentifier.ofId(ResourceKind.TYPE, "type-customer"));
  }

  @Test
  void setCustomFieldWithAnEnumKeyTheTypeDoesNotHaveIsAnInvalidField() {
    Customer customer =
        create(
            draft()
                .custom(
                    new CustomFields(byKey("type", "customer-extras"), Map.of("tier", "gold"))));

    InvalidFieldError error =
        expectError(
            400,
            InvalidFieldError.class,
            () -> update(customer, new SetCustomField("colour", "green")));

    assertThat(error.field()).isEqualTo("colour");
    assertThat(error.invalidValue()).isEqualTo("green");
    assertThat(error.allowedValues()).containsExactly("red", "blue");
    assertThat(stored(customer)).isEqualTo(customer);
  }

  @Test
  void setCustomFieldRemovingARequiredFieldIsARequiredFieldError() {
    Customer customer =
        create(
            draft()
                .custom(
                    new CustomFields(byKey("type", "customer-extras"), Map.of("tier", "gold"))));

    RequiredFieldError error =
        expectError(
            400,
            RequiredFieldError.class,
            () -> update(customer, new SetCustomField("tier", null)));

    assertThat(error.field()).isEqualTo("tier");
  }

  @Test
  void createWithAnAddressTypeOnTheCustomerIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> create(draft().custom(new CustomFields(byKey("type", "address-extras"), Map.of()))));

    assertThat(customers.findByEmail("test", "jane@example.com")).isEmpty();
  }

  @Test
  void setAddressCustomTypeWithATypeForCustomersOnlyIsAnInvalidOperation() {
    Customer customer = create(draft().addresses(address("DE")));
    String addressId = customer.addresses().get(0).id();

    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () ->
                update(
                    customer,
                    new SetAddressCustomType(
                        addressId, byKey("type", "customer-extras"), Map.of("tier", "gold"))));

    assertThat(error.message()).contains("'customer-extras'").contains("'address'");
    assertThat(stored(customer)).isEqualTo(customer);
  }

  @Test
  void setAddressCustomTypeWithAnAddressTypeKeepsAnIdReference() {
    Customer customer = create(draft().addresses(address("DE")));
    String addressId = customer.addresses().get(0).id();

    Customer updated =
        update(
            customer,
            new SetAddressCustomType(
                addressId, byKey("type", "address-extras"), Map.of("floor", "3")));

    assertThat(updated.addresses().get(0).custom())
        .isEqualTo(
            new CustomFields(
                ResourceIdentifier.ofId(ResourceKind.TYPE, "type-address"), Map.of("floor", "3")));
  }

  // ---------------------------------------------------------------- links

  @Test
  void theCustomersLinksAreTheIdsOfItsGroupAssignmentsAndTypes() {
    Customer created =
        create(
            draft()
                .customerGroup(byKey("customer-group", "gold"))
                .customerGroupAssignments(
                    new CustomerGroupAssignment(byKey("customer-group", "silver")))
                .custom(new CustomFields(byKey("type", "customer-extras"), Map.of("tier", "gold")))
                .addresses(
                    address("DE")
                        .withCustom(new CustomFields(byKey("type", "address-extras"), Map.of())))
                .stores(byKey("store", "berlin")));

    assertThat(CustomerLinks.resourceIds(created))
        .containsExactlyInAnyOrder("group-gold", "group-silver", "type-customer", "type-address");
    assertThat(CustomerLinks.storeKeys(created)).containsExactly("berlin");
  }
}
