package ctc.domain.auth;

import java.util.Optional;

/** Storage of access and refresh tokens by digest; also the reserved anonymous ids. */
public interface OAuthTokenRepository {

  void insert(OAuthToken token);

  Optional<OAuthToken> findByDigest(String digest);

  /** Removes the token and, for a refresh token, the access tokens minted from it. */
  void delete(String digest);

  void deleteByCustomer(String projectKey, String customerId);

  /**
   * As {@link #deleteByCustomer}, except the token of {@code keepDigest} (a facade's password
   * change keeps the requesting session).
   */
  void deleteByCustomerExcept(String projectKey, String customerId, String keepDigest);

  void deleteByClient(String clientId);

  /** Reserves an anonymous id for the project; false when it is already in use. */
  boolean reserveAnonymousId(String projectKey, String anonymousId);
}
