package ctc.domain.customer;

import ctc.domain.error.Errors;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Value rules of customers that are semantic (checked after the version), not shape. */
final class CustomerRules {

  /** Decisions table: passwords of 1..1024 characters. */
  static final int MAX_PASSWORD_LENGTH = 1024;

  private CustomerRules() {}

  /**
   * A well-formed BCP 47 tag; the project has no language list, so any well-formed tag is accepted.
   */
  static String locale(String locale) {
    if (locale != null && !wellFormed(locale)) {
      throw Errors.invalidLocale(locale);
    }
    return locale;
  }

  private static boolean wellFormed(String tag) {
    try {
      return !tag.isEmpty() && new Locale.Builder().setLanguageTag(tag).build() != null;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  static String password(String password) {
    if (password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
      throw Errors.passwordLength(MAX_PASSWORD_LENGTH);
    }
    return password;
  }

  static void requirePasswordFor(AuthenticationMode mode, String password) {
    if (mode == AuthenticationMode.Password && password == null) {
      throw Errors.passwordRequired();
    }
  }
}
