package ctc.domain.query;

import ctc.domain.query.QuerySchema.Scalar;
import ctc.domain.query.QuerySchema.ValueType;

/**
 * The whitelist of top-level customer fields that can be queried and sorted, with their value
 * types.
 */
public enum QueryField {
  ID("id", ValueType.STRING),
  KEY("key", ValueType.STRING),
  VERSION("version", ValueType.NUMBER),
  CREATED_AT("createdAt", ValueType.DATETIME),
  LAST_MODIFIED_AT("lastModifiedAt", ValueType.DATETIME),
  EMAIL("email", ValueType.STRING),
  LOWERCASE_EMAIL("lowercaseEmail", ValueType.STRING),
  CUSTOMER_NUMBER("customerNumber", ValueType.STRING),
  EXTERNAL_ID("externalId", ValueType.STRING),
  FIRST_NAME("firstName", ValueType.STRING),
  LAST_NAME("lastName", ValueType.STRING),
  MIDDLE_NAME("middleName", ValueType.STRING),
  TITLE("title", ValueType.STRING),
  SALUTATION("salutation", ValueType.STRING),
  DATE_OF_BIRTH("dateOfBirth", ValueType.DATE),
  COMPANY_NAME("companyName", ValueType.STRING),
  VAT_ID("vatId", ValueType.STRING),
  IS_EMAIL_VERIFIED("isEmailVerified", ValueType.BOOLEAN),
  LOCALE("locale", ValueType.STRING),
  AUTHENTICATION_MODE("authenticationMode", ValueType.STRING),
  DEFAULT_SHIPPING_ADDRESS_ID("defaultShippingAddressId", ValueType.STRING),
  DEFAULT_BILLING_ADDRESS_ID("defaultBillingAddressId", ValueType.STRING);

  private final Scalar node;

  QueryField(String jsonName, ValueType type) {
    this.node = new Scalar(jsonName, type);
  }

  /**
   * The field as {@link QuerySchema#CUSTOMER} holds it: predicates and sorts name the same node.
   */
  public Scalar node() {
    return node;
  }

  public String jsonName() {
    return node.name();
  }

  public ValueType type() {
    return node.type();
  }
}
