package ctc.domain.auth;

import ctc.domain.customer.CustomerRepository;
import ctc.domain.customer.InMemoryCustomerRepository;

/**
 * Runs the OAuth token repository contract against the in-memory fake. The cascades on client and
 * customer deletion are an SQL matter and are tested in the persistence module only.
 */
class InMemoryOAuthTokenRepositoryTest extends OAuthTokenRepositoryContract {

  private final InMemoryOAuthTokenRepository tokens = new InMemoryOAuthTokenRepository();
  private final InMemoryApiClientRepository clients = new InMemoryApiClientRepository();
  private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();

  @Override
  protected OAuthTokenRepository tokens() {
    return tokens;
  }

  @Override
  protected ApiClientRepository clients() {
    return clients;
  }

  @Override
  protected CustomerRepository customers() {
    return customers;
  }
}
