package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.draft;
import static ctc.domain.customer.CustomerFixtures.storeKey;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.CustomerUpdateAction.AddAddress;
import ctc.domain.customer.CustomerUpdateAction.AddStore;
import ctc.domain.customer.CustomerUpdateAction.ChangeAddress;
import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.CustomerUpdateAction.RemoveCustomerGroupAssignment;
import ctc.domain.customer.CustomerUpdateAction.SetAddressCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetAuthenticationMode;
import ctc.domain.customer.CustomerUpdateAction.SetCustomField;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerGroup;
import ctc.domain.customer.CustomerUpdateAction.SetKey;
import ctc.domain.customer.CustomerUpdateAction.SetStores;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shape checks of drafts and actions: what the schema rejects before any rule runs is
 * InvalidJsonInput.
 */
class CustomerShapeTest {

  // ---------------------------------------------------------------- CustomerDraft

  @Test
  void aDraftWithoutEmailIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(400, InvalidJsonInputError.class, () -> draft().password("secret123").build());

    assertThat(error.message()).isEqualTo("Request body does not contain valid JSON.");
    assertThat(error.detailedErrorMessage()).contains("email");
  }

  @Test
  void aDraftKeyWithAForbiddenCharacterIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> draft().email("jane@example.com").key("not valid!").build());

    assertThat(error.detailedErrorMessage()).contains("not valid!");
  }

  @Test
  void aDraftKeyOfOneCharacterIsInvalidJsonInput() {
    expectError(
        400, InvalidJsonInputError.class, () -> draft().email("jane@example.com").key("k").build());
  }

  @Test
  void aDraftStoreOfAnotherTypeIsInvalidJsonInput() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () ->
            draft()
                .email("jane@example.com")
                .stores(new ResourceIdentifier("channel", null, "berlin"))
                .build());
  }

  @Test
  void aDraftCustomerGroupOfAnotherTypeIsInvalidJsonInput() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () ->
            draft()
                .email("jane@example.com")
                .customerGroup(new ResourceIdentifier("store", "g1", null))
                .build());
  }

  @Test
  void aDraftAnonymousCartOfAnotherTypeIsInvalidJsonInput() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () ->
            draft()
                .email("jane@example.com")
                .anonymousCart(new ResourceIdentifier("order", "o1", null))
                .build());
  }

  @Test
  void aDraftReferenceWithoutTypeIdGetsTheExpectedOne() {
    CustomerDraft draft =
        draft()
            .email("jane@example.com")
            .stores(new ResourceIdentifier(null, null, "berlin"))
            .customerGroup(new ResourceIdentifier(null, "g1", null))
            .build();

    assertThat(draft.stores()).containsExactly(storeKey("berlin"));
    assertThat(draft.customerGroup())
        .isEqualTo(ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, "g1"));
  }

  @Test
  void aDraftWithANullAddressIsInvalidJsonInput() {
    List<Address> addresses = new ArrayList<>();
    addresses.add(null);

    expectError(
        400,
        InvalidJsonInputError.class,
        () ->
            new CustomerDraft(
                null,
                null,
                null,
                "jane@example.com",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                addresses,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void aDraftWithANullShippingIndexIsInvalidJsonInput() {
    List<Integer> indexes = Arrays.asList(0, null);

    expectError(
        400,
        InvalidJsonInputError.class,
        () ->
            new CustomerDraft(
                null,
                null,
                null,
                "jane@example.com",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                indexes,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void aDraftWithoutAuthenticationModeDefaultsToPassword() {
    assertThat(draft().email("jane@example.com").build().authenticationMode())
        .isEqualTo(AuthenticationMode.Password);
  }

  @Test
  void absentDraftListsAreEmpty() {
    CustomerDraft draft = draft().email("jane@example.com").build();

    assertThat(draft.addresses()).isEmpty();
    assertThat(draft.shippingAddresses()).isEmpty();
    assertThat(draft.billingAddresses()).isEmpty();
    assertThat(draft.stores()).isEmpty();
    assertThat(draft.customerGroupAssignments()).isEmpty();
  }

  // ---------------------------------------------------------------- actions

  @Test
  void changeEmailWithoutEmailIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new ChangeEmail(null));
  }

  @Test
  void setKeyWithAnInvalidKeyIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new SetKey("a b"));
  }

  @Test
  void addAddressWithoutAddressIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new AddAddress(null));
  }

  @Test
  void changeAddressWithoutAddressIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new ChangeAddress("a1", null, null));
  }

  @Test
  void setStoresWithoutStoresIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new SetStores(null));
  }

  @Test
  void addStoreWithAReferenceOfAnotherTypeIsInvalidJsonInput() {
    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new AddStore(new ResourceIdentifier("customer-group", null, "berlin")));

    assertThat(error.detailedErrorMessage()).contains("store").contains("customer-group");
  }

  @Test
  void setCustomerGroupWithAReferenceOfAnotherTypeIsInvalidJsonInput() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () -> new SetCustomerGroup(new ResourceIdentifier("store", "g1", null)));
  }

  @Test
  void removeCustomerGroupAssignmentWithoutGroupIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new RemoveCustomerGroupAssignment(null));
  }

  @Test
  void customerGroupAssignmentWithoutGroupIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new CustomerGroupAssignment(null));
  }

  @Test
  void setAuthenticationModeWithoutModeIsInvalidJsonInput() {
    expectError(
        400, InvalidJsonInputError.class, () -> new SetAuthenticationMode(null, "secret123"));
  }

  @Test
  void setCustomFieldWithoutNameIsInvalidJsonInput() {
    expectError(400, InvalidJsonInputError.class, () -> new SetCustomField(null, "x"));
  }

  @Test
  void setAddressCustomFieldWithoutAddressIdIsInvalidJsonInput() {
    expectError(
        400, InvalidJsonInputError.class, () -> new SetAddressCustomField(null, "name", "x"));
  }

  @Test
  void setStoresWithANullStoreIsInvalidJsonInput() {
    List<ResourceIdentifier> stores = new ArrayList<>();
    stores.add(null);

    expectError(400, InvalidJsonInputError.class, () -> new SetStores(stores));
  }
}
