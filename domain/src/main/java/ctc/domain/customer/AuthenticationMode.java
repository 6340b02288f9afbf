package ctc.domain.customer;

/** How a customer signs in: with a password kept here, or through an external system. */
public enum AuthenticationMode {
  Password,
  ExternalAuth
}
