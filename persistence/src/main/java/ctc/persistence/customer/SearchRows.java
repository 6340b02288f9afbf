package ctc.persistence.customer;

import ctc.domain.common.CustomFields;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerGroupAssignment;
import ctc.persistence.customer.CustomerTables.AddressRole;
import ctc.persistence.customer.CustomerTables.CustomValue;
import ctc.persistence.customer.CustomerTables.Owned;
import ctc.persistence.customer.CustomerTables.RoleOf;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Keeps the query side tables of a customer in step with its document. They are rewritten only when
 * something they hold changed, so an update of, say, the first name costs nothing here.
 */
final class SearchRows {

  /** The owner id of the customer's own custom fields; an address's fields use the address id. */
  static final String CUSTOMER_OWNER = "";

  private static final int NUMBER_SCALE = 10;
  private static final BigDecimal MAX_NUMBER = BigDecimal.TEN.pow(28);

  /** How much of a custom text the index holds (migration V8). */
  static final int TEXT_PREFIX_LENGTH = 128;

  private SearchRows() {}

  static boolean changed(Customer previous, Customer next) {
    return !previous.addresses().equals(next.addresses())
        || !previous.shippingAddressIds().equals(next.shippingAddressIds())
        || !previous.billingAddressIds().equals(next.billingAddressIds())
        || !previous.customerGroupAssignments().equals(next.customerGroupAssignments())
        || !Objects.equals(previous.custom(), next.custom());
  }

  static void delete(Handle handle, String customerId) {
    for (QueryTable<?> table :
        List.of(
            CustomerTables.ADDRESS,
            CustomerTables.ADDRESS_ROLE,
            CustomerTables.GROUP_ASSIGNMENT,
            CustomerTables.CUSTOM_VALUE)) {
      table.deleteOfCustomer(handle, customerId);
    }
  }

  static void insert(Handle handle, String projectKey, Customer customer) {
    String id = customer.id();
    CustomerTables.ADDRESS.insertAll(
        handle,
        customer.addresses().stream()
            .map(address -> new Owned<>(projectKey, id, address))
            .toList());
    CustomerTables.ADDRESS_ROLE.insertAll(
        handle,
        Arrays.stream(AddressRole.values())
            .flatMap(
                role -> role.ids(customer).stream().map(addressId -> new RoleOf(role, addressId)))
            .map(role -> new Owned<>(projectKey, id, role))
            .toList());
    CustomerTables.GROUP_ASSIGNMENT.insertAll(
        handle,
        customer.customerGroupAssignments().stream()
            .map(CustomerGroupAssignment::customerGroup)
            .map(group -> group.id())
            .filter(Objects::nonNull)
            .map(group -> new Owned<>(projectKey, id, group))
            .toList());
    List<CustomValue> values = new ArrayList<>();
    addCustomValues(values, CUSTOMER_OWNER, customer.custom());
    customer.addresses().forEach(a -> addCustomValues(values, a.id(), a.custom()));
    CustomerTables.CUSTOM_VALUE.insertAll(
        handle, values.stream().map(value -> new Owned<>(projectKey, id, value)).toList());
  }

  /**
   * Scalars give one row, a Set one row per scalar element; objects (money, localized strings) give
   * none.
   */
  private static void addCustomValues(List<CustomValue> rows, String owner, CustomFields custom) {
    if (custom == null) {
      return;
    }
    for (Map.Entry<String, Object> field : custom.fields().entrySet()) {
      List<?> elements =
          field.getValue() instanceof List<?> list ? list : List.of(field.getValue());
      int position = 0;
      for (Object element : elements) {
        CustomValue row = row(owner, field.getKey(), position, element);
        if (row != null) {
          rows.add(row);
          position++;
        }
      }
    }
  }

  /** The start of a custom text that the index holds. */
  static String textPrefix(String text) {
    if (text == null || text.length() <= TEXT_PREFIX_LENGTH) {
      return text;
    }
    // Never end on half a surrogate pair: that would not survive the database's UTF-8 encoding.
    int end =
        Character.isHighSurrogate(text.charAt(TEXT_PREFIX_LENGTH - 1))
            ? TEXT_PREFIX_LENGTH - 1
            : TEXT_PREFIX_LENGTH;
    return text.substring(0, end);
  }

  /**
   * The number at the column's scale. Rounding costs time growing with the number's own scale,
   * which a stored number from before the input bounds may have made huge; such a number rounds to
   * zero anyway.
   */
  private static BigDecimal rounded(BigDecimal number) {
    return number.precision() - number.scale() < -NUMBER_SCALE
        ? BigDecimal.ZERO.setScale(NUMBER_SCALE)
        : number.setScale(NUMBER_SCALE, RoundingMode.HALF_EVEN);
  }

  private static CustomValue row(String owner, String name, int position, Object value) {
    if (value instanceof String text) {
      return new CustomValue(owner, name, position, text, null, null);
    }
    if (value instanceof Boolean bool) {
      return new CustomValue(owner, name, position, null, null, bool);
    }
    if (value instanceof BigDecimal
        || value instanceof Long
        || value instanceof Integer
        || value instanceof BigInteger
        || value instanceof Double) {
      BigDecimal number = new BigDecimal(value.toString());
      // The column holds 28 integer and 10 fraction digits; a larger number is kept in the document
      // only.
      return number.abs().compareTo(MAX_NUMBER) >= 0
          ? null
          : new CustomValue(owner, name, position, null, rounded(number), null);
    }
    return null;
  }
}
