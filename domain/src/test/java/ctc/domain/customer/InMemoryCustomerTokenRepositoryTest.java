package ctc.domain.customer;

/**
 * Runs the token repository contract against the in-memory fake. The cascade on customer deletion
 * is an SQL matter and is tested in the persistence module only.
 */
class InMemoryCustomerTokenRepositoryTest extends CustomerTokenRepositoryContract {

  private final InMemoryCustomerTokenRepository tokens = new InMemoryCustomerTokenRepository();
  private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();

  @Override
  protected CustomerTokenRepository tokens() {
    return tokens;
  }

  @Override
  protected CustomerRepository customers() {
    return customers;
  }
}
