package ctc.domain.customer;

/** Runs the repository contract against the in-memory fake. */
class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {

  @Override
  protected CustomerRepository repository() {
    return new InMemoryCustomerRepository();
  }
}
