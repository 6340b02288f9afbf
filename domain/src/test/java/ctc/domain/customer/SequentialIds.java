package ctc.domain.customer;

import ctc.domain.common.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deterministic {@link IdGenerator} for tests: UUID-shaped resource ids and 8-character address
 * ids counting up from 1. Thread-safe; each instance starts its own sequences.
 */
public final class SequentialIds implements IdGenerator {

  private static final long MAX_ADDRESS_IDS = 10_000_000L;

  private final AtomicLong resources = new AtomicLong();
  private final AtomicLong addresses = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();

  /**
   * {@code 00000000-0000-4000-8000-000000000001}, {@code …0002}, … (a well-formed version-4 UUID
   * string).
   */
  @Override
  public String resourceId() {
    return String.format("00000000-0000-4000-8000-%012x", resources.incrementAndGet());
  }

  /** {@code a0000001}, {@code a0000002}, …: 8 characters of {@code [A-Za-z0-9_-]}. */
  @Override
  public String addressId() {
    long next = addresses.incrementAndGet();
    if (next >= MAX_ADDRESS_IDS) {
      throw new IllegalStateException("SequentialIds ran out of 8-character address ids");
    }
    return String.format("a%07d", next);
  }

  /**
   * {@code token-1}, {@code token-2}, …: predictable, so tests can use a token without reading a
   * response.
   */
  @Override
  public String tokenValue() {
    return "token-" + tokens.incrementAndGet();
  }
}
