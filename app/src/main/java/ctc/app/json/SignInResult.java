package ctc.app.json;

/**
 * CustomerSignInResult: the customer (possibly expanded), and a cart when there is one (never here:
 * this service has no carts).
 */
public record SignInResult(Object customer) {

  /** Expansion paths of a sign-in result start here, e.g. {@code customer.customerGroup}. */
  public static final String EXPANSION_PREFIX = "customer.";
}
