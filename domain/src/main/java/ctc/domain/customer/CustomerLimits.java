package ctc.domain.customer;

import static ctc.domain.common.InputLimits.MAX_INDEXED_TEXT;
import static ctc.domain.common.InputLimits.MAX_TEXT;
import static ctc.domain.common.InputLimits.text;

import ctc.domain.common.Address;
import ctc.domain.common.InputLimits;
import ctc.domain.error.Errors;

/**
 * The bounds of one customer as it is about to be stored, checked after every create and update and
 * before the password is hashed or anything is written.
 */
public final class CustomerLimits {

  /**
   * Addresses per customer; commercetools documents none, but every address is a row of the query
   * side table.
   */
  public static final int MAX_ADDRESSES = 500;

  /**
   * Stores per customer; each is resolved with a lookup when a draft or {@code setStores} names
   * them.
   */
  public static final int MAX_STORES = 500;

  /**
   * The serialized customer (UTF-8 bytes of its JSON document), which every read loads and parses
   * whole. Above the 1 MiB request body limit, so that any draft fits, and well below
   * commercetools' 16 MB, which a few concurrent reads would turn into hundreds of megabytes of
   * heap.
   */
  public static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

  /** {@link #MAX_DOCUMENT_BYTES} as the error message shows it. */
  public static final String MAX_DOCUMENT_SIZE = "2 MiB";

  private CustomerLimits() {}

  static void check(Customer customer) {
    text("email", customer.email(), MAX_INDEXED_TEXT);
    text("customerNumber", customer.customerNumber(), MAX_INDEXED_TEXT);
    text("externalId", customer.externalId(), MAX_INDEXED_TEXT);
    text("firstName", customer.firstName(), MAX_TEXT);
    text("lastName", customer.lastName(), MAX_TEXT);
    text("middleName", customer.middleName(), MAX_TEXT);
    text("title", customer.title(), MAX_TEXT);
    text("salutation", customer.salutation(), MAX_TEXT);
    text("companyName", customer.companyName(), MAX_TEXT);
    text("vatId", customer.vatId(), MAX_TEXT);
    text("locale", customer.locale(), MAX_TEXT);
    requireAtMost("addresses", customer.addresses().size(), MAX_ADDRESSES);
    int customValues = InputLimits.customFields("", customer.custom());
    for (int i = 0; i < customer.addresses().size(); i++) {
      String owner = "addresses[" + i + "].";
      Address address = customer.addresses().get(i);
      address(owner, address);
      customValues += InputLimits.customFields(owner, address.custom());
    }
    if (customValues > InputLimits.MAX_CUSTOM_VALUES) {
      throw Errors.tooMany(
          "custom",
          "custom field values (each element of a Set counts)",
          InputLimits.MAX_CUSTOM_VALUES);
    }
  }

  /** Refuses a list of references longer than its bound before any of them is looked up. */
  static void requireAtMost(String field, int size, int max) {
    if (size > max) {
      throw Errors.tooMany(field, field, max);
    }
  }

  private static void address(String owner, Address a) {
    text(owner + "postalCode", a.postalCode(), MAX_INDEXED_TEXT);
    text(owner + "city", a.city(), MAX_INDEXED_TEXT);
    text(owner + "title", a.title(), MAX_TEXT);
    text(owner + "salutation", a.salutation(), MAX_TEXT);
    text(owner + "firstName", a.firstName(), MAX_TEXT);
    text(owner + "lastName", a.lastName(), MAX_INDEXED_TEXT);
    text(owner + "streetName", a.streetName(), MAX_TEXT);
    text(owner + "streetNumber", a.streetNumber(), MAX_TEXT);
    text(owner + "additionalStreetInfo", a.additionalStreetInfo(), MAX_TEXT);
    text(owner + "region", a.region(), MAX_TEXT);
    text(owner + "state", a.state(), MAX_TEXT);
    text(owner + "company", a.company(), MAX_TEXT);
    text(owner + "department", a.department(), MAX_TEXT);
    text(owner + "building", a.building(), MAX_TEXT);
    text(owner + "apartment", a.apartment(), MAX_TEXT);
    text(owner + "pOBox", a.pOBox(), MAX_TEXT);
    text(owner + "phone", a.phone(), MAX_INDEXED_TEXT);
    text(owner + "mobile", a.mobile(), MAX_INDEXED_TEXT);
    text(owner + "email", a.email(), MAX_INDEXED_TEXT);
    text(owner + "fax", a.fax(), MAX_TEXT);
    text(owner + "additionalAddressInfo", a.additionalAddressInfo(), MAX_TEXT);
    text(owner + "externalId", a.externalId(), MAX_TEXT);
  }
}
