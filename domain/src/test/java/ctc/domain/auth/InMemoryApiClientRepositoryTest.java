package ctc.domain.auth;

/** Runs the API client repository contract against the in-memory fake. */
class InMemoryApiClientRepositoryTest extends ApiClientRepositoryContract {

  private final InMemoryApiClientRepository clients = new InMemoryApiClientRepository();

  @Override
  protected ApiClientRepository clients() {
    return clients;
  }

  @Override
  protected ApiClientRepository emptyClients() {
    return new InMemoryApiClientRepository();
  }
}
