package ctc.domain.auth;

import ctc.domain.common.IdGenerator;
import ctc.domain.customer.SequentialIds;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link SequentialIds}, but with token values of 43 characters (like 256 random bits in Base64url,
 * as the {@link IdGenerator} port promises) that differ in their first 24: {@code t000…001xxxx…}.
 * ApiClients takes a client id from the start of a token value, and OAuthServer stamps only values
 * of that length.
 */
final class SequentialTokenIds implements IdGenerator {
  private final SequentialIds ids = new SequentialIds();
  private final AtomicInteger tokens = new AtomicInteger();

  @Override
  public String resourceId() {
    return ids.resourceId();
  }

  @Override
  public String addressId() {
    return ids.addressId();
  }

  @Override
  public String tokenValue() {
    return String.format("t%023d", tokens.incrementAndGet()) + "x".repeat(19);
  }
}
