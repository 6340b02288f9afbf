package ctc.domain.customer;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceRef;
import ctc.domain.customer.CredentialRequests.CustomerChangePassword;
import ctc.domain.customer.CredentialRequests.CustomerEmailVerify;
import ctc.domain.customer.CredentialRequests.CustomerResetPassword;
import ctc.domain.customer.MyRequests.MyCustomerChangePassword;
import ctc.domain.customer.MyRequests.MyCustomerDraft;
import ctc.domain.customer.MyRequests.MyCustomerEmailVerify;
import ctc.domain.customer.MyRequests.MyCustomerResetPassword;
import ctc.domain.customer.MyRequests.MyCustomerSignin;
import ctc.domain.error.Errors;
import ctc.domain.query.QueryParameters;
import ctc.domain.update.UpdateRequest;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * My Customer Profile (/me): the Customers API's own use cases, for the one customer the token
 * names. No argument here can name another customer: {@code customerId} always comes from the
 * token.
 */
public final class MyProfile {

  private final CustomerService customers;
  private final CustomerCredentials credentials;

  public MyProfile(CustomerService customers, CustomerCredentials credentials) {
    this.customers = customers;
    this.credentials = credentials;
  }

  /** The token's customer, if it matches the request's {@code where} predicates; otherwise 404. */
  public Customer me(RequestScope scope, String customerId, QueryParameters.Raw where) {
    Customer me = customers.get(scope, new ResourceRef.ById(customerId));
    if (!where.where().isEmpty() && !customers.matches(scope, customerId, where)) {
      throw Errors.notFoundById(customerId);
    }
    return me;
  }

  public Customer update(
      RequestScope scope,
      String customerId,
      Supplier<UpdateRequest<CustomerUpdateAction>> request,
      ClientLogging actor) {
    return customers.update(scope, new ResourceRef.ById(customerId), request, actor);
  }

  public Customer delete(
      RequestScope scope, String customerId, LongSupplier version, ClientLogging actor) {
    return customers.delete(scope, new ResourceRef.ById(customerId), version, false, actor);
  }

  public Customer signUp(RequestScope scope, MyCustomerDraft draft, ClientLogging actor) {
    return customers.create(scope, draft.toCustomerDraft(), actor);
  }

  public Customer signIn(RequestScope scope, MyCustomerSignin signin) {
    return credentials.signIn(scope, signin.toCustomerSignin());
  }

  public Customer changePassword(
      RequestScope scope, String customerId, MyCustomerChangePassword change, ClientLogging actor) {
    return credentials.changePassword(
        scope,
        new CustomerChangePassword(
            customerId, change.version(), change.currentPassword(), change.newPassword()),
        actor);
  }

  public Customer resetPassword(
      RequestScope scope, String customerId, MyCustomerResetPassword reset, ClientLogging actor) {
    return credentials.resetPassword(
        scope,
        new CustomerResetPassword(reset.tokenValue(), reset.newPassword(), null),
        customerId,
        actor);
  }

  public Customer confirmEmail(
      RequestScope scope, String customerId, MyCustomerEmailVerify verify, ClientLogging actor) {
    return credentials.confirmEmail(
        scope, new CustomerEmailVerify(verify.tokenValue(), null), customerId, actor);
  }
}
