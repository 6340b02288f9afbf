package ctc.persistence.customer;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerGroupAssignment;
import ctc.persistence.customer.SearchRowsDao.AddressRow;
import ctc.persistence.customer.SearchRowsDao.CustomValueRow;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the query side tables of a customer in step with its document. They are rewritten only when something they
 * hold changed, so an update of, say, the first name costs nothing here.
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

  static void delete(SearchRowsDao dao, String customerId) {
    dao.deleteAddresses(customerId);
    dao.deleteRoles(customerId);
    dao.deleteAssignments(customerId);
    dao.deleteCustomValues(customerId);
  }

  static void insert(SearchRowsDao dao, String projectKey, Customer customer) {
    String id = customer.id();
    dao.insertAddresses(customer.addresses().stream().map(a -> address(projectKey, id, a)).toList());
    dao.insertRoles(projectKey, id, "shipping", customer.shippingAddressIds());
    dao.insertRoles(projectKey, id, "billing", customer.billingAddressIds());
    dao.insertAssignments(projectKey, id, customer.customerGroupAssignments().stream()
        .map(CustomerGroupAssignment::customerGroup).map(group -> group.id()).filter(Objects::nonNull).toList());
    List<CustomValueRow> values = new ArrayList<>();
    addCustomValues(values, projectKey, id, CUSTOMER_OWNER, customer.custom());
    customer.addresses().forEach(a -> addCustomValues(values, projectKey, id, a.id(), a.custom()));
    dao.insertCustomValues(values);
  }

  private static AddressRow address(String projectKey, String customerId, Address a) {
    return new AddressRow(projectKey, customerId, a.id(), a.key(), a.title(), a.salutation(), a.firstName(), a.lastName(),
        a.streetName(), a.streetNumber(), a.additionalStreetInfo(), a.postalCode(), a.city(), a.region(), a.state(),
        a.country(), a.company(), a.department(), a.building(), a.apartment(), a.pOBox(), a.phone(), a.mobile(),
        a.email(), a.fax(), a.additionalAddressInfo(), a.externalId(), a.custom() == null ? null
            : a.custom().type().id());
  }

  /** Scalars give one row, a Set one row per scalar element; objects (money, localized strings) give none. */
  private static void addCustomValues(List<CustomValueRow> rows, String projectKey, String customerId, String owner,
      CustomFields custom) {
    if (custom == null) {
      return;
    }
    for (Map.Entry<String, Object> field : custom.fields().entrySet()) {
      List<?> elements = field.getValue() instanceof List<?> list ? list : List.of(field.getValue());
      int position = 0;
      for (Object element : elements) {
        CustomValueRow row = row(projectKey, customerId, owner, field.getKey(), position, element);
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
    int end = Character.isHighSurrogate(text.charAt(TEXT_PREFIX_LENGTH - 1)) ? TEXT_PREFIX_LENGTH - 1
        : TEXT_PREFIX_LENGTH;
    return text.substring(0, end);
  }

  /**
   * The number at the column's scale. Rounding costs time growing with the number's own scale, which a stored number
   * from before the input bounds may have made huge; such a number rounds to zero anyway.
   */
  private static BigDecimal rounded(BigDecimal number) {
    return number.precision() - number.scale() < -NUMBER_SCALE ? BigDecimal.ZERO.setScale(NUMBER_SCALE)
        : number.setScale(NUMBER_SCALE, RoundingMode.HALF_EVEN);
  }

  private static CustomValueRow row(String projectKey, String customerId, String owner, String name, int position,
      Object value) {
    if (value instanceof String text) {
      return new CustomValueRow(projectKey, customerId, owner, name, position, text, null, null);
    }
    if (value instanceof Boolean bool) {
      return new CustomValueRow(projectKey, customerId, owner, name, position, null, null, bool);
    }
    if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer
        || value instanceof BigInteger || value instanceof Double) {
      BigDecimal number = new BigDecimal(value.toString());
      // The column holds 28 integer and 10 fraction digits; a larger number is kept in the document only.
      return number.abs().compareTo(MAX_NUMBER) >= 0 ? null : new CustomValueRow(projectKey, customerId, owner, name,
          position, null, rounded(number), null);
    }
    return null;
  }
}
