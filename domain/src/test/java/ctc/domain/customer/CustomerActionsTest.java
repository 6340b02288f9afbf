package ctc.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.update.Change;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CustomerActionsTest {

  /** Contract §D2. */
  private static final Set<String> MY_ACTIONS =
      Set.of(
          "addAddress",
          "addBillingAddressId",
          "addShippingAddressId",
          "changeAddress",
          "changeEmail",
          "removeAddress",
          "removeBillingAddressId",
          "removeShippingAddressId",
          "setCompanyName",
          "setCustomField",
          "setCustomType",
          "setDateOfBirth",
          "setDefaultBillingAddress",
          "setDefaultShippingAddress",
          "setFirstName",
          "setLastName",
          "setLocale",
          "setMiddleName",
          "setSalutation",
          "setTitle",
          "setVatId");

  /** The message contract's §6: the actions without a message type. */
  private static final Set<String> SILENT =
      Set.of(
          "setMiddleName",
          "setSalutation",
          "setVatId",
          "setKey",
          "setCustomerNumber",
          "setLocale",
          "addStore",
          "removeStore",
          "setAuthenticationMode");

  /**
   * Every concrete action record, descending into sealed sub-interfaces such as AddressSelector.
   */
  private static List<Class<?>> actionRecords() {
    return leaves(CustomerUpdateAction.class).toList();
  }

  private static Stream<Class<?>> leaves(Class<?> type) {
    return type.isSealed()
        ? Arrays.stream(type.getPermittedSubclasses()).flatMap(CustomerActionsTest::leaves)
        : Stream.of(type);
  }

  static String nameOf(Class<?> type) {
    String simple = type.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  @Test
  void thereAre34ActionRecordsAndAllOfThemAreRecords() {
    assertThat(actionRecords()).hasSize(34).allMatch(Class::isRecord);
  }

  @Test
  void everyActionRecordIsRegisteredInAllExactlyOnce() {
    for (Class<?> type : actionRecords()) {
      long registrations =
          CustomerActions.ALL.names().stream()
              .filter(name -> CustomerActions.ALL.typeOf(name).orElseThrow().equals(type))
              .count();
      assertThat(registrations).as("registrations of %s", type.getSimpleName()).isEqualTo(1);
    }
  }

  @Test
  void allHas34NamesAnd34DistinctTypes() {
    assertThat(CustomerActions.ALL.names()).hasSize(34);
    assertThat(CustomerActions.ALL.types())
        .hasSize(34)
        .containsExactlyInAnyOrderElementsOf(actionRecords());
  }

  @Test
  void everyActionIsRegisteredUnderTheLowerCamelCaseNameOfItsRecord() {
    for (Class<?> type : actionRecords()) {
      assertThat(CustomerActions.ALL.typeOf(nameOf(type)))
          .as(nameOf(type))
          .contains(type.asSubclass(CustomerUpdateAction.class));
    }
  }

  @Test
  void myHasExactlyTheActionsOfContractSectionD2() {
    assertThat(CustomerActions.MY.names()).containsExactlyInAnyOrderElementsOf(MY_ACTIONS);
  }

  @Test
  void myIsASubsetOfAllWithTheSameRecordTypes() {
    assertThat(CustomerActions.ALL.names()).containsAll(CustomerActions.MY.names());
    for (String name : CustomerActions.MY.names()) {
      assertThat(CustomerActions.MY.typeOf(name)).isEqualTo(CustomerActions.ALL.typeOf(name));
    }
  }

  @Test
  void actionsOutsideMyAreUnknownThere() {
    assertThat(CustomerActions.MY.typeOf("setKey")).isEmpty();
    assertThat(CustomerActions.MY.typeOf("setStores")).isEmpty();
    assertThat(CustomerActions.MY.typeOf("setAuthenticationMode")).isEmpty();
  }

  @Test
  void theSampleActionsCoverEveryActionRecord() {
    assertThat(SampleActions.all().stream().map(Object::getClass).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(actionRecords());
  }

  @Test
  void everyChangingActionYieldsAMessageExceptTheOnesWithoutAMessageType() {
    Customer customer = SampleActions.customer();
    for (CustomerUpdateAction action : SampleActions.all()) {
      String name = nameOf(action.getClass());
      Customer after = CustomerActions.ALL.apply(customer, action, CustomerFixtures.context());
      assertThat(CustomerActions.ALL.message(new Change.Step<>(action, customer, after)))
          .as(name)
          .matches(message -> message.isPresent() != SILENT.contains(name));
    }
  }

  @Test
  void everySampleActionChangesTheSampleCustomer() {
    Customer customer = SampleActions.customer();
    for (CustomerUpdateAction action : SampleActions.all()) {
      assertThat(CustomerActions.ALL.apply(customer, action, CustomerFixtures.context()))
          .as(nameOf(action.getClass()))
          .isNotEqualTo(customer);
    }
  }

  @Test
  void noHandlerTouchesTheVersionOrTheModificationStamps() {
    Customer customer = SampleActions.customer();
    for (CustomerUpdateAction action : SampleActions.all()) {
      Customer next = CustomerActions.ALL.apply(customer, action, CustomerFixtures.context());
      assertThat(next.version()).as(nameOf(action.getClass())).isEqualTo(customer.version());
      assertThat(next.lastModifiedAt()).isEqualTo(customer.lastModifiedAt());
      assertThat(next.lastMessageSequenceNumber()).isEqualTo(customer.lastMessageSequenceNumber());
    }
  }
}
