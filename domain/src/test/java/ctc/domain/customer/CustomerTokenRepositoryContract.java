package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.update.Saves.insert;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.TokenDigests;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CustomerTokenRepository} must do; each adapter's test extends this class with
 * two factories.
 *
 * <p>Tokens reference their customer (a foreign key in SQL), so every test first stores its
 * customers through {@link #customers()}. Every test works in a project of its own ({@code "p-" +
 * UUID}) with random UUID ids and digests of random values, so implementations need no cleanup
 * between tests and may share one database.
 */
public abstract class CustomerTokenRepositoryContract {

  /** Both instants at millisecond precision, as stored. */
  protected static final Instant CREATED = Instant.parse("2024-06-07T08:09:10.123Z");

  protected static final Instant EXPIRES = Instant.parse("2024-07-01T00:00:00.987Z");

  /** The token repository under test; called once per test, it may return a shared instance. */
  protected abstract CustomerTokenRepository tokens();

  /**
   * Where the tokens' customers are stored; called once per test, it may return a shared instance.
   */
  protected abstract CustomerRepository customers();

  protected static String newProject() {
    return "p-" + UUID.randomUUID();
  }

  /** Stores a fresh customer (random id) with this email in the project and returns it. */
  protected static Customer storedCustomer(
      CustomerRepository customers, String project, String email) {
    Customer customer = aCustomer().toBuilder().email(email).build();
    insert(customers, project, customer);
    return customer;
  }

  /** A token of the customer with a random id and the digest of a random value. */
  protected static StoredToken token(String project, Customer customer, TokenKind kind) {
    return new StoredToken(
        UUID.randomUUID().toString(),
        project,
        customer.id(),
        kind,
        TokenDigests.sha256(UUID.randomUUID().toString()),
        EXPIRES,
        CREATED,
        false);
  }

  // ---------------------------------------------------------------- insert and find

  @Test
  void anInsertedTokenIsFoundByItsDigestWithEveryFieldPreserved() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    StoredToken token =
        new StoredToken(
            UUID.randomUUID().toString(),
            project,
            customer.id(),
            TokenKind.PASSWORD,
            TokenDigests.sha256("some-token-value"),
            EXPIRES,
            CREATED,
            true);

    tokens.insert(token);

    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, token.valueDigest()))
        .contains(token);
  }

  @Test
  void aTokenWithoutInvalidateOlderTokensKeepsItFalse() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    StoredToken token = token(project, customer, TokenKind.EMAIL);

    tokens.insert(token);

    assertThat(tokens.findByDigest(project, TokenKind.EMAIL, token.valueDigest())).contains(token);
  }

  @Test
  void anUnknownDigestIsNotFound() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    tokens.insert(token(project, customer, TokenKind.PASSWORD));

    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, TokenDigests.sha256("unknown")))
        .isEmpty();
  }

  @Test
  void aTokenIsNotFoundUnderAnotherProject() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    StoredToken token = token(project, customer, TokenKind.PASSWORD);
    tokens.insert(token);

    assertThat(tokens.findByDigest(newProject(), TokenKind.PASSWORD, token.valueDigest()))
        .isEmpty();
  }

  @Test
  void aPasswordTokenIsNotFoundAsAnEmailToken() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    StoredToken token = token(project, customer, TokenKind.PASSWORD);
    tokens.insert(token);

    assertThat(tokens.findByDigest(project, TokenKind.EMAIL, token.valueDigest())).isEmpty();
  }

  @Test
  void anEmailTokenIsNotFoundAsAPasswordToken() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    StoredToken token = token(project, customer, TokenKind.EMAIL);
    tokens.insert(token);

    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, token.valueDigest())).isEmpty();
  }

  // ---------------------------------------------------------------- delete

  @Test
  void deleteRemovesTheTokenAndAnswersTrueOnceThenFalse() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    StoredToken token = token(project, customer, TokenKind.PASSWORD);
    tokens.insert(token);

    boolean first = tokens.delete(token.id());
    boolean second = tokens.delete(token.id());

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, token.valueDigest())).isEmpty();
  }

  @Test
  void deleteOfAnUnknownIdAnswersFalse() {
    assertThat(tokens().delete(UUID.randomUUID().toString())).isFalse();
  }

  @Test
  void deleteLeavesTheCustomersOtherTokensAlone() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    StoredToken deleted = token(project, customer, TokenKind.PASSWORD);
    StoredToken kept = token(project, customer, TokenKind.PASSWORD);
    tokens.insert(deleted);
    tokens.insert(kept);

    tokens.delete(deleted.id());

    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, kept.valueDigest())).contains(kept);
  }

  // ---------------------------------------------------------------- deleteAll

  @Test
  void deleteAllRemovesEveryTokenOfThatKindOfTheCustomer() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    StoredToken first = token(project, customer, TokenKind.PASSWORD);
    StoredToken second = token(project, customer, TokenKind.PASSWORD);
    tokens.insert(first);
    tokens.insert(second);

    tokens.deleteAll(customer.id(), TokenKind.PASSWORD);

    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, first.valueDigest())).isEmpty();
    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, second.valueDigest())).isEmpty();
    assertThat(tokens.delete(first.id())).isFalse();
  }

  @Test
  void deleteAllLeavesTheOtherKindAlone() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");
    StoredToken password = token(project, customer, TokenKind.PASSWORD);
    StoredToken email = token(project, customer, TokenKind.EMAIL);
    tokens.insert(password);
    tokens.insert(email);

    tokens.deleteAll(customer.id(), TokenKind.PASSWORD);

    assertThat(tokens.findByDigest(project, TokenKind.EMAIL, email.valueDigest())).contains(email);
  }

  @Test
  void deleteAllLeavesOtherCustomersTokensAlone() {
    CustomerTokenRepository tokens = tokens();
    CustomerRepository customers = customers();
    String project = newProject();
    Customer jane = storedCustomer(customers, project, "jane@example.com");
    Customer john = storedCustomer(customers, project, "john@example.com");
    StoredToken janes = token(project, jane, TokenKind.PASSWORD);
    StoredToken johns = token(project, john, TokenKind.PASSWORD);
    tokens.insert(janes);
    tokens.insert(johns);

    tokens.deleteAll(jane.id(), TokenKind.PASSWORD);

    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, janes.valueDigest())).isEmpty();
    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, johns.valueDigest()))
        .contains(johns);
  }

  @Test
  void deleteAllOfACustomerWithoutTokensDoesNothing() {
    CustomerTokenRepository tokens = tokens();
    String project = newProject();
    Customer customer = storedCustomer(customers(), project, "jane@example.com");

    tokens.deleteAll(customer.id(), TokenKind.EMAIL);

    assertThat(tokens.findByDigest(project, TokenKind.EMAIL, TokenDigests.sha256("anything")))
        .isEmpty();
  }
}
