package ctc.domain.customer;

import java.util.Optional;

/** Storage of password and email tokens, looked up by the digest of their value. */
public interface CustomerTokenRepository {

  void insert(StoredToken token);

  Optional<StoredToken> findByDigest(String projectKey, TokenKind kind, String valueDigest);

  /**
   * Removes one token; false when it is already gone (used or invalidated by a concurrent request).
   */
  boolean delete(String tokenId);

  /** Invalidates every token of that kind of the customer. */
  void deleteAll(String customerId, TokenKind kind);
}
