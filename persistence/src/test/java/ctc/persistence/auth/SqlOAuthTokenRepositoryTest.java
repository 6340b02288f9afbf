package ctc.persistence.auth;

import static ctc.domain.update.Saves.delete;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.auth.ApiClient;
import ctc.domain.auth.ApiClientRepository;
import ctc.domain.auth.OAuthToken;
import ctc.domain.auth.OAuthTokenRepository;
import ctc.domain.auth.OAuthTokenRepositoryContract;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerRepository;
import ctc.persistence.customer.JdbiCustomerRepository;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The OAuth token repository contract over SQL, plus what only the SQL schema does: tokens
 * reference their client and their customer with ON DELETE CASCADE. Each database's test class
 * supplies the Jdbi.
 */
abstract class SqlOAuthTokenRepositoryTest extends OAuthTokenRepositoryContract {

  protected abstract Jdbi jdbi();

  @Override
  protected OAuthTokenRepository tokens() {
    return new JdbiOAuthTokenRepository(jdbi());
  }

  @Override
  protected ApiClientRepository clients() {
    return new JdbiApiClientRepository(jdbi());
  }

  @Override
  protected CustomerRepository customers() {
    return new JdbiCustomerRepository(jdbi());
  }

  @Test
  void deletingTheClientDeletesItsTokens() {
    OAuthTokenRepository tokens = tokens();
    ApiClientRepository clients = clients();
    String project = newProject();
    ApiClient client = storedClient(clients, project);
    Customer customer = storedCustomer(customers(), project);
    OAuthToken clientCredentials = clientToken(client);
    OAuthToken refresh = refreshToken(client, customer);
    OAuthToken access = accessToken(client, customer, refresh);
    tokens.insert(clientCredentials);
    tokens.insert(refresh);
    tokens.insert(access);

    clients.delete(project, client.id());

    assertThat(tokens.findByDigest(clientCredentials.digest())).isEmpty();
    assertThat(tokens.findByDigest(refresh.digest())).isEmpty();
    assertThat(tokens.findByDigest(access.digest())).isEmpty();
  }

  @Test
  void deletingAClientLeavesOtherClientsTokensAlone() {
    OAuthTokenRepository tokens = tokens();
    ApiClientRepository clients = clients();
    String project = newProject();
    ApiClient deleted = storedClient(clients, project);
    ApiClient kept = storedClient(clients, project);
    OAuthToken keptToken = clientToken(kept);
    tokens.insert(clientToken(deleted));
    tokens.insert(keptToken);

    clients.delete(project, deleted.id());

    assertThat(tokens.findByDigest(keptToken.digest())).contains(keptToken);
  }

  @Test
  void deletingTheCustomerDeletesItsTokens() {
    OAuthTokenRepository tokens = tokens();
    CustomerRepository customers = customers();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer customer = storedCustomer(customers, project);
    OAuthToken refresh = refreshToken(client, customer);
    OAuthToken access = accessToken(client, customer, refresh);
    tokens.insert(refresh);
    tokens.insert(access);

    delete(customers, project, customer);

    assertThat(tokens.findByDigest(refresh.digest())).isEmpty();
    assertThat(tokens.findByDigest(access.digest())).isEmpty();
  }

  @Test
  void deletingACustomerLeavesOtherCustomersAndClientCredentialsTokensAlone() {
    OAuthTokenRepository tokens = tokens();
    CustomerRepository customers = customers();
    String project = newProject();
    ApiClient client = storedClient(clients(), project);
    Customer jane = storedCustomer(customers, project);
    Customer john = storedCustomer(customers, project);
    OAuthToken johns = accessToken(client, john, null);
    OAuthToken clientCredentials = clientToken(client);
    tokens.insert(accessToken(client, jane, null));
    tokens.insert(johns);
    tokens.insert(clientCredentials);

    delete(customers, project, jane);

    assertThat(tokens.findByDigest(johns.digest())).contains(johns);
    assertThat(tokens.findByDigest(clientCredentials.digest())).contains(clientCredentials);
  }
}
