package ctc.domain.customer;

import java.util.Locale;

/**
 * Contract §G3: emails compare case-insensitively; a global customer conflicts with every customer
 * of the same email, a store customer with global customers and with customers sharing at least one
 * store.
 */
public final class EmailUniqueness {

  private EmailUniqueness() {}

  public static String normalize(String email) {
    return email.toLowerCase(Locale.ROOT);
  }

  public static boolean conflicts(Customer candidate, Customer existing) {
    return !candidate.id().equals(existing.id())
        && normalize(candidate.email()).equals(normalize(existing.email()))
        && (candidate.global()
            || existing.global()
            || candidate.stores().stream().anyMatch(existing.stores()::contains));
  }

  /**
   * Whether a change can create a conflict that was not there before: a new email or other stores.
   */
  public static boolean needsCheck(Customer previous, Customer next) {
    return !normalize(previous.email()).equals(normalize(next.email()))
        || !previous.stores().equals(next.stores());
  }
}
