package ctc.domain.auth;

import java.util.Optional;

/**
 * Passes every call to another token repository; tests override the calls they want to observe (for
 * example, whether a write runs inside a unit of work).
 */
class ForwardingOAuthTokenRepository implements OAuthTokenRepository {

  private final OAuthTokenRepository delegate;

  ForwardingOAuthTokenRepository(OAuthTokenRepository delegate) {
    this.delegate = delegate;
  }

  @Override
  public void insert(OAuthToken token) {
    delegate.insert(token);
  }

  @Override
  public Optional<OAuthToken> findByDigest(String digest) {
    return delegate.findByDigest(digest);
  }

  @Override
  public void delete(String digest) {
    delegate.delete(digest);
  }

  @Override
  public void deleteByCustomer(String projectKey, String customerId) {
    delegate.deleteByCustomer(projectKey, customerId);
  }

  @Override
  public void deleteByCustomerExcept(String projectKey, String customerId, String keepDigest) {
    delegate.deleteByCustomerExcept(projectKey, customerId, keepDigest);
  }

  @Override
  public void deleteByClient(String clientId) {
    delegate.deleteByClient(clientId);
  }

  @Override
  public boolean reserveAnonymousId(String projectKey, String anonymousId) {
    return delegate.reserveAnonymousId(projectKey, anonymousId);
  }
}
