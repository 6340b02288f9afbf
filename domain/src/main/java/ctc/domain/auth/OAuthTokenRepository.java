package ctc.domain.auth;

import java.util.Optional;

/** Storage of access and refresh tokens by digest; also the reserved anonymous ids. */
public interface OAuthTokenRepository {

  void insert(OAuthToken token);

  Optional<OAuthToken> findByDigest(String digest);

  /** Removes the token and, for a refresh token, the access tokens minted from it. */
  void delete(String digest);

  void deleteByCustomer(String projectKey, String customerId);

  void deleteByClient(String clientId);

  /** Reserves an anonymous id for the project; false when it is already in use. */
  boolean reserveAnonymousId(String projectKey, String anonymousId);
}
