package ctc.domain.common;

import ctc.domain.error.Errors;
import java.util.regex.Pattern;

/** The key rule shared by customers and addresses: 2..256 characters of {@code [A-Za-z0-9_-]}. */
public final class Keys {

  private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]{2,256}$");

  private Keys() {}

  /**
   * Returns the key when valid (or null); rejects a malformed one as invalid JSON input, like the
   * schema does.
   */
  public static String requireValid(String field, String key) {
    if (key != null && !KEY.matcher(key).matches()) {
      throw Errors.invalidKey(field, key);
    }
    return key;
  }
}
