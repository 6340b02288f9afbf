package ctc.domain.resource;

import static ctc.domain.error.ErrorAssertions.expectError;
import static ctc.domain.resource.ResourceFixtures.COLOUR;
import static ctc.domain.resource.ResourceFixtures.CREATED_AT;
import static ctc.domain.resource.ResourceFixtures.STRING;
import static ctc.domain.resource.ResourceFixtures.field;
import static ctc.domain.resource.ResourceFixtures.required;
import static ctc.domain.update.Saves.insert;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.error.ErrorObject.InvalidFieldError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.ReferencedResourceNotFoundError;
import ctc.domain.error.ErrorObject.RequiredFieldError;
import ctc.domain.group.CustomerGroup;
import ctc.domain.store.Store;
import ctc.domain.type.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredReferencesTest {

  private static final RequestScope PROJECT = RequestScope.project("test");
  private static final RequestScope IN_STORE = new RequestScope("test", "berlin");

  private final InMemoryResourceRepository<Store> stores = InMemoryResourceRepository.stores();
  private final InMemoryResourceRepository<CustomerGroup> groups =
      InMemoryResourceRepository.customerGroups();
  private final InMemoryResourceRepository<Type> types = InMemoryResourceRepository.types();
  private final StoredReferences references = new StoredReferences(stores, groups, types);

  private final Store berlin = ResourceFixtures.store("store-1", "berlin", CREATED_AT);
  private final CustomerGroup gold = ResourceFixtures.group("group-1", "gold", CREATED_AT);
  private final Type customerType =
      ResourceFixtures.type(
          "type-1",
          "customer-extras",
          CREATED_AT,
          List.of("customer"),
          List.of(required("tier", STRING), field("colour", COLOUR)));
  private final Type addressType =
      ResourceFixtures.type(
          "type-2",
          "address-extras",
          CREATED_AT,
          List.of("address"),
          List.of(field("floor", STRING)));

  StoredReferencesTest() {
    insert(stores, "test", berlin);
    insert(groups, "test", gold);
    insert(types, "test", customerType);
    insert(types, "test", addressType);
  }

  private static ResourceIdentifier byId(String typeId, String id) {
    return new ResourceIdentifier(typeId, id, null);
  }

  private static ResourceIdentifier byKey(String typeId, String key) {
    return new ResourceIdentifier(typeId, null, key);
  }

  private static CustomFields custom(ResourceIdentifier type, Map<String, Object> fields) {
    return new CustomFields(type, fields);
  }

  // ---------------------------------------------------------------- stores

  @Test
  void aStoreGivenByIdBecomesAKeyReference() {
    assertThat(references.store(PROJECT, byId("store", "store-1")))
        .isEqualTo(new KeyReference("store", "berlin"));
  }

  @Test
  void aStoreGivenByKeyBecomesAKeyReference() {
    assertThat(references.store(PROJECT, byKey("store", "berlin")))
        .isEqualTo(KeyReference.store("berlin"));
  }

  @Test
  void aStoreIsResolvedInTheProjectOfAStoreScopeToo() {
    assertThat(references.store(IN_STORE, byKey("store", "berlin")))
        .isEqualTo(KeyReference.store("berlin"));
  }

  @Test
  void anUnknownStoreIdIsAReferencedResourceNotFoundNamingTheId() {
    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> references.store(PROJECT, byId("store", "nope")));

    assertThat(error.typeId()).isEqualTo("store");
    assertThat(error.id()).isEqualTo("nope");
    assertThat(error.key()).isNull();
    assertThat(error.message())
        .startsWith("The referenced object of type 'store' with identifier 'nope' was not found.");
  }

  @Test
  void anUnknownStoreKeyIsAReferencedResourceNotFoundNamingTheKey() {
    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> references.store(PROJECT, byKey("store", "paris")));

    assertThat(error.typeId()).isEqualTo("store");
    assertThat(error.id()).isNull();
    assertThat(error.key()).isEqualTo("paris");
    assertThat(error.message())
        .startsWith("The referenced object of type 'store' with key 'paris' was not found.");
  }

  @Test
  void aStoreOfAnotherProjectIsNotFound() {
    insert(stores, "other", ResourceFixtures.store("store-9", "paris", CREATED_AT));

    expectError(
        400,
        ReferencedResourceNotFoundError.class,
        () -> references.store(PROJECT, byKey("store", "paris")));
  }

  @Test
  void theKeyOfAnotherKindOfResourceIsNoStore() {
    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> references.store(PROJECT, byKey("store", "gold")));

    assertThat(error.typeId()).isEqualTo("store");
  }

  // ---------------------------------------------------------------- customer groups

  @Test
  void aGroupGivenByKeyBecomesAnIdReferenceWithoutTheKey() {
    ResourceIdentifier resolved =
        references.customerGroup(PROJECT, byKey("customer-group", "gold"));

    assertThat(resolved).isEqualTo(new ResourceIdentifier("customer-group", "group-1", null));
  }

  @Test
  void aGroupGivenByIdStaysAnIdReference() {
    ResourceIdentifier resolved =
        references.customerGroup(PROJECT, byId("customer-group", "group-1"));

    assertThat(resolved).isEqualTo(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "group-1"));
  }

  @Test
  void anUnknownGroupIsAReferencedResourceNotFoundOfTypeCustomerGroup() {
    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> references.customerGroup(PROJECT, byKey("customer-group", "silver")));

    assertThat(error.typeId()).isEqualTo("customer-group");
    assertThat(error.key()).isEqualTo("silver");
  }

  @Test
  void anUnknownGroupIdIsAReferencedResourceNotFoundNamingTheId() {
    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> references.customerGroup(PROJECT, byId("customer-group", "group-9")));

    assertThat(error.typeId()).isEqualTo("customer-group");
    assertThat(error.id()).isEqualTo("group-9");
  }

  @Test
  void aGroupOfAnotherProjectIsNotFound() {
    expectError(
        400,
        ReferencedResourceNotFoundError.class,
        () ->
            references.customerGroup(
                RequestScope.project("other"), byId("customer-group", "group-1")));
  }

  // ---------------------------------------------------------------- custom fields

  @Test
  void customFieldsGivenByTypeKeyReferenceTheTypeById() {
    CustomFields resolved =
        references.custom(
            PROJECT,
            custom(byKey("type", "customer-extras"), Map.of("tier", "gold")),
            ResourceKind.CUSTOMER);

    assertThat(resolved.type()).isEqualTo(new ResourceIdentifier("type", "type-1", null));
    assertThat(resolved.fields()).isEqualTo(Map.of("tier", "gold"));
  }

  @Test
  void customFieldsGivenByTypeIdKeepTheIdReference() {
    CustomFields resolved =
        references.custom(
            PROJECT, custom(byId("type", "type-1"), Map.of("tier", "gold")), ResourceKind.CUSTOMER);

    assertThat(resolved.type()).isEqualTo(ResourceIdentifier.ofId(ResourceKind.TYPE, "type-1"));
  }

  @Test
  void customFieldsComeBackValidatedWithoutNullValues() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("tier", "gold");
    fields.put("colour", null);

    CustomFields resolved =
        references.custom(
            PROJECT, custom(byKey("type", "customer-extras"), fields), ResourceKind.CUSTOMER);

    assertThat(resolved.fields()).isEqualTo(Map.of("tier", "gold"));
  }

  @Test
  void aTypeForAddressesUsedOnACustomerIsAnInvalidOperation() {
    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () ->
                references.custom(
                    PROJECT,
                    custom(byKey("type", "address-extras"), Map.of()),
                    ResourceKind.CUSTOMER));

    assertThat(error.message()).contains("'address-extras'").contains("'customer'");
  }

  @Test
  void aTypeForCustomersUsedOnAnAddressIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () ->
            references.custom(
                PROJECT,
                custom(byKey("type", "customer-extras"), Map.of("tier", "gold")),
                ResourceKind.ADDRESS));
  }

  @Test
  void aTypeForAddressesIsAcceptedOnAnAddress() {
    CustomFields resolved =
        references.custom(
            PROJECT,
            custom(byKey("type", "address-extras"), Map.of("floor", "3")),
            ResourceKind.ADDRESS);

    assertThat(resolved.type()).isEqualTo(ResourceIdentifier.ofId(ResourceKind.TYPE, "type-2"));
  }

  @Test
  void anUnknownTypeKeyIsAReferencedResourceNotFoundOfTypeType() {
    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () ->
                references.custom(
                    PROJECT, custom(byKey("type", "nope"), Map.of()), ResourceKind.CUSTOMER));

    assertThat(error.typeId()).isEqualTo("type");
    assertThat(error.key()).isEqualTo("nope");
  }

  @Test
  void anUnknownTypeIdIsAReferencedResourceNotFoundNamingTheId() {
    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () ->
                references.custom(
                    PROJECT, custom(byId("type", "type-9"), Map.of()), ResourceKind.CUSTOMER));

    assertThat(error.typeId()).isEqualTo("type");
    assertThat(error.id()).isEqualTo("type-9");
  }

  @Test
  void aMissingRequiredFieldIsARequiredFieldError() {
    RequiredFieldError error =
        expectError(
            400,
            RequiredFieldError.class,
            () ->
                references.custom(
                    PROJECT,
                    custom(byKey("type", "customer-extras"), Map.of()),
                    ResourceKind.CUSTOMER));

    assertThat(error.field()).isEqualTo("tier");
  }

  @Test
  void anEnumValueOutsideTheTypeIsAnInvalidFieldListingTheAllowedKeys() {
    InvalidFieldError error =
        expectError(
            400,
            InvalidFieldError.class,
            () ->
                references.custom(
                    PROJECT,
                    custom(
                        byKey("type", "customer-extras"),
                        Map.of("tier", "gold", "colour", "green")),
                    ResourceKind.CUSTOMER));

    assertThat(error.field()).isEqualTo("colour");
    assertThat(error.invalidValue()).isEqualTo("green");
    assertThat(error.allowedValues()).containsExactly("red", "blue");
  }

  @Test
  void aFieldTheTypeDoesNotDefineIsAnInvalidField() {
    InvalidFieldError error =
        expectError(
            400,
            InvalidFieldError.class,
            () ->
                references.custom(
                    PROJECT,
                    custom(
                        byKey("type", "customer-extras"), Map.of("tier", "gold", "shoeSize", "42")),
                    ResourceKind.CUSTOMER));

    assertThat(error.field()).isEqualTo("shoeSize");
  }
}
