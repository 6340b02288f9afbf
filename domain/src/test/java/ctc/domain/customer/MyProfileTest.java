package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.MutableClock;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.customer.CredentialRequests.CustomerCreateEmailToken;
import ctc.domain.customer.CredentialRequests.CustomerCreatePasswordResetToken;
import ctc.domain.customer.MyRequests.MyCustomerDraft;
import ctc.domain.customer.MyRequests.MyCustomerEmailVerify;
import ctc.domain.customer.MyRequests.MyCustomerResetPassword;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The /me use cases: the acting customer comes only from the caller, and tokens must be the
 * customer's own.
 */
class MyProfileTest {

  private static final RequestScope PROJECT = RequestScope.project("p");

  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();
  private final SequentialIds ids = new SequentialIds();
  private final PlainTestHasher hasher = new PlainTestHasher();
  private final CustomerService customers =
      new CustomerService(
          repository,
          new InMemoryTransactions(),
          new QueryParameters(new QueryLanguageParser()),
          clock,
          ids,
          hasher,
          new ShapeOnlyReferences());
  private final CustomerCredentials credentials =
      new CustomerCredentials(
          customers,
          repository,
          new InMemoryCustomerTokenRepository(),
          new RecordingSessions(),
          new InMemoryTransactions(),
          hasher,
          ids,
          clock);
  private final MyProfile profile = new MyProfile(customers, credentials);

  private Customer signUp(String email) {
    return profile.signUp(
        PROJECT,
        new MyCustomerDraft(
            email, "pw", "Ann", null, null, null, null, null, null, null, null, null, null, null,
            null, null),
        ACTOR);
  }

  private static QueryParameters.Raw where(String... predicates) {
    return new QueryParameters.Raw(List.of(predicates), Map.of(), List.of(), null, null, null);
  }

  @Test
  void signUpMakesAPasswordCustomerFromTheMyFieldsOnly() {
    Customer ann = signUp("ann@example.com");

    assertThat(ann.authenticationMode()).isEqualTo(AuthenticationMode.Password);
    assertThat(ann.key()).isNull();
    assertThat(ann.isEmailVerified()).isFalse();
    assertThat(ann.firstName()).isEqualTo("Ann");
  }

  @Test
  void aMyCustomerDraftNeedsEmailAndPassword() {
    expectError(
        400,
        InvalidJsonInputError.class,
        () ->
            new MyCustomerDraft(
                "a@b.c", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null));
  }

  @Test
  void meAnswersTheCustomerWhenItMatchesTheWherePredicate() {
    Customer ann = signUp("ann@example.com");

    assertThat(profile.me(PROJECT, ann.id(), where())).isEqualTo(ann);
    assertThat(profile.me(PROJECT, ann.id(), where("firstName = \"Ann\""))).isEqualTo(ann);
    expectError(
        404,
        ResourceNotFoundError.class,
        () -> profile.me(PROJECT, ann.id(), where("firstName = \"Bob\"")));
  }

  @Test
  void anotherCustomersPasswordTokenIsNotFoundForMe() {
    Customer ann = signUp("ann@example.com");
    signUp("bob@example.com");
    String bobs =
        credentials
            .createPasswordToken(
                PROJECT, new CustomerCreatePasswordResetToken("bob@example.com", null, null), ACTOR)
            .value();

    expectError(
        404,
        ResourceNotFoundError.class,
        () ->
            profile.resetPassword(
                PROJECT, ann.id(), new MyCustomerResetPassword(bobs, "hijack"), ACTOR));
    assertThat(credentials.customerOfPasswordToken(PROJECT, bobs).email())
        .isEqualTo("bob@example.com");
  }

  @Test
  void anotherCustomersEmailTokenIsNotFoundForMe() {
    Customer ann = signUp("ann@example.com");
    Customer bob = signUp("bob@example.com");
    String bobs =
        credentials
            .createEmailToken(
                PROJECT, new CustomerCreateEmailToken(bob.id(), null, 60, null), ACTOR)
            .value();

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> profile.confirmEmail(PROJECT, ann.id(), new MyCustomerEmailVerify(bobs), ACTOR));
    assertThat(
            profile
                .confirmEmail(PROJECT, bob.id(), new MyCustomerEmailVerify(bobs), ACTOR)
                .isEmailVerified())
        .isTrue();
  }
}
