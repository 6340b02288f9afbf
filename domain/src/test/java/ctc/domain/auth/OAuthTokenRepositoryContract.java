package ctc.domain.auth;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.update.Saves.insert;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.TokenDigests;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OAuthTokenRepository} must do; each adapter's test extends this class with
 * three factories.
 *
 * <p>Tokens reference their client and, for password-flow tokens, their customer (foreign keys in
 * SQL), so every test first stores those through {@link #clients()} and {@link #customers()}. Every
 * test works in a project of its own ({@code "p-" + UUID}) with random ids and digests of random
 * values, so implementations need no cleanup between tests and may share one database.
 */
public abstract class OAuthTokenRepositoryContract {

  /** Both instants at millisecond precision, as stored. */
  protected static final Instant CREATED = Instant.parse("2024-06-07T08:09:10.123Z");

  protected static final Instant EXPIRES = Instant.parse("2024-06-09T08:09:10.987Z");

  /** The token repository under test; called once per test, it may return a shared instance. */
  protected abstract OAuthTokenRepository tokens();

  /**
   * Where the tokens' clients are stored; called once per test, it may return a shared instance.
   */
  protected abstract ApiClientRepository clients();

  /**
   * Where the tokens' customers are stored; called once per test, it may return a shared instance.
   */
  protected abstract CustomerRepository customers();

  protected static String newProject() {
    return "p-" + UUID.randomUUID();
  }

  protected static String randomDigest() {
    return TokenDigests.sha256(UUID.randomUUID().toString());
  }

  /** Stores a fresh client (random id) of the project and returns it. */
  protected static ApiClient storedClient(ApiClientRepository clients, String project) {
    ApiClient client =
        new ApiClient(
            "c-" + UUID.randomUUID(),
            project,
            "client",
            "hash",
            List.of("manage_project:" + project),
            null,
            null,
            CREATED);
    clients.insert(client);
    return client;
  }

  /** Stores a fresh customer (random id, an email of its own) in the project and returns it. */
  protected static Customer storedCustomer(CustomerRepository customers, String project) {
    Customer customer = aCustomer().toBuilder().email(UUID.randomUUID() + "@example.com").build();
    insert(customers, project, customer);
    return customer;
  }

  /**
   * A client-credentials access token of the client: no customer, no anonymous id, no refresh
   * token.
   */
  protected static OAuthToken clientToken(ApiClient client) {
    return new OAuthToken(
        randomDigest(),
        OAuthToken.Kind.ACCESS,
        client.id(),
        client.projectKey(),
        client.scopes(),
        null,
        null,
        null,
        EXPIRES,
        CREATED);
  }

  /** A password-flow refresh token of the customer. */
  protected static OAuthToken refreshToken(ApiClient client, Customer customer) {
    return new OAuthToken(
        randomDigest(),
        OAuthToken.Kind.REFRESH,
        client.id(),
        client.projectKey(),
        customerScopes(client, customer),
        customer.id(),
        null,
        null,
        EXPIRES.plusSeconds(86_400),
        CREATED);
  }

  /**
   * A password-flow access token of the customer, minted from the refresh token (null for none).
   */
  protected static OAuthToken accessToken(ApiClient client, Customer customer, OAuthToken refresh) {
    return new OAuthToken(
        randomDigest(),
        OAuthToken.Kind.ACCESS,
        client.id(),
        client.projectKey(),
        customerScopes(client, customer),
        customer.id(),
        null,
        refresh == null ? null : refresh.digest(),
        EXPIRES,
        CREATED);
  }

  private static List<String> customerScopes(ApiClient client, Customer customer) {
    return List.of("manage_my_profile:" + client.projectKey(), "customer_id:" + customer.id());
  }

  // ---------------------------------------------------------------- insert and find

  @Test
  void anAccessTokenIsFoundByItsDigestWithEveryFieldPreserved() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken token =
        new OAuthToken(
            randomDigest(),
            OAuthToken.Kind.ACCESS,
            client.id(),
            project,
            List.of(
                "manage_customers:" + project,
                "view_customers:" + project + ":berlin",
                "customer_id:" + customer.id()),
            customer.id(),
            null,
            randomDigest(),
            Instant.parse("2024-06-09T08:09:10.001Z"),
            Instant.parse("2024-06-07T08:09:10.999Z"));

    tokens.insert(token);

    assertThat(tokens.findByDigest(token.digest())).contains(token);
  }

  @Test
  void aRefreshTokenIsFoundWithItsKindAndWithoutARefreshDigest() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken token = refreshToken(client, customer);

    tokens.insert(token);

    OAuthToken found = tokens.findByDigest(token.digest()).orElseThrow();
    assertThat(found.kind()).isEqualTo(OAuthToken.Kind.REFRESH);
    assertThat(found.refreshDigest()).isNull();
    assertThat(found).isEqualTo(token);
  }

  @Test
  void aClientCredentialsTokenKeepsCustomerAnonymousIdAndRefreshDigestNull() {
    OAuthTokenRepository tokens = tokens();
    ApiClient client = storedClient(clients(), newProject());
    OAuthToken token = clientToken(client);

    tokens.insert(token);

    OAuthToken found = tokens.findByDigest(token.digest()).orElseThrow();
    assertThat(found.customerId()).isNull();
    assertThat(found.anonymousId()).isNull();
    assertThat(found.refreshDigest()).isNull();
    assertThat(found).isEqualTo(token);
  }

  @Test
  void anAnonymousTokenKeepsItsAnonymousId() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    String anonymousId = "anon-" + UUID.randomUUID();
    OAuthToken token =
        new OAuthToken(
            randomDigest(),
            OAuthToken.Kind.ACCESS,
            client.id(),
            project,
            List.of("create_anonymous_token:" + project, "anonymous_id:" + anonymousId),
            null,
            anonymousId,
            randomDigest(),
            EXPIRES,
            CREATED);

    tokens.insert(token);

    assertThat(tokens.findByDigest(token.digest())).contains(token);
  }

  /** New keys begin with the issue time ({@link OAuthTokenKeys}): 75 characters. */
  @Test
  void aStampedKeyAndRefreshKeyAreKeptInFull() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    OAuthToken token =
        new OAuthToken(
            "18c12345678" + randomDigest(),
            OAuthToken.Kind.ACCESS,
            client.id(),
            project,
            client.scopes(),
            null,
            null,
            "18c12345677" + randomDigest(),
            EXPIRES,
            CREATED);

    tokens.insert(token);

    assertThat(tokens.findByDigest(token.digest())).contains(token);
    assertThat(tokens.findByDigest(token.digest().substring(11))).isEmpty();
  }

  @Test
  void anUnknownDigestIsNotFound() {
    OAuthTokenRepository tokens = tokens();
    tokens.insert(clientToken(storedClient(clients(), newProject())));

    assertThat(tokens.findByDigest(randomDigest())).isEmpty();
  }

  // ---------------------------------------------------------------- delete

  @Test
  void deleteRemovesTheToken() {
    OAuthTokenRepository tokens = tokens();
    OAuthToken token = clientToken(storedClient(clients(), newProject()));
    tokens.insert(token);

    tokens.delete(token.digest());

    assertThat(tokens.findByDigest(token.digest())).isEmpty();
  }

  @Test
  void deleteOfARefreshTokenRemovesTheAccessTokensMintedFromIt() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken refresh = refreshToken(client, customer);
    OAuthToken first = accessToken(client, customer, refresh);
    OAuthToken second = accessToken(client, customer, refresh);
    tokens.insert(refresh);
    tokens.insert(first);
    tokens.insert(second);

    tokens.delete(refresh.digest());

    assertThat(tokens.findByDigest(refresh.digest())).isEmpty();
    assertThat(tokens.findByDigest(first.digest())).isEmpty();
    assertThat(tokens.findByDigest(second.digest())).isEmpty();
  }

  @Test
  void deleteOfARefreshTokenLeavesUnrelatedTokensAlone() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken deleted = refreshToken(client, customer);
    OAuthToken otherRefresh = refreshToken(client, customer);
    OAuthToken fromOtherRefresh = accessToken(client, customer, otherRefresh);
    OAuthToken withoutRefresh = accessToken(client, customer, null);
    OAuthToken clientCredentials = clientToken(client);
    tokens.insert(deleted);
    tokens.insert(accessToken(client, customer, deleted));
    tokens.insert(otherRefresh);
    tokens.insert(fromOtherRefresh);
    tokens.insert(withoutRefresh);
    tokens.insert(clientCredentials);

    tokens.delete(deleted.digest());

    assertThat(tokens.findByDigest(otherRefresh.digest())).contains(otherRefresh);
    assertThat(tokens.findByDigest(fromOtherRefresh.digest())).contains(fromOtherRefresh);
    assertThat(tokens.findByDigest(withoutRefresh.digest())).contains(withoutRefresh);
    assertThat(tokens.findByDigest(clientCredentials.digest())).contains(clientCredentials);
  }

  @Test
  void deleteOfAnAccessTokenLeavesItsRefreshTokenAndSiblingsAlone() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken refresh = refreshToken(client, customer);
    OAuthToken deleted = accessToken(client, customer, refresh);
    OAuthToken sibling = accessToken(client, customer, refresh);
    tokens.insert(refresh);
    tokens.insert(deleted);
    tokens.insert(sibling);

    tokens.delete(deleted.digest());

    assertThat(tokens.findByDigest(deleted.digest())).isEmpty();
    assertThat(tokens.findByDigest(refresh.digest())).contains(refresh);
    assertThat(tokens.findByDigest(sibling.digest())).contains(sibling);
  }

  @Test
  void deleteOfAnUnknownDigestLeavesEveryTokenAlone() {
    OAuthTokenRepository tokens = tokens();
    OAuthToken token = clientToken(storedClient(clients(), newProject()));
    tokens.insert(token);

    tokens.delete(randomDigest());

    assertThat(tokens.findByDigest(token.digest())).contains(token);
  }

  // ---------------------------------------------------------------- deleteByCustomer

  @Test
  void deleteByCustomerRemovesEveryAccessAndRefreshTokenOfTheCustomer() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    ApiClient otherClient = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken refresh = refreshToken(client, customer);
    OAuthToken access = accessToken(client, customer, refresh);
    OAuthToken viaOtherClient = accessToken(otherClient, customer, null);
    tokens.insert(refresh);
    tokens.insert(access);
    tokens.insert(viaOtherClient);

    tokens.deleteByCustomer(project, customer.id());

    assertThat(tokens.findByDigest(refresh.digest())).isEmpty();
    assertThat(tokens.findByDigest(access.digest())).isEmpty();
    assertThat(tokens.findByDigest(viaOtherClient.digest())).isEmpty();
  }

  @Test
  void deleteByCustomerLeavesOtherCustomersAndClientCredentialsTokensAlone() {
    OAuthTokenRepository tokens = tokens();
    CustomerRepository customers = customers();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer jane = storedCustomer(customers, project);
    Customer john = storedCustomer(customers, project);
    OAuthToken johnsRefresh = refreshToken(client, john);
    OAuthToken johnsAccess = accessToken(client, john, johnsRefresh);
    OAuthToken clientCredentials = clientToken(client);
    tokens.insert(accessToken(client, jane, null));
    tokens.insert(johnsRefresh);
    tokens.insert(johnsAccess);
    tokens.insert(clientCredentials);

    tokens.deleteByCustomer(project, jane.id());

    assertThat(tokens.findByDigest(johnsRefresh.digest())).contains(johnsRefresh);
    assertThat(tokens.findByDigest(johnsAccess.digest())).contains(johnsAccess);
    assertThat(tokens.findByDigest(clientCredentials.digest())).contains(clientCredentials);
  }

  @Test
  void deleteByCustomerExceptKeepsOnlyThatToken() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken kept = accessToken(client, customer, null);
    OAuthToken other = accessToken(client, customer, null);
    tokens.insert(kept);
    tokens.insert(other);

    tokens.deleteByCustomerExcept(project, customer.id(), kept.digest());

    assertThat(tokens.findByDigest(kept.digest())).contains(kept);
    assertThat(tokens.findByDigest(other.digest())).isEmpty();
  }

  @Test
  void deleteByCustomerUnderAnotherProjectRemovesNothing() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken token = accessToken(client, customer, null);
    tokens.insert(token);

    tokens.deleteByCustomer(newProject(), customer.id());

    assertThat(tokens.findByDigest(token.digest())).contains(token);
  }

  // ---------------------------------------------------------------- deleteByClient

  @Test
  void deleteByClientRemovesEveryTokenOfTheClient() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken clientCredentials = clientToken(client);
    OAuthToken refresh = refreshToken(client, customer);
    OAuthToken access = accessToken(client, customer, refresh);
    tokens.insert(clientCredentials);
    tokens.insert(refresh);
    tokens.insert(access);

    tokens.deleteByClient(client.id());

    assertThat(tokens.findByDigest(clientCredentials.digest())).isEmpty();
    assertThat(tokens.findByDigest(refresh.digest())).isEmpty();
    assertThat(tokens.findByDigest(access.digest())).isEmpty();
  }

  @Test
  void deleteByClientLeavesOtherClientsTokensAlone() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    ApiClient other = storedClient(clients(), project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken othersToken = clientToken(other);
    OAuthToken othersCustomerToken = accessToken(other, customer, null);
    tokens.insert(clientToken(client));
    tokens.insert(accessToken(client, customer, null));
    tokens.insert(othersToken);
    tokens.insert(othersCustomerToken);

    tokens.deleteByClient(client.id());

    assertThat(tokens.findByDigest(othersToken.digest())).contains(othersToken);
    assertThat(tokens.findByDigest(othersCustomerToken.digest())).contains(othersCustomerToken);
  }

  // ---------------------------------------------------------------- reserveAnonymousId

  @Test
  void anAnonymousIdIsReservedTheFirstTimeOnly() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();
    String anonymousId = UUID.randomUUID().toString();

    boolean first = tokens.reserveAnonymousId(project, anonymousId);
    boolean second = tokens.reserveAnonymousId(project, anonymousId);

    assertThat(first).isTrue();
    assertThat(second).isFalse();
  }

  @Test
  void theSameAnonymousIdCanBeReservedOnceInAnotherProject() {
    OAuthTokenRepository tokens = tokens();
    String anonymousId = UUID.randomUUID().toString();
    String other = newProject();
    tokens.reserveAnonymousId(newProject(), anonymousId);

    boolean first = tokens.reserveAnonymousId(other, anonymousId);
    boolean second = tokens.reserveAnonymousId(other, anonymousId);

    assertThat(first).isTrue();
    assertThat(second).isFalse();
  }

  @Test
  void differentAnonymousIdsOfOneProjectAreEachReserved() {
    OAuthTokenRepository tokens = tokens();
    String project = newProject();

    assertThat(tokens.reserveAnonymousId(project, UUID.randomUUID().toString())).isTrue();
    assertThat(tokens.reserveAnonymousId(project, UUID.randomUUID().toString())).isTrue();
  }
}
