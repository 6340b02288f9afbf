package ctc.domain.common;

import ctc.domain.error.Errors;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Bounds on stored values that no real client reaches, so that the work a request causes stays
 * small: texts, numbers and custom field values. The bounds themselves are explained in the
 * README's API notes.
 */
public final class InputLimits {

  /**
   * Texts that are indexed whole (email, customer number, external id, and an address's city,
   * postal code, phone, mobile, email and last name): a PostgreSQL B-tree entry holds at most 2,704
   * bytes, which 256 characters of up to 4 UTF-8 bytes each stay within.
   */
  public static final int MAX_INDEXED_TEXT = 256;

  /** Every other text of the customer and its addresses: names, address lines. */
  public static final int MAX_TEXT = 4_096;

  /**
   * Texts in custom fields (String values, Set elements, the parts of localized strings).
   * commercetools bounds them only by the document size; clients keep notes or serialized JSON
   * there, so the bound is generous. Only their first characters are indexed.
   */
  public static final int MAX_CUSTOM_TEXT = 65_536;

  /**
   * Largest decimal exponent, in magnitude, of a number; rounding a number to the search column's
   * scale costs time proportional to its exponent, which JSON can make huge in a few bytes ({@code
   * 1e-32000000}).
   */
  public static final int MAX_EXPONENT = 1_000;

  /**
   * Most significant digits of a number (Jackson's own default bound on the length of a number).
   */
  public static final int MAX_DIGITS = 1_000;

  /**
   * Most custom field values of one customer, over its own fields and its addresses', each element
   * of a Set counting as one: every value is a row of the query side table, rewritten when the
   * custom fields change.
   */
  public static final int MAX_CUSTOM_VALUES = 1_000;

  private InputLimits() {}

  /** Rejects a text longer than {@code max} characters; {@code field} names it in the message. */
  public static void text(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw Errors.valueTooLong(field, max);
    }
  }

  /**
   * Whether a number's digits and exponent are within {@link #MAX_DIGITS} and {@link
   * #MAX_EXPONENT}.
   */
  public static boolean numberInRange(BigDecimal number) {
    long exponent = (long) number.precision() - number.scale() - 1;
    return number.precision() <= MAX_DIGITS && Math.abs(exponent) <= MAX_EXPONENT;
  }

  /**
   * Checks every value of custom fields, whatever their type says (the type is not known yet):
   * texts and numbers, at any depth. Returns how many values they count for {@link
   * #MAX_CUSTOM_VALUES}.
   */
  public static int customFields(String owner, CustomFields custom) {
    if (custom == null) {
      return 0;
    }
    int count = 0;
    for (Map.Entry<String, Object> field : custom.fields().entrySet()) {
      String name = owner + "custom.fields." + field.getKey();
      if (field.getValue() instanceof List<?> elements) {
        elements.forEach(element -> customValue(name, element));
        count += elements.size();
      } else {
        customValue(name, field.getValue());
        count++;
      }
    }
    return count;
  }

  private static void customValue(String field, Object value) {
    if (value instanceof String text) {
      text(field, text, MAX_CUSTOM_TEXT);
    } else if (value instanceof BigDecimal || value instanceof BigInteger) {
      BigDecimal number =
          value instanceof BigInteger big ? new BigDecimal(big) : (BigDecimal) value;
      if (!numberInRange(number)) {
        throw Errors.numberOutOfRange(field, MAX_DIGITS, MAX_EXPONENT);
      }
    } else if (value instanceof List<?> elements) {
      elements.forEach(element -> customValue(field, element));
    } else if (value instanceof Map<?, ?> object) {
      object.forEach(
          (key, element) -> {
            customValue(field, key);
            customValue(field, element);
          });
    }
  }
}
