package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.customer.CustomerFixtures.context;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.CustomerUpdateAction.SetAuthenticationMode;
import ctc.domain.customer.CustomerUpdateAction.SetCompanyName;
import ctc.domain.customer.CustomerUpdateAction.SetCustomerNumber;
import ctc.domain.customer.CustomerUpdateAction.SetDateOfBirth;
import ctc.domain.customer.CustomerUpdateAction.SetExternalId;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetKey;
import ctc.domain.customer.CustomerUpdateAction.SetLastName;
import ctc.domain.customer.CustomerUpdateAction.SetLocale;
import ctc.domain.customer.CustomerUpdateAction.SetMiddleName;
import ctc.domain.customer.CustomerUpdateAction.SetSalutation;
import ctc.domain.customer.CustomerUpdateAction.SetTitle;
import ctc.domain.customer.CustomerUpdateAction.SetVatId;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.update.Change;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedUpdater;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerFieldActionsTest {

  private static Customer apply(Customer customer, CustomerUpdateAction action) {
    return CustomerActions.ALL.apply(customer, action, context());
  }

  private static Customer update(Customer customer, CustomerUpdateAction... actions) {
    return VersionedUpdater.update(
            customer,
            new UpdateRequest<>(customer.version(), List.of(actions)),
            CustomerActions.ALL,
            context())
        .map(Change::after)
        .orElse(customer);
  }

  private static Customer externalAuth() {
    return aCustomer().toBuilder()
        .authenticationMode(AuthenticationMode.ExternalAuth)
        .password(null)
        .build();
  }

  // ---------------------------------------------------------------- changeEmail

  @Test
  void changeEmailSetsTheEmailAndMarksItUnverified() {
    Customer verified = aCustomer().toBuilder().isEmailVerified(true).build();

    Customer next = apply(verified, new ChangeEmail("new@example.com"));

    assertThat(next.email()).isEqualTo("new@example.com");
    assertThat(next.isEmailVerified()).isFalse();
  }

  @Test
  void changeEmailToTheCurrentEmailChangesNothing() {
    Customer verified = aCustomer().toBuilder().isEmailVerified(true).build();

    Customer next = update(verified, new ChangeEmail(verified.email()));

    assertThat(next).isSameAs(verified);
  }

  @Test
  void changeEmailKeepsTheCaseAsGiven() {
    Customer next = apply(aCustomer(), new ChangeEmail("Jane.DOE@Example.com"));

    assertThat(next.email()).isEqualTo("Jane.DOE@Example.com");
  }

  @Test
  void changeEmailThroughTheUpdaterBumpsTheVersionOnce() {
    Customer customer = aCustomer();

    Customer next = update(customer, new ChangeEmail("new@example.com"));

    assertThat(next.version()).isEqualTo(customer.version() + 1);
    assertThat(next.lastMessageSequenceNumber())
        .isEqualTo(customer.lastMessageSequenceNumber() + 1);
  }

  // ---------------------------------------------------------------- plain optional fields

  /**
   * Per action: the action setting a value, the same action unsetting it, the field's name and the
   * value.
   */
  static Stream<Arguments> optionalFields() {
    LocalDate date = LocalDate.of(2000, 1, 31);
    return Stream.of(
        Arguments.of(
            "setFirstName",
            new SetFirstName("value"),
            new SetFirstName(null),
            "firstName",
            "value"),
        Arguments.of(
            "setLastName", new SetLastName("value"), new SetLastName(null), "lastName", "value"),
        Arguments.of(
            "setMiddleName",
            new SetMiddleName("value"),
            new SetMiddleName(null),
            "middleName",
            "value"),
        Arguments.of("setTitle", new SetTitle("value"), new SetTitle(null), "title", "value"),
        Arguments.of(
            "setSalutation",
            new SetSalutation("value"),
            new SetSalutation(null),
            "salutation",
            "value"),
        Arguments.of(
            "setCompanyName",
            new SetCompanyName("value"),
            new SetCompanyName(null),
            "companyName",
            "value"),
        Arguments.of("setVatId", new SetVatId("value"), new SetVatId(null), "vatId", "value"),
        Arguments.of(
            "setExternalId",
            new SetExternalId("value"),
            new SetExternalId(null),
            "externalId",
            "value"),
        Arguments.of("setKey", new SetKey("value"), new SetKey(null), "key", "value"),
        Arguments.of("setLocale", new SetLocale("en-GB"), new SetLocale(null), "locale", "en-GB"),
        Arguments.of(
            "setDateOfBirth",
            new SetDateOfBirth(date),
            new SetDateOfBirth(null),
            "dateOfBirth",
            date));
  }

  private static Object read(Customer customer, String field) {
    try {
      return Customer.class.getMethod(field).invoke(customer);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0} sets {3}")
  @MethodSource("optionalFields")
  void aSetActionSetsItsField(
      String name,
      CustomerUpdateAction set,
      CustomerUpdateAction unset,
      String field,
      Object value) {
    Customer next = apply(aCustomer(), set);

    assertThat(read(next, field)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} without a value unsets {3}")
  @MethodSource("optionalFields")
  void aSetActionWithoutValueUnsetsItsField(
      String name,
      CustomerUpdateAction set,
      CustomerUpdateAction unset,
      String field,
      Object value) {
    Customer withValue = apply(aCustomer(), set);

    Customer next = apply(withValue, unset);

    assertThat(read(next, field)).isNull();
  }

  @ParameterizedTest(name = "{0} changes nothing but {3}")
  @MethodSource("optionalFields")
  void aSetActionChangesNothingButItsField(
      String name,
      CustomerUpdateAction set,
      CustomerUpdateAction unset,
      String field,
      Object value) {
    Customer customer = aCustomer();

    Customer next = apply(customer, set);

    assertThat(next).usingRecursiveComparison().ignoringFields(field).isEqualTo(customer);
  }

  @ParameterizedTest(name = "{0} through the updater bumps the version once")
  @MethodSource("optionalFields")
  void aSetActionThroughTheUpdaterBumpsTheVersionOnce(
      String name,
      CustomerUpdateAction set,
      CustomerUpdateAction unset,
      String field,
      Object value) {
    Customer customer = aCustomer();

    Customer next = update(customer, set);

    assertThat(next.version()).isEqualTo(2);
    assertThat(read(next, field)).isEqualTo(value);
    assertThat(next.lastModifiedAt()).isEqualTo(CustomerFixtures.NOW);
  }

  @Test
  void setFirstNameStoresTheGivenValue() {
    assertThat(apply(aCustomer(), new SetFirstName("Joan")).firstName()).isEqualTo("Joan");
  }

  @Test
  void setDateOfBirthStoresTheGivenDate() {
    assertThat(apply(aCustomer(), new SetDateOfBirth(LocalDate.of(1980, 2, 29))).dateOfBirth())
        .isEqualTo(LocalDate.of(1980, 2, 29));
  }

  @Test
  void settingTheCurrentValueAgainIsANoOpThatKeepsTheVersion() {
    Customer customer = aCustomer();

    Customer next =
        update(
            customer, new SetFirstName(customer.firstName()), new SetLastName(customer.lastName()));

    assertThat(next).isSameAs(customer);
  }

  // ---------------------------------------------------------------- setCustomerNumber

  @Test
  void setCustomerNumberSetsANumberThatWasNotSet() {
    assertThat(apply(aCustomer(), new SetCustomerNumber("C-1")).customerNumber()).isEqualTo("C-1");
  }

  @Test
  void setCustomerNumberCannotChangeANumberOnceSet() {
    Customer numbered = apply(aCustomer(), new SetCustomerNumber("C-1"));

    InvalidOperationError error =
        expectError(
            400, InvalidOperationError.class, () -> apply(numbered, new SetCustomerNumber("C-2")));

    assertThat(error.message())
        .isEqualTo("The customer number is already set and cannot be changed.");
  }

  @Test
  void setCustomerNumberCannotUnsetANumberOnceSet() {
    Customer numbered = apply(aCustomer(), new SetCustomerNumber("C-1"));

    expectError(
        400, InvalidOperationError.class, () -> apply(numbered, new SetCustomerNumber(null)));
  }

  @Test
  void setCustomerNumberToTheCurrentNumberChangesNothing() {
    Customer numbered = apply(aCustomer(), new SetCustomerNumber("C-1"));

    assertThat(apply(numbered, new SetCustomerNumber("C-1"))).isSameAs(numbered);
  }

  // ---------------------------------------------------------------- setLocale

  @Test
  void setLocaleAcceptsAWellFormedLanguageTag() {
    assertThat(apply(aCustomer(), new SetLocale("de-DE")).locale()).isEqualTo("de-DE");
  }

  @Test
  void setLocaleRejectsAMalformedLanguageTagAsInvalidInput() {
    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> apply(aCustomer(), new SetLocale("en_US")));

    assertThat(error.message()).contains("en_US");
  }

  @Test
  void setLocaleRejectsTheEmptyTag() {
    expectError(400, InvalidInputError.class, () -> apply(aCustomer(), new SetLocale("")));
  }

  @Test
  void setLocaleRejectsGarbage() {
    expectError(
        400, InvalidInputError.class, () -> apply(aCustomer(), new SetLocale("not a locale!")));
  }

  // ---------------------------------------------------------------- setAuthenticationMode

  @Test
  void switchingToExternalAuthRemovesThePassword() {
    Customer next =
        apply(aCustomer(), new SetAuthenticationMode(AuthenticationMode.ExternalAuth, null));

    assertThat(next.authenticationMode()).isEqualTo(AuthenticationMode.ExternalAuth);
    assertThat(next.password()).isNull();
  }

  @Test
  void switchingToExternalAuthIgnoresAGivenPassword() {
    Customer next =
        apply(aCustomer(), new SetAuthenticationMode(AuthenticationMode.ExternalAuth, "ignored"));

    assertThat(next.password()).isNull();
  }

  @Test
  void switchingToPasswordStoresThePasswordHashedWithTheInjectedHasher() {
    Customer next =
        apply(externalAuth(), new SetAuthenticationMode(AuthenticationMode.Password, "n3w-pass"));

    assertThat(next.authenticationMode()).isEqualTo(AuthenticationMode.Password);
    assertThat(next.password()).isEqualTo("hashed:ssap-w3n");
  }

  @Test
  void switchingToPasswordWithoutAPasswordIsAnInvalidOperation() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> apply(externalAuth(), new SetAuthenticationMode(AuthenticationMode.Password, null)));
  }

  @Test
  void switchingToPasswordWithAnEmptyPasswordIsInvalidInput() {
    expectError(
        400,
        InvalidInputError.class,
        () -> apply(externalAuth(), new SetAuthenticationMode(AuthenticationMode.Password, "")));
  }

  @Test
  void switchingToPasswordWithAPasswordOver1024CharactersIsInvalidInput() {
    expectError(
        400,
        InvalidInputError.class,
        () ->
            apply(
                externalAuth(),
                new SetAuthenticationMode(AuthenticationMode.Password, "x".repeat(1025))));
  }

  @Test
  void settingTheCurrentPasswordModeAgainIsInvalidInput() {
    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () ->
                apply(
                    aCustomer(),
                    new SetAuthenticationMode(AuthenticationMode.Password, "other123")));

    assertThat(error.message()).contains("Password");
  }

  @Test
  void settingTheCurrentExternalAuthModeAgainIsInvalidInput() {
    expectError(
        400,
        InvalidInputError.class,
        () ->
            apply(
                externalAuth(), new SetAuthenticationMode(AuthenticationMode.ExternalAuth, null)));
  }

  @Test
  void setAuthenticationModeBumpsTheVersionButProducesNoMessage() {
    Customer customer = aCustomer();

    Customer next =
        update(customer, new SetAuthenticationMode(AuthenticationMode.ExternalAuth, null));

    assertThat(next.version()).isEqualTo(customer.version() + 1);
    assertThat(next.lastMessageSequenceNumber()).isEqualTo(customer.lastMessageSequenceNumber());
  }
}
