package ctc.domain.common;

/**
 * The kinds of resource this service names, each with its {@code typeId}: in references, in errors,
 * in a type's {@code resourceTypeIds} and, for stores, customer groups and types, as the kind
 * column of the shared resource table. Carts are named only to answer that the referenced cart does
 * not exist: this service keeps none.
 */
public enum ResourceKind {
  CUSTOMER("customer"),
  ADDRESS("address"),
  CUSTOMER_GROUP("customer-group"),
  STORE("store"),
  TYPE("type"),
  CART("cart"),
  /** Only as the resource of the message that records a new token. */
  CUSTOMER_PASSWORD_TOKEN("customer-password-token"),
  CUSTOMER_EMAIL_TOKEN("customer-email-token");

  private final String typeId;

  ResourceKind(String typeId) {
    this.typeId = typeId;
  }

  /**
   * The name on the wire and in the database; never change one, stored rows and clients depend on
   * it.
   */
  public String typeId() {
    return typeId;
  }
}
