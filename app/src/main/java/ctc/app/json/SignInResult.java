package ctc.app.json;

import ctc.domain.customer.Customer;

/** CustomerSignInResult: the customer, and a cart when there is one (never here: this service has no carts). */
public record SignInResult(Customer customer) {}
