package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.PASSWORD;
import static ctc.domain.customer.CustomerFixtures.aDraft;
import static ctc.domain.customer.CustomerFixtures.draft;
import static ctc.domain.customer.CustomerFixtures.storeKey;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.MutableClock;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.common.TokenDigests;
import ctc.domain.customer.CredentialRequests.CustomerChangePassword;
import ctc.domain.customer.CredentialRequests.CustomerCreateEmailToken;
import ctc.domain.customer.CredentialRequests.CustomerCreatePasswordResetToken;
import ctc.domain.customer.CredentialRequests.CustomerEmailVerify;
import ctc.domain.customer.CredentialRequests.CustomerResetPassword;
import ctc.domain.customer.CredentialRequests.CustomerSignin;
import ctc.domain.customer.RecordingSessions.Revocation;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.ExpiredCustomerEmailTokenError;
import ctc.domain.error.ErrorObject.ExpiredCustomerPasswordTokenError;
import ctc.domain.error.ErrorObject.InvalidCredentialsError;
import ctc.domain.error.ErrorObject.InvalidCurrentPasswordError;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.ReferencedResourceNotFoundError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.domain.update.UpdateRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, password change and reset, and email verification (contract C1 rows 12–19, §G1, §G2,
 * §G4), over the in-memory fakes. The clock starts at {@link CustomerFixtures#NOW} plus some
 * nanoseconds, so every stored instant is {@code NOW} (or later, after {@link
 * MutableClock#advance}) truncated to milliseconds.
 */
class CustomerCredentialsTest {

  private static final String PROJECT_KEY = "p";
  private static final RequestScope PROJECT = RequestScope.project(PROJECT_KEY);
  private static final RequestScope S1 = new RequestScope(PROJECT_KEY, "s1");
  private static final RequestScope S2 = new RequestScope(PROJECT_KEY, "s2");
  private static final String EMAIL = "jane@example.com";
  private static final String NEW_PASSWORD = "n3w-Passw0rd";
  private static final int DEFAULT_TTL = 34_560;
  private static final int MAX_TTL = 43_200;
  private static final ClientLogging OTHER_ACTOR =
      new ClientLogging("other-client", false, null, null, null);
  private static final String INVALID_CREDENTIALS = "Account with the given credentials not found.";

  private final MutableClock clock = new MutableClock(NOW.plusNanos(456_789));
  private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();
  private final InMemoryCustomerTokenRepository tokens = new InMemoryCustomerTokenRepository();
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final RecordingSessions sessions = new RecordingSessions();
  private final PlainTestHasher hasher = new PlainTestHasher();
  private final SequentialIds ids = new SequentialIds();
  private final CustomerService service =
      new CustomerService(
          repository,
          transactions,
          new QueryParameters(new QueryLanguageParser()),
          clock,
          ids,
          hasher,
          new ShapeOnlyReferences());
  private final CustomerCredentials credentials = credentials(sessions);

  private CustomerCredentials credentials(CustomerSessions customerSessions) {
    return new CustomerCredentials(
        service, repository, tokens, customerSessions, transactions, hasher, ids, clock);
  }

  // ---------------------------------------------------------------- helpers

  private Customer create(String email) {
    return service.create(PROJECT, aDraft(email), ACTOR);
  }

  private Customer createInStore(String email, String store) {
    return service.create(
        PROJECT, draft().email(email).password(PASSWORD).stores(storeKey(store)).build(), ACTOR);
  }

  private Customer createExternalAuth(String email) {
    return service.create(
        PROJECT,
        draft().email(email).authenticationMode(AuthenticationMode.ExternalAuth).build(),
        ACTOR);
  }

  private Customer stored(Customer customer) {
    return repository.findById(PROJECT_KEY, customer.id()).orElseThrow();
  }

  private boolean hasPassword(Customer customer, String plain) {
    return hasher.verify(plain, stored(customer).password());
  }

  private static CustomerSignin signin(String email, String password) {
    return new CustomerSignin(email, password, null, null, null, null, null);
  }

  private static CustomerChangePassword change(Customer customer, String current, String next) {
    return new CustomerChangePassword(customer.id(), customer.version(), current, next);
  }

  private CustomerToken passwordToken(RequestScope scope, String email) {
    return credentials.createPasswordToken(
        scope, new CustomerCreatePasswordResetToken(email, null, null), ACTOR);
  }

  private CustomerToken passwordToken(String email, Integer ttl, Boolean invalidateOlder) {
    return credentials.createPasswordToken(
        PROJECT, new CustomerCreatePasswordResetToken(email, ttl, invalidateOlder), ACTOR);
  }

  private CustomerToken emailToken(RequestScope scope, Customer customer) {
    return credentials.createEmailToken(
        scope, new CustomerCreateEmailToken(customer.id(), null, 60, null), ACTOR);
  }

  private CustomerToken emailToken(Customer customer, Integer ttl, Boolean invalidateOlder) {
    return credentials.createEmailToken(
        PROJECT, new CustomerCreateEmailToken(customer.id(), null, ttl, invalidateOlder), ACTOR);
  }

  private Customer reset(String tokenValue) {
    return credentials.resetPassword(
        PROJECT, new CustomerResetPassword(tokenValue, NEW_PASSWORD, null), OTHER_ACTOR);
  }

  private Customer confirm(String tokenValue) {
    return credentials.confirmEmail(
        PROJECT, new CustomerEmailVerify(tokenValue, null), OTHER_ACTOR);
  }

  private static String ofLength(int length) {
    return "x".repeat(length);
  }

  // ---------------------------------------------------------------- signIn

  @Test
  void signInWithTheRightEmailAndPasswordReturnsTheCustomer() {
    Customer jane = create(EMAIL);

    assertThat(credentials.signIn(PROJECT, signin(EMAIL, PASSWORD))).isEqualTo(jane);
  }

  @Test
  void signInMatchesTheEmailCaseInsensitively() {
    Customer jane = create("Jane.Doe@Example.com");

    assertThat(credentials.signIn(PROJECT, signin("jane.doe@EXAMPLE.COM", PASSWORD)))
        .isEqualTo(jane);
  }

  @Test
  void signInWithAWrongPasswordIsInvalidCredentials() {
    create(EMAIL);

    InvalidCredentialsError error =
        expectError(
            400,
            InvalidCredentialsError.class,
            () -> credentials.signIn(PROJECT, signin(EMAIL, "wrong-password")));

    assertThat(error.message()).isEqualTo(INVALID_CREDENTIALS);
  }

  @Test
  void signInComparesThePasswordCaseSensitively() {
    create(EMAIL);

    expectError(
        400,
        InvalidCredentialsError.class,
        () -> credentials.signIn(PROJECT, signin(EMAIL, PASSWORD.toUpperCase())));
  }

  @Test
  void signInWithAnUnknownEmailIsInvalidCredentials() {
    create(EMAIL);

    InvalidCredentialsError error =
        expectError(
            400,
            InvalidCredentialsError.class,
            () -> credentials.signIn(PROJECT, signin("nobody@example.com", PASSWORD)));

    assertThat(error.message()).isEqualTo(INVALID_CREDENTIALS);
  }

  @Test
  void signInOfAnExternalAuthCustomerIsInvalidCredentials() {
    createExternalAuth(EMAIL);

    InvalidCredentialsError error =
        expectError(
            400,
            InvalidCredentialsError.class,
            () -> credentials.signIn(PROJECT, signin(EMAIL, PASSWORD)));

    assertThat(error.message()).isEqualTo(INVALID_CREDENTIALS);
  }

  @Test
  void signInOfAStoreCustomerAtProjectScopeIsInvalidCredentials() {
    createInStore(EMAIL, "s1");

    InvalidCredentialsError error =
        expectError(
            400,
            InvalidCredentialsError.class,
            () -> credentials.signIn(PROJECT, signin(EMAIL, PASSWORD)));

    assertThat(error.message()).isEqualTo(INVALID_CREDENTIALS);
  }

  @Test
  void signInOfAStoreCustomerInItsStoreReturnsTheCustomer() {
    Customer jane = createInStore(EMAIL, "s1");

    assertThat(credentials.signIn(S1, signin(EMAIL, PASSWORD))).isEqualTo(jane);
  }

  @Test
  void signInOfAGlobalCustomerInAStoreReturnsTheCustomer() {
    Customer jane = create(EMAIL);

    assertThat(credentials.signIn(S1, signin(EMAIL, PASSWORD))).isEqualTo(jane);
  }

  @Test
  void signInOfACustomerOfAnotherStoreIsInvalidCredentials() {
    createInStore(EMAIL, "s1");

    InvalidCredentialsError error =
        expectError(
            400,
            InvalidCredentialsError.class,
            () -> credentials.signIn(S2, signin(EMAIL, PASSWORD)));

    assertThat(error.message()).isEqualTo(INVALID_CREDENTIALS);
  }

  @Test
  void signInInAStoreFindsTheCustomerOfThatStoreAmongSameEmailCustomersOfOtherStores() {
    createInStore(EMAIL, "s1");
    Customer inS2 = createInStore(EMAIL, "s2");

    assertThat(credentials.signIn(S2, signin(EMAIL, PASSWORD))).isEqualTo(inS2);
  }

  @Test
  void signInWithAnAnonymousCartIsReferencedResourceNotFound() {
    create(EMAIL);
    CustomerSignin withCart =
        new CustomerSignin(
            EMAIL,
            PASSWORD,
            ResourceIdentifier.ofId(ResourceKind.CART, "cart-1"),
            null,
            null,
            null,
            null);

    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> credentials.signIn(PROJECT, withCart));

    assertThat(error.typeId()).isEqualTo("cart");
    assertThat(error.id()).isEqualTo("cart-1");
  }

  @Test
  void signInWithAnAnonymousCartIdIsReferencedResourceNotFound() {
    create(EMAIL);
    CustomerSignin withCartId =
        new CustomerSignin(EMAIL, PASSWORD, null, "cart-2", null, null, null);

    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> credentials.signIn(PROJECT, withCartId));

    assertThat(error.typeId()).isEqualTo("cart");
    assertThat(error.id()).isEqualTo("cart-2");
  }

  @Test
  void signInWithAnAnonymousCartAndAWrongPasswordIsInvalidCredentials() {
    create(EMAIL);
    CustomerSignin withCart =
        new CustomerSignin(
            EMAIL,
            "wrong-password",
            ResourceIdentifier.ofId(ResourceKind.CART, "cart-1"),
            null,
            null,
            null,
            null);

    expectError(400, InvalidCredentialsError.class, () -> credentials.signIn(PROJECT, withCart));
  }

  @Test
  void signInChangesNothing() {
    Customer jane = create(EMAIL);

    credentials.signIn(PROJECT, signin(EMAIL, PASSWORD));

    assertThat(stored(jane)).isEqualTo(jane);
    assertThat(sessions.revocations()).isEmpty();
  }

  // ---------------------------------------------------------------- changePassword

  @Test
  void changePasswordStoresTheNewPasswordInANewVersion() {
    Customer jane = create(EMAIL);

    Customer changed =
        credentials.changePassword(PROJECT, change(jane, PASSWORD, NEW_PASSWORD), OTHER_ACTOR);

    assertThat(changed.version()).isEqualTo(jane.version() + 1);
    assertThat(changed.lastMessageSequenceNumber()).isEqualTo(jane.lastMessageSequenceNumber() + 1);
    assertThat(stored(jane)).isEqualTo(changed);
    assertThat(hasPassword(jane, NEW_PASSWORD)).isTrue();
    assertThat(hasPassword(jane, PASSWORD)).isFalse();
  }

  @Test
  void changePasswordStampsTheModificationTimeAndActor() {
    Customer jane = create(EMAIL);
    clock.advance(Duration.ofMinutes(5));

    Customer changed =
        credentials.changePassword(PROJECT, change(jane, PASSWORD, NEW_PASSWORD), OTHER_ACTOR);

    assertThat(changed.lastModifiedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(changed.versionModifiedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(changed.lastModifiedBy()).isEqualTo(OTHER_ACTOR);
    assertThat(changed.createdAt()).isEqualTo(jane.createdAt());
  }

  @Test
  void afterChangePasswordOnlyTheNewPasswordSignsIn() {
    Customer jane = create(EMAIL);

    credentials.changePassword(PROJECT, change(jane, PASSWORD, NEW_PASSWORD), ACTOR);

    assertThat(credentials.signIn(PROJECT, signin(EMAIL, NEW_PASSWORD)).id()).isEqualTo(jane.id());
    expectError(
        400,
        InvalidCredentialsError.class,
        () -> credentials.signIn(PROJECT, signin(EMAIL, PASSWORD)));
  }

  @Test
  void changePasswordRevokesTheCustomersSessionsOnce() {
    Customer jane = create(EMAIL);

    credentials.changePassword(PROJECT, change(jane, PASSWORD, NEW_PASSWORD), ACTOR);

    assertThat(sessions.revocations()).containsExactly(new Revocation(PROJECT_KEY, jane.id()));
  }

  @Test
  void changePasswordRevokesTheSessionsWithinTheWriteTransaction() {
    Customer jane = create(EMAIL);
    List<Boolean> inTransaction = new ArrayList<>();
    CustomerCredentials observed =
        credentials((project, id) -> inTransaction.add(transactions.active()));

    observed.changePassword(PROJECT, change(jane, PASSWORD, NEW_PASSWORD), ACTOR);

    assertThat(inTransaction).containsExactly(true);
  }

  @Test
  void changePasswordOfAnUnknownIdIsNotFound() {
    CustomerChangePassword unknown =
        new CustomerChangePassword("no-such-id", 1L, PASSWORD, NEW_PASSWORD);

    ResourceNotFoundError error =
        expectError(
            404,
            ResourceNotFoundError.class,
            () -> credentials.changePassword(PROJECT, unknown, ACTOR));

    assertThat(error.message()).isEqualTo("The Resource with ID 'no-such-id' was not found.");
  }

  @Test
  void changePasswordOfACustomerOfAnotherStoreIsNotFound() {
    Customer jane = createInStore(EMAIL, "s1");

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.changePassword(S2, change(jane, PASSWORD, NEW_PASSWORD), ACTOR));
  }

  @Test
  void changePasswordWithAStaleVersionIsAConcurrentModificationAndChangesNothing() {
    Customer jane = create(EMAIL);
    CustomerChangePassword stale =
        new CustomerChangePassword(jane.id(), 7L, PASSWORD, NEW_PASSWORD);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () -> credentials.changePassword(PROJECT, stale, ACTOR));

    assertThat(error.currentVersion()).isEqualTo(1);
    assertThat(stored(jane)).isEqualTo(jane);
    assertThat(sessions.revocations()).isEmpty();
  }

  @Test
  void changePasswordChecksTheVersionBeforeTheCurrentPassword() {
    Customer jane = create(EMAIL);
    CustomerChangePassword staleAndWrong =
        new CustomerChangePassword(jane.id(), 7L, "wrong", NEW_PASSWORD);

    expectError(
        409,
        ConcurrentModificationError.class,
        () -> credentials.changePassword(PROJECT, staleAndWrong, ACTOR));
  }

  @Test
  void changePasswordWithAWrongCurrentPasswordIsInvalidCurrentPasswordAndChangesNothing() {
    Customer jane = create(EMAIL);

    InvalidCurrentPasswordError error =
        expectError(
            400,
            InvalidCurrentPasswordError.class,
            () ->
                credentials.changePassword(
                    PROJECT, change(jane, "wrong-password", NEW_PASSWORD), ACTOR));

    assertThat(error.message()).isEqualTo("The given current password does not match.");
    assertThat(stored(jane)).isEqualTo(jane);
    assertThat(sessions.revocations()).isEmpty();
  }

  @Test
  void changePasswordToAnEmptyPasswordIsInvalidInput() {
    Customer jane = create(EMAIL);

    expectError(
        400,
        InvalidInputError.class,
        () -> credentials.changePassword(PROJECT, change(jane, PASSWORD, ""), ACTOR));

    assertThat(stored(jane)).isEqualTo(jane);
    assertThat(sessions.revocations()).isEmpty();
  }

  @Test
  void changePasswordToAPasswordOf1025CharactersIsInvalidInput() {
    Customer jane = create(EMAIL);

    expectError(
        400,
        InvalidInputError.class,
        () -> credentials.changePassword(PROJECT, change(jane, PASSWORD, ofLength(1025)), ACTOR));

    assertThat(stored(jane)).isEqualTo(jane);
  }

  @Test
  void changePasswordAcceptsPasswordsOfOneAnd1024Characters() {
    Customer jane = create(EMAIL);

    Customer shortest =
        credentials.changePassword(PROJECT, change(jane, PASSWORD, ofLength(1)), ACTOR);
    credentials.changePassword(PROJECT, change(shortest, ofLength(1), ofLength(1024)), ACTOR);

    assertThat(hasPassword(jane, ofLength(1024))).isTrue();
  }

  @Test
  void changePasswordOfAnExternalAuthCustomerIsInvalidCurrentPassword() {
    Customer external = createExternalAuth(EMAIL);

    expectError(
        400,
        InvalidCurrentPasswordError.class,
        () -> credentials.changePassword(PROJECT, change(external, PASSWORD, NEW_PASSWORD), ACTOR));

    assertThat(stored(external)).isEqualTo(external);
  }

  // ---------------------------------------------------------------- createPasswordToken

  @Test
  void createPasswordTokenReturnsATokenWithTheDefaultLifetime() {
    Customer jane = create(EMAIL);

    CustomerToken token = passwordToken(PROJECT, EMAIL);

    assertThat(token.id()).isNotBlank();
    assertThat(token.value()).isNotBlank();
    assertThat(token.customerId()).isEqualTo(jane.id());
    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(DEFAULT_TTL)));
    assertThat(token.createdAt()).isEqualTo(NOW);
    assertThat(token.lastModifiedAt()).isEqualTo(NOW);
    assertThat(token.invalidateOlderTokens()).isFalse();
    assertThat(token.createdBy()).isEqualTo(ACTOR);
    assertThat(token.lastModifiedBy()).isEqualTo(ACTOR);
  }

  @Test
  void createPasswordTokenGivesEveryTokenANewValueAndId() {
    create(EMAIL);

    CustomerToken first = passwordToken(PROJECT, EMAIL);
    CustomerToken second = passwordToken(PROJECT, EMAIL);

    assertThat(second.value()).isNotEqualTo(first.value());
    assertThat(second.id()).isNotEqualTo(first.id());
  }

  @Test
  void createPasswordTokenMatchesTheEmailCaseInsensitively() {
    Customer jane = create("Jane.Doe@Example.com");

    assertThat(passwordToken(PROJECT, "JANE.DOE@example.com").customerId()).isEqualTo(jane.id());
  }

  @Test
  void createPasswordTokenKeepsOnlyTheDigestOfTheValue() {
    create(EMAIL);

    CustomerToken token = passwordToken(PROJECT, EMAIL);

    assertThat(tokens.all())
        .singleElement()
        .satisfies(
            stored -> {
              assertThat(stored.valueDigest()).isEqualTo(TokenDigests.sha256(token.value()));
              assertThat(stored.kind()).isEqualTo(TokenKind.PASSWORD);
              assertThat(stored.projectKey()).isEqualTo(PROJECT_KEY);
              assertThat(
                      Stream.of(
                          stored.id(),
                          stored.projectKey(),
                          stored.customerId(),
                          stored.valueDigest()))
                  .noneMatch(field -> field.contains(token.value()));
            });
  }

  @Test
  void createPasswordTokenChangesNotTheCustomer() {
    Customer jane = create(EMAIL);

    passwordToken(PROJECT, EMAIL);

    assertThat(stored(jane)).isEqualTo(jane);
  }

  @Test
  void createPasswordTokenWithATtlOfZeroIsInvalidInputAndStoresNothing() {
    create(EMAIL);

    expectError(400, InvalidInputError.class, () -> passwordToken(EMAIL, 0, null));

    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void createPasswordTokenWithATtlAboveTheMaximumIsInvalidInput() {
    create(EMAIL);

    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> passwordToken(EMAIL, MAX_TTL + 1, null));

    assertThat(error.message()).contains("ttlMinutes");
    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void createPasswordTokenWithATtlOfOneMinuteExpiresAMinuteLater() {
    create(EMAIL);

    assertThat(passwordToken(EMAIL, 1, null).expiresAt())
        .isEqualTo(NOW.plus(Duration.ofMinutes(1)));
  }

  @Test
  void createPasswordTokenWithTheMaximumTtlExpiresThatLater() {
    create(EMAIL);

    assertThat(passwordToken(EMAIL, MAX_TTL, null).expiresAt())
        .isEqualTo(NOW.plus(Duration.ofMinutes(MAX_TTL)));
  }

  @Test
  void createPasswordTokenForAnUnknownEmailIsNotFound() {
    create(EMAIL);

    expectError(
        404, ResourceNotFoundError.class, () -> passwordToken(PROJECT, "nobody@example.com"));

    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void createPasswordTokenForAStoreCustomerAtProjectScopeIsNotFound() {
    createInStore(EMAIL, "s1");

    expectError(404, ResourceNotFoundError.class, () -> passwordToken(PROJECT, EMAIL));
  }

  @Test
  void createPasswordTokenForAStoreCustomerInItsStoreReturnsAToken() {
    Customer jane = createInStore(EMAIL, "s1");

    assertThat(passwordToken(S1, EMAIL).customerId()).isEqualTo(jane.id());
  }

  @Test
  void createPasswordTokenForAGlobalCustomerInAStoreReturnsAToken() {
    Customer jane = create(EMAIL);

    assertThat(passwordToken(S1, EMAIL).customerId()).isEqualTo(jane.id());
  }

  @Test
  void createPasswordTokenForACustomerOfAnotherStoreIsNotFound() {
    createInStore(EMAIL, "s1");

    expectError(404, ResourceNotFoundError.class, () -> passwordToken(S2, EMAIL));
  }

  @Test
  void createPasswordTokenLeavesOlderTokensValid() {
    Customer jane = create(EMAIL);
    CustomerToken older = passwordToken(PROJECT, EMAIL);

    passwordToken(EMAIL, null, false);

    assertThat(credentials.customerOfPasswordToken(PROJECT, older.value()).id())
        .isEqualTo(jane.id());
  }

  @Test
  void createPasswordTokenWithInvalidateOlderTokensEndsTheOlderPasswordTokens() {
    Customer jane = create(EMAIL);
    CustomerToken older = passwordToken(PROJECT, EMAIL);
    CustomerToken alsoOlder = passwordToken(PROJECT, EMAIL);

    CustomerToken newer = passwordToken(EMAIL, null, true);

    assertThat(newer.invalidateOlderTokens()).isTrue();
    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfPasswordToken(PROJECT, older.value()));
    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfPasswordToken(PROJECT, alsoOlder.value()));
    assertThat(credentials.customerOfPasswordToken(PROJECT, newer.value()).id())
        .isEqualTo(jane.id());
  }

  @Test
  void createPasswordTokenWithInvalidateOlderTokensLeavesEmailTokensValid() {
    Customer jane = create(EMAIL);
    CustomerToken email = emailToken(PROJECT, jane);

    passwordToken(EMAIL, null, true);

    assertThat(credentials.customerOfEmailToken(PROJECT, email.value()).id()).isEqualTo(jane.id());
  }

  // ---------------------------------------------------------------- customerOfPasswordToken

  @Test
  void customerOfPasswordTokenReturnsTheCustomer() {
    Customer jane = create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);

    assertThat(credentials.customerOfPasswordToken(PROJECT, token.value())).isEqualTo(jane);
  }

  @Test
  void customerOfAnUnknownPasswordTokenIsNotFound() {
    create(EMAIL);
    passwordToken(PROJECT, EMAIL);

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfPasswordToken(PROJECT, "no-such-token"));
  }

  @Test
  void customerOfAPasswordTokenAtItsExpiryIsExpiredCustomerPasswordToken() {
    create(EMAIL);
    CustomerToken token = passwordToken(EMAIL, 10, null);
    clock.advance(Duration.ofMinutes(10));

    ExpiredCustomerPasswordTokenError error =
        expectError(
            400,
            ExpiredCustomerPasswordTokenError.class,
            () -> credentials.customerOfPasswordToken(PROJECT, token.value()));

    assertThat(error.message()).isEqualTo("The given password token has expired.");
  }

  @Test
  void customerOfAPasswordTokenPastItsExpiryIsExpiredCustomerPasswordToken() {
    create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);
    clock.advance(Duration.ofMinutes(DEFAULT_TTL).plusDays(1));

    expectError(
        400,
        ExpiredCustomerPasswordTokenError.class,
        () -> credentials.customerOfPasswordToken(PROJECT, token.value()));
  }

  @Test
  void customerOfAPasswordTokenOneMillisecondBeforeItsExpiryReturnsTheCustomer() {
    Customer jane = create(EMAIL);
    CustomerToken token = passwordToken(EMAIL, 10, null);
    clock.advance(Duration.ofMinutes(10).minusMillis(1));

    assertThat(credentials.customerOfPasswordToken(PROJECT, token.value())).isEqualTo(jane);
  }

  @Test
  void anEmailTokenIsNotAPasswordToken() {
    Customer jane = create(EMAIL);
    CustomerToken email = emailToken(PROJECT, jane);

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfPasswordToken(PROJECT, email.value()));
  }

  @Test
  void aPasswordTokenIsNotFoundInAnotherProject() {
    create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfPasswordToken(RequestScope.project("other"), token.value()));
  }

  @Test
  void aStoreCustomersPasswordTokenIsNotFoundThroughAnotherStore() {
    createInStore(EMAIL, "s1");
    CustomerToken token = passwordToken(S1, EMAIL);

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfPasswordToken(S2, token.value()));
  }

  @Test
  void aStoreCustomersPasswordTokenIsFoundThroughItsStore() {
    Customer jane = createInStore(EMAIL, "s1");
    CustomerToken token = passwordToken(S1, EMAIL);

    assertThat(credentials.customerOfPasswordToken(S1, token.value())).isEqualTo(jane);
  }

  // ---------------------------------------------------------------- resetPassword

  @Test
  void resetPasswordStoresTheNewPasswordInANewVersion() {
    Customer jane = create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);

    Customer reset = reset(token.value());

    assertThat(reset.version()).isEqualTo(jane.version() + 1);
    assertThat(reset.lastMessageSequenceNumber()).isEqualTo(jane.lastMessageSequenceNumber() + 1);
    assertThat(reset.lastModifiedBy()).isEqualTo(OTHER_ACTOR);
    assertThat(stored(jane)).isEqualTo(reset);
    assertThat(hasPassword(jane, NEW_PASSWORD)).isTrue();
    assertThat(hasPassword(jane, PASSWORD)).isFalse();
  }

  @Test
  void resetPasswordEndsEveryPasswordTokenOfTheCustomer() {
    create(EMAIL);
    CustomerToken used = passwordToken(PROJECT, EMAIL);
    CustomerToken other = passwordToken(PROJECT, EMAIL);

    reset(used.value());

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfPasswordToken(PROJECT, used.value()));
    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfPasswordToken(PROJECT, other.value()));
  }

  @Test
  void resetPasswordLeavesTheCustomersEmailTokensValid() {
    Customer jane = create(EMAIL);
    CustomerToken email = emailToken(PROJECT, jane);
    CustomerToken password = passwordToken(PROJECT, EMAIL);

    reset(password.value());

    assertThat(credentials.customerOfEmailToken(PROJECT, email.value()).id()).isEqualTo(jane.id());
  }

  @Test
  void resetPasswordLeavesOtherCustomersPasswordTokensValid() {
    create(EMAIL);
    Customer john = create("john@example.com");
    CustomerToken janes = passwordToken(PROJECT, EMAIL);
    CustomerToken johns = passwordToken(PROJECT, "john@example.com");

    reset(janes.value());

    assertThat(credentials.customerOfPasswordToken(PROJECT, johns.value())).isEqualTo(john);
  }

  @Test
  void resetPasswordRevokesTheCustomersSessions() {
    Customer jane = create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);

    reset(token.value());

    assertThat(sessions.revocations()).containsExactly(new Revocation(PROJECT_KEY, jane.id()));
  }

  @Test
  void resetPasswordRevokesTheSessionsWithinTheWriteTransaction() {
    create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);
    List<Boolean> inTransaction = new ArrayList<>();
    CustomerCredentials observed =
        credentials((project, id) -> inTransaction.add(transactions.active()));

    observed.resetPassword(
        PROJECT, new CustomerResetPassword(token.value(), NEW_PASSWORD, null), ACTOR);

    assertThat(inTransaction).containsExactly(true);
  }

  @Test
  void aPasswordTokenCanBeUsedOnlyOnce() {
    create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);
    reset(token.value());

    expectError(404, ResourceNotFoundError.class, () -> reset(token.value()));
  }

  @Test
  void resetPasswordWithTheCurrentVersionSucceeds() {
    Customer jane = create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);

    Customer reset =
        credentials.resetPassword(
            PROJECT, new CustomerResetPassword(token.value(), NEW_PASSWORD, jane.version()), ACTOR);

    assertThat(reset.version()).isEqualTo(jane.version() + 1);
  }

  @Test
  void resetPasswordWithAStaleVersionIsAConcurrentModificationAndKeepsTheToken() {
    Customer jane = create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () ->
                credentials.resetPassword(
                    PROJECT, new CustomerResetPassword(token.value(), NEW_PASSWORD, 9L), ACTOR));

    assertThat(error.currentVersion()).isEqualTo(1);
    assertThat(stored(jane)).isEqualTo(jane);
    assertThat(sessions.revocations()).isEmpty();
    assertThat(reset(token.value()).version()).isEqualTo(2);
  }

  @Test
  void resetPasswordToAnInvalidPasswordIsInvalidInputAndKeepsTheToken() {
    Customer jane = create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);

    expectError(
        400,
        InvalidInputError.class,
        () ->
            credentials.resetPassword(
                PROJECT, new CustomerResetPassword(token.value(), "", null), ACTOR));

    assertThat(stored(jane)).isEqualTo(jane);
    assertThat(reset(token.value()).version()).isEqualTo(2);
  }

  @Test
  void resetPasswordWithAnExpiredTokenIsExpiredCustomerPasswordTokenAndChangesNothing() {
    Customer jane = create(EMAIL);
    CustomerToken token = passwordToken(EMAIL, 1, null);
    clock.advance(Duration.ofMinutes(1));

    expectError(400, ExpiredCustomerPasswordTokenError.class, () -> reset(token.value()));

    assertThat(stored(jane)).isEqualTo(jane);
    assertThat(sessions.revocations()).isEmpty();
  }

  @Test
  void resetPasswordWithAnUnknownTokenIsNotFound() {
    create(EMAIL);

    expectError(404, ResourceNotFoundError.class, () -> reset("no-such-token"));
  }

  @Test
  void resetPasswordWithAnEmailTokenIsNotFound() {
    Customer jane = create(EMAIL);
    CustomerToken email = emailToken(PROJECT, jane);

    expectError(404, ResourceNotFoundError.class, () -> reset(email.value()));

    assertThat(stored(jane)).isEqualTo(jane);
  }

  @Test
  void resetPasswordOfAStoreCustomerThroughAnotherStoreIsNotFoundAndChangesNothing() {
    Customer jane = createInStore(EMAIL, "s1");
    CustomerToken token = passwordToken(S1, EMAIL);

    expectError(
        404,
        ResourceNotFoundError.class,
        () ->
            credentials.resetPassword(
                S2, new CustomerResetPassword(token.value(), NEW_PASSWORD, null), ACTOR));

    assertThat(stored(jane)).isEqualTo(jane);
    assertThat(credentials.customerOfPasswordToken(S1, token.value())).isEqualTo(jane);
  }

  // ---------------------------------------------------------------- createEmailToken

  @Test
  void createEmailTokenReturnsATokenExpiringAfterTheTtl() {
    Customer jane = create(EMAIL);

    CustomerToken token = emailToken(jane, 4320, null);

    assertThat(token.value()).isNotBlank();
    assertThat(token.customerId()).isEqualTo(jane.id());
    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4320)));
    assertThat(token.createdAt()).isEqualTo(NOW);
    assertThat(token.lastModifiedAt()).isEqualTo(NOW);
    assertThat(token.invalidateOlderTokens()).isFalse();
  }

  @Test
  void createEmailTokenKeepsOnlyTheDigestOfTheValue() {
    Customer jane = create(EMAIL);

    CustomerToken token = emailToken(PROJECT, jane);

    assertThat(tokens.all())
        .singleElement()
        .satisfies(
            stored -> {
              assertThat(stored.valueDigest()).isEqualTo(TokenDigests.sha256(token.value()));
              assertThat(stored.kind()).isEqualTo(TokenKind.EMAIL);
              assertThat(stored.valueDigest()).doesNotContain(token.value());
            });
  }

  @Test
  void createEmailTokenWithoutTtlIsInvalidJsonInput() {
    Customer jane = create(EMAIL);

    InvalidJsonInputError error =
        expectError(
            400,
            InvalidJsonInputError.class,
            () -> new CustomerCreateEmailToken(jane.id(), null, null, null));

    assertThat(error.detailedErrorMessage()).contains("ttlMinutes");
  }

  @Test
  void createEmailTokenWithATtlOfZeroIsInvalidInput() {
    Customer jane = create(EMAIL);

    expectError(400, InvalidInputError.class, () -> emailToken(jane, 0, null));

    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void createEmailTokenWithATtlAboveTheMaximumIsInvalidInput() {
    Customer jane = create(EMAIL);

    expectError(400, InvalidInputError.class, () -> emailToken(jane, MAX_TTL + 1, null));

    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void createEmailTokenAcceptsTheSmallestAndLargestTtl() {
    Customer jane = create(EMAIL);

    assertThat(emailToken(jane, 1, null).expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
    assertThat(emailToken(jane, MAX_TTL, null).expiresAt())
        .isEqualTo(NOW.plus(Duration.ofMinutes(MAX_TTL)));
  }

  @Test
  void createEmailTokenWithTheCurrentVersionSucceeds() {
    Customer jane = create(EMAIL);

    CustomerToken token =
        credentials.createEmailToken(
            PROJECT, new CustomerCreateEmailToken(jane.id(), jane.version(), 60, null), ACTOR);

    assertThat(token.customerId()).isEqualTo(jane.id());
  }

  @Test
  void createEmailTokenWithAStaleVersionIsAConcurrentModification() {
    Customer jane = create(EMAIL);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () ->
                credentials.createEmailToken(
                    PROJECT, new CustomerCreateEmailToken(jane.id(), 5L, 60, null), ACTOR));

    assertThat(error.currentVersion()).isEqualTo(1);
    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void createEmailTokenForAnUnknownIdIsNotFound() {
    ResourceNotFoundError error =
        expectError(
            404,
            ResourceNotFoundError.class,
            () ->
                credentials.createEmailToken(
                    PROJECT, new CustomerCreateEmailToken("no-such-id", null, 60, null), ACTOR));

    assertThat(error.message()).isEqualTo("The Resource with ID 'no-such-id' was not found.");
  }

  @Test
  void createEmailTokenForACustomerOfAnotherStoreIsNotFound() {
    Customer jane = createInStore(EMAIL, "s1");

    expectError(404, ResourceNotFoundError.class, () -> emailToken(S2, jane));
  }

  @Test
  void createEmailTokenChangesNotTheCustomer() {
    Customer jane = create(EMAIL);

    emailToken(PROJECT, jane);

    assertThat(stored(jane)).isEqualTo(jane);
  }

  @Test
  void createEmailTokenLeavesOlderTokensValid() {
    Customer jane = create(EMAIL);
    CustomerToken older = emailToken(PROJECT, jane);

    emailToken(jane, 60, false);

    assertThat(credentials.customerOfEmailToken(PROJECT, older.value())).isEqualTo(jane);
  }

  @Test
  void createEmailTokenWithInvalidateOlderTokensEndsTheOlderEmailTokens() {
    Customer jane = create(EMAIL);
    CustomerToken older = emailToken(PROJECT, jane);
    CustomerToken password = passwordToken(PROJECT, EMAIL);

    CustomerToken newer = emailToken(jane, 60, true);

    assertThat(newer.invalidateOlderTokens()).isTrue();
    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfEmailToken(PROJECT, older.value()));
    assertThat(credentials.customerOfEmailToken(PROJECT, newer.value())).isEqualTo(jane);
    assertThat(credentials.customerOfPasswordToken(PROJECT, password.value())).isEqualTo(jane);
  }

  // ---------------------------------------------------------------- customerOfEmailToken

  @Test
  void customerOfEmailTokenReturnsTheCustomer() {
    Customer jane = create(EMAIL);
    CustomerToken token = emailToken(PROJECT, jane);

    assertThat(credentials.customerOfEmailToken(PROJECT, token.value())).isEqualTo(jane);
  }

  @Test
  void customerOfAnUnknownEmailTokenIsNotFound() {
    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfEmailToken(PROJECT, "no-such-token"));
  }

  @Test
  void customerOfAnEmailTokenAtItsExpiryIsExpiredCustomerEmailToken() {
    Customer jane = create(EMAIL);
    CustomerToken token = emailToken(jane, 30, null);
    clock.advance(Duration.ofMinutes(30));

    ExpiredCustomerEmailTokenError error =
        expectError(
            400,
            ExpiredCustomerEmailTokenError.class,
            () -> credentials.customerOfEmailToken(PROJECT, token.value()));

    assertThat(error.message()).isEqualTo("The given email token has expired.");
  }

  @Test
  void aPasswordTokenIsNotAnEmailToken() {
    create(EMAIL);
    CustomerToken password = passwordToken(PROJECT, EMAIL);

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfEmailToken(PROJECT, password.value()));
  }

  @Test
  void aStoreCustomersEmailTokenIsNotFoundThroughAnotherStore() {
    Customer jane = createInStore(EMAIL, "s1");
    CustomerToken token = emailToken(S1, jane);

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfEmailToken(S2, token.value()));
  }

  // ---------------------------------------------------------------- confirmEmail

  @Test
  void confirmEmailMarksTheEmailVerifiedInANewVersion() {
    Customer jane = create(EMAIL);
    CustomerToken token = emailToken(PROJECT, jane);
    clock.advance(Duration.ofSeconds(3));

    Customer confirmed = confirm(token.value());

    assertThat(confirmed.isEmailVerified()).isTrue();
    assertThat(confirmed.version()).isEqualTo(jane.version() + 1);
    assertThat(confirmed.lastMessageSequenceNumber())
        .isEqualTo(jane.lastMessageSequenceNumber() + 1);
    assertThat(confirmed.lastModifiedAt()).isEqualTo(NOW.plusSeconds(3));
    assertThat(confirmed.lastModifiedBy()).isEqualTo(OTHER_ACTOR);
    assertThat(stored(jane)).isEqualTo(confirmed);
  }

  @Test
  void confirmEmailEndsEveryEmailTokenOfTheCustomer() {
    Customer jane = create(EMAIL);
    CustomerToken used = emailToken(PROJECT, jane);
    CustomerToken other = emailToken(PROJECT, jane);

    confirm(used.value());

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfEmailToken(PROJECT, used.value()));
    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.customerOfEmailToken(PROJECT, other.value()));
  }

  @Test
  void confirmEmailLeavesThePasswordTokensValid() {
    Customer jane = create(EMAIL);
    CustomerToken email = emailToken(PROJECT, jane);
    CustomerToken password = passwordToken(PROJECT, EMAIL);

    confirm(email.value());

    assertThat(credentials.customerOfPasswordToken(PROJECT, password.value()).id())
        .isEqualTo(jane.id());
  }

  @Test
  void confirmEmailLeavesTheSessionsAlone() {
    Customer jane = create(EMAIL);
    CustomerToken token = emailToken(PROJECT, jane);

    confirm(token.value());

    assertThat(sessions.revocations()).isEmpty();
  }

  @Test
  void anEmailTokenCanBeUsedOnlyOnce() {
    Customer jane = create(EMAIL);
    CustomerToken token = emailToken(PROJECT, jane);
    confirm(token.value());

    expectError(404, ResourceNotFoundError.class, () -> confirm(token.value()));
  }

  @Test
  void confirmEmailWithAnExpiredTokenIsExpiredCustomerEmailTokenAndChangesNothing() {
    Customer jane = create(EMAIL);
    CustomerToken token = emailToken(jane, 1, null);
    clock.advance(Duration.ofMinutes(2));

    expectError(400, ExpiredCustomerEmailTokenError.class, () -> confirm(token.value()));

    assertThat(stored(jane)).isEqualTo(jane);
  }

  @Test
  void confirmEmailWithTheCurrentVersionSucceeds() {
    Customer jane = create(EMAIL);
    CustomerToken token = emailToken(PROJECT, jane);

    Customer confirmed =
        credentials.confirmEmail(
            PROJECT, new CustomerEmailVerify(token.value(), jane.version()), ACTOR);

    assertThat(confirmed.isEmailVerified()).isTrue();
  }

  @Test
  void confirmEmailWithAStaleVersionIsAConcurrentModificationAndKeepsTheToken() {
    Customer jane = create(EMAIL);
    CustomerToken token = emailToken(PROJECT, jane);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () ->
                credentials.confirmEmail(
                    PROJECT, new CustomerEmailVerify(token.value(), 4L), ACTOR));

    assertThat(error.currentVersion()).isEqualTo(1);
    assertThat(stored(jane).isEmailVerified()).isFalse();
    assertThat(confirm(token.value()).isEmailVerified()).isTrue();
  }

  @Test
  void confirmEmailWithAnUnknownTokenIsNotFound() {
    expectError(404, ResourceNotFoundError.class, () -> confirm("no-such-token"));
  }

  @Test
  void confirmEmailWithAPasswordTokenIsNotFound() {
    Customer jane = create(EMAIL);
    CustomerToken password = passwordToken(PROJECT, EMAIL);

    expectError(404, ResourceNotFoundError.class, () -> confirm(password.value()));

    assertThat(stored(jane)).isEqualTo(jane);
  }

  @Test
  void confirmEmailOfAStoreCustomerThroughAnotherStoreIsNotFound() {
    Customer jane = createInStore(EMAIL, "s1");
    CustomerToken token = emailToken(S1, jane);

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> credentials.confirmEmail(S2, new CustomerEmailVerify(token.value(), null), ACTOR));

    assertThat(stored(jane)).isEqualTo(jane);
    assertThat(credentials.customerOfEmailToken(S1, token.value())).isEqualTo(jane);
  }

  // ---------------------------------------------------------------- ExternalAuth, check order,
  // store secrecy

  @Test
  void anExternalAuthCustomerGetsNoPasswordToken() {
    createExternalAuth(EMAIL);

    expectError(400, InvalidOperationError.class, () -> passwordToken(PROJECT, EMAIL));
  }

  @Test
  void aResetCannotGiveAnExternalAuthCustomerAPassword() {
    Customer jane = create(EMAIL);
    CustomerToken token = passwordToken(PROJECT, EMAIL);
    Customer external =
        service.update(
            PROJECT,
            new ResourceRef.ById(jane.id()),
            () ->
                new UpdateRequest<>(
                    1,
                    List.of(
                        new CustomerUpdateAction.SetAuthenticationMode(
                            AuthenticationMode.ExternalAuth, null))),
            ACTOR);

    expectError(400, InvalidOperationError.class, () -> reset(token.value()));

    assertThat(stored(jane)).isEqualTo(external);
    expectError(
        400,
        InvalidCredentialsError.class,
        () -> credentials.signIn(PROJECT, signin(EMAIL, NEW_PASSWORD)));
  }

  @Test
  void anEmailTokenForAnUnknownCustomerIs404EvenWithABadTtl() {
    expectError(
        404,
        ResourceNotFoundError.class,
        () ->
            credentials.createEmailToken(
                PROJECT, new CustomerCreateEmailToken("nobody", null, 0, null), ACTOR));
  }

  @Test
  void anEmailTokenWithAStaleVersionIs409EvenWithABadTtl() {
    Customer jane = create(EMAIL);

    expectError(
        409,
        ConcurrentModificationError.class,
        () ->
            credentials.createEmailToken(
                PROJECT, new CustomerCreateEmailToken(jane.id(), 7L, 0, null), ACTOR));
  }

  @Test
  void anExpiredTokenOfAnotherStoresCustomerIsNotFoundAndNamesNoCustomer() {
    Customer jane = createInStore(EMAIL, "s1");
    CustomerToken token = emailToken(S1, jane);
    clock.advance(Duration.ofDays(1));

    ResourceNotFoundError error =
        expectError(
            404,
            ResourceNotFoundError.class,
            () -> credentials.customerOfEmailToken(S2, token.value()));

    assertThat(error.message()).doesNotContain(jane.id());
  }

  @Test
  void signInVerifiesOnePasswordWhetherOrNotTheEmailIsKnown() {
    AtomicInteger verifications = new AtomicInteger();
    PasswordHasher counting =
        new PasswordHasher() {
          @Override
          public String hash(String plainPassword) {
            return hasher.hash(plainPassword);
          }

          @Override
          public boolean verify(String plainPassword, String hash) {
            verifications.incrementAndGet();
            return hasher.verify(plainPassword, hash);
          }
        };
    CustomerCredentials timed =
        new CustomerCredentials(
            service, repository, tokens, sessions, transactions, counting, ids, clock);
    create(EMAIL);
    createExternalAuth("external@example.com");

    expectError(
        400,
        InvalidCredentialsError.class,
        () -> timed.signIn(PROJECT, signin("nobody@example.com", "x")));
    expectError(
        400, InvalidCredentialsError.class, () -> timed.signIn(PROJECT, signin(EMAIL, "wrong")));
    expectError(
        400,
        InvalidCredentialsError.class,
        () -> timed.signIn(PROJECT, signin("external@example.com", "x")));

    assertThat(verifications).hasValue(3);
  }
}
