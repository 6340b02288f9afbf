package ctc.domain.error;

import ctc.domain.error.ErrorObject.AnonymousIdAlreadyInUseError;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.InsufficientScopeError;
import ctc.domain.error.ErrorObject.InvalidClientError;
import ctc.domain.error.ErrorObject.InvalidCustomerAccountCredentialsError;
import ctc.domain.error.ErrorObject.InvalidGrantError;
import ctc.domain.error.ErrorObject.InvalidRequestError;
import ctc.domain.error.ErrorObject.InvalidScopeError;
import ctc.domain.error.ErrorObject.InvalidTokenError;
import ctc.domain.error.ErrorObject.OAuthTooManyRequestsError;
import ctc.domain.error.ErrorObject.TooManyRequestsError;
import ctc.domain.error.ErrorObject.UnsupportedGrantTypeError;
import ctc.domain.error.ErrorObject.DuplicateFieldError;
import ctc.domain.error.ErrorObject.ExpiredCustomerEmailTokenError;
import ctc.domain.error.ErrorObject.ExpiredCustomerPasswordTokenError;
import ctc.domain.error.ErrorObject.InvalidCredentialsError;
import ctc.domain.error.ErrorObject.InvalidCurrentPasswordError;
import ctc.domain.error.ErrorObject.GeneralError;
import ctc.domain.error.ErrorObject.InvalidFieldError;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.ReferenceExistsError;
import ctc.domain.error.ErrorObject.ReferencedResourceNotFoundError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import ctc.domain.error.ErrorObject.ResourceSizeLimitExceededError;
import java.time.Duration;
import java.util.List;

/** The only home of error messages and their HTTP statuses (contract §E2 and the Decisions table). */
public final class Errors {

  private static final String INVALID_JSON = "Request body does not contain valid JSON.";

  private Errors() {}

  /** Body is not JSON, has the wrong shape, or a value of the wrong type. */
  public static CommercetoolsException invalidJson(String detail) {
    return new CommercetoolsException(400, new InvalidJsonInputError(INVALID_JSON, detail));
  }

  /** A required body field is absent or null; {@code path} is the field's location, e.g. {@code actions -> email}. */
  public static CommercetoolsException missingField(String path) {
    return invalidJson(path + ": Missing required value");
  }

  public static CommercetoolsException invalidInput(String message) {
    return new CommercetoolsException(400, new InvalidInputError(message));
  }

  /** A text beyond its bound (InputLimits); the value itself is not echoed. */
  public static CommercetoolsException valueTooLong(String field, int max) {
    return invalidInput("The value of '" + field + "' is too long: at most " + max + " characters are allowed.");
  }

  public static CommercetoolsException numberOutOfRange(String field, int maxDigits, int maxExponent) {
    return invalidInput("The number in '" + field + "' is out of range: at most " + maxDigits + " digits and a"
        + " decimal exponent between -" + maxExponent + " and " + maxExponent + " are allowed.");
  }

  /** More elements than a bound allows, e.g. {@code tooMany("addresses", "addresses", 500)}. */
  public static CommercetoolsException tooMany(String field, String what, int max) {
    return invalidInput("Too many " + what + " in '" + field + "': at most " + max + " are allowed.");
  }

  /** The stored document of a resource would exceed its bound; {@code limit} as the message shows it, e.g. 2 MiB. */
  public static CommercetoolsException resourceSizeLimitExceeded(String limit) {
    return new CommercetoolsException(400, new ResourceSizeLimitExceededError(
        "The resource size exceeds the maximal allowed size of " + limit + "."));
  }

  public static CommercetoolsException malformedParameter(String parameter, String reason) {
    return invalidInput("Malformed parameter: " + parameter + ": " + reason);
  }

  public static CommercetoolsException invalidOperation(String message) {
    return new CommercetoolsException(400, new InvalidOperationError(message));
  }

  /** An in-store write whose result the store of the path could no longer see. */
  public static CommercetoolsException customerLeavesStore(String storeKey) {
    return invalidOperation("The customer must stay visible in the store '" + storeKey
        + "' of the request path: keep that store in 'stores', or leave 'stores' empty.");
  }

  public static CommercetoolsException invalidField(String field, Object value, List<String> allowed) {
    return new CommercetoolsException(
        400,
        new InvalidFieldError(
            "The value " + render(value) + " is not valid for field " + field + ".", field, value, allowed));
  }

  public static CommercetoolsException duplicateEmail(String email) {
    return new CommercetoolsException(
        400,
        new DuplicateFieldError("There is already an existing customer with the provided email.", "email", email));
  }

  public static CommercetoolsException duplicateField(String field, Object value) {
    return new CommercetoolsException(
        400,
        new DuplicateFieldError(
            "A duplicate value " + render(value) + " exists for field " + field + ".", field, value));
  }

  public static CommercetoolsException referencedResourceNotFound(String typeId, String id, String key) {
    String predicate = id != null ? "with identifier '" + id + "'" : "with key '" + key + "'";
    return new CommercetoolsException(
        400,
        new ReferencedResourceNotFoundError(
            "The referenced object of type '" + typeId + "' " + predicate + " was not found. It either doesn't exist,"
                + " or it can't be accessed from this endpoint (e.g., if the endpoint filters by store or customer"
                + " account).",
            typeId,
            id,
            key));
  }

  public static CommercetoolsException notFoundById(String id) {
    return new CommercetoolsException(404, new ResourceNotFoundError("The Resource with ID '" + id + "' was not found."));
  }

  public static CommercetoolsException notFoundByKey(String key) {
    return new CommercetoolsException(
        404, new ResourceNotFoundError("The Resource with key '" + key + "' was not found."));
  }

  public static CommercetoolsException routeNotFound(String method, String path) {
    return new CommercetoolsException(
        404, new ResourceNotFoundError("The endpoint '" + method + " " + path + "' was not found."));
  }

  /** The same answer for an unknown email, a wrong password and a customer who may not sign in here. */
  public static CommercetoolsException invalidCredentials() {
    return new CommercetoolsException(400, new InvalidCredentialsError("Account with the given credentials not found."));
  }

  /** Sign-in refused before the password is checked: the account or the API client used up its attempts. */
  public static CommercetoolsException tooManySignInAttempts(Duration retryAfter) {
    long seconds = retryAfterSeconds(retryAfter);
    return new CommercetoolsException(429, new TooManyRequestsError(
        "Too many failed sign-in attempts. Try again in " + seconds + " seconds.", seconds));
  }

  /** The same refusal at the token endpoints, where errors take the OAuth form. */
  public static CommercetoolsException tooManyOAuthAttempts(Duration retryAfter) {
    long seconds = retryAfterSeconds(retryAfter);
    return new CommercetoolsException(429, new OAuthTooManyRequestsError(
        "Too many failed authentication attempts. Try again in " + seconds + " seconds.", seconds));
  }

  /** Whole seconds, rounded up, at least one: a client that waits that long is admitted again. */
  private static long retryAfterSeconds(Duration retryAfter) {
    return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
  }

  public static CommercetoolsException invalidCurrentPassword() {
    return new CommercetoolsException(400, new InvalidCurrentPasswordError("The given current password does not match."));
  }

  public static CommercetoolsException expiredPasswordToken() {
    return new CommercetoolsException(400, new ExpiredCustomerPasswordTokenError("The given password token has expired."));
  }

  public static CommercetoolsException expiredEmailToken() {
    return new CommercetoolsException(400, new ExpiredCustomerEmailTokenError("The given email token has expired."));
  }

  /** A token value that is unknown, used or invalidated; the value itself is not echoed. */
  public static CommercetoolsException tokenNotFound() {
    return new CommercetoolsException(404, new ResourceNotFoundError("The Resource with the given token value was not found."));
  }

  public static CommercetoolsException notFoundByEmail(String email) {
    return new CommercetoolsException(404, new ResourceNotFoundError("The Resource with email '" + email + "' was not found."));
  }

  /** A store, customer group or type that a customer still references cannot be deleted. */
  public static CommercetoolsException referenceExists(String typeId) {
    return new CommercetoolsException(400, new ReferenceExistsError(
        "Can not delete a " + typeId + " while it is referenced from at least one customer.", "customer"));
  }

  public static CommercetoolsException anonymousIdInUse() {
    return new CommercetoolsException(400, new AnonymousIdAlreadyInUseError("The given anonymous ID is already in use."));
  }

  public static CommercetoolsException missingToken() {
    return new CommercetoolsException(401, new InvalidTokenError(
        "This endpoint requires an access token. You can get one from the authorization server."));
  }

  public static CommercetoolsException invalidToken() {
    return new CommercetoolsException(401, new InvalidTokenError("The access token is invalid, expired or revoked."));
  }

  /** {@code scope} is the missing scope's name without the project, e.g. {@code view_customers}. */
  public static CommercetoolsException insufficientScope(String scope) {
    return new CommercetoolsException(403, new InsufficientScopeError(
        "Insufficient scope. One of the following scopes is missing: " + scope + "."));
  }

  public static CommercetoolsException customerTokenRequired() {
    return new CommercetoolsException(403, new InsufficientScopeError("Insufficient scope. This endpoint requires a "
        + "customer access token (password flow), whose scope includes customer_id."));
  }

  public static CommercetoolsException invalidClient() {
    return new CommercetoolsException(401, new InvalidClientError(
        "Please provide valid client credentials using HTTP Basic Authentication."));
  }

  public static CommercetoolsException invalidScope() {
    return new CommercetoolsException(400, new InvalidScopeError("Malformed parameter: scope: Invalid scope."));
  }

  public static CommercetoolsException invalidCustomerAccountCredentials() {
    return new CommercetoolsException(400, new InvalidCustomerAccountCredentialsError(
        "Customer account with the given credentials not found."));
  }

  public static CommercetoolsException invalidGrant() {
    return new CommercetoolsException(400, new InvalidGrantError(
        "The refresh token was not found. It may have expired."));
  }

  public static CommercetoolsException missingParameter(String name) {
    return new CommercetoolsException(400, new InvalidRequestError("Missing required parameter: " + name + "."));
  }

  /** A token request whose parameters cannot be read at all, e.g. a body that is not a form. */
  public static CommercetoolsException invalidRequest(String message) {
    return new CommercetoolsException(400, new InvalidRequestError(message));
  }

  public static CommercetoolsException emptyParameter(String name) {
    return invalidParameter(name, "Must not be empty.");
  }

  public static CommercetoolsException invalidParameter(String name, String reason) {
    return new CommercetoolsException(400, new InvalidRequestError("Invalid parameter: " + name + ": " + reason));
  }

  public static CommercetoolsException unsupportedGrantType(String grantType) {
    return new CommercetoolsException(400, new UnsupportedGrantTypeError(
        "Invalid parameter: grant_type: Invalid grant type: " + grantType));
  }

  public static CommercetoolsException concurrentModification(String id, long expected, long actual) {
    return new CommercetoolsException(
        409,
        new ConcurrentModificationError(
            "Object " + id + " has a different version than expected. Expected: " + expected + " - Actual: " + actual
                + ".",
            actual));
  }

  /** An HTTP-level failure (405, 413, 414, 431, …) that still answers with the commercetools body. */
  public static CommercetoolsException http(int status, String message) {
    ErrorObject error =
        status == 404 ? new ResourceNotFoundError(message)
            : status >= 500 ? new GeneralError(message) : new InvalidInputError(message);
    return new CommercetoolsException(status, error);
  }

  /** A query that ran out of time, or waited too long for a database connection (400, as at commercetools). */
  public static CommercetoolsException queryTimedOut() {
    return new CommercetoolsException(400, new ErrorObject.QueryTimedOutError("The query timed out. If your query"
        + " constantly times out, please check that it follows the performance best practices (see"
        + " https://docs.commercetools.com/api/predicates/query#performance-considerations)."));
  }

  public static CommercetoolsException general(String message) {
    return new CommercetoolsException(500, new GeneralError(message));
  }

  private static String render(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  /** A custom field whose name the custom type does not define. */
  public static CommercetoolsException undefinedCustomField(String field, Object value, String typeKey) {
    return new CommercetoolsException(
        400,
        new InvalidFieldError(
            "The field '" + field + "' is not defined in the type '" + typeKey + "'.", field, value, null));
  }

  public static CommercetoolsException requiredField(String field) {
    return new CommercetoolsException(
        400, new ErrorObject.RequiredFieldError("A value is required for field " + field + ".", field));
  }

  // Query predicates and sorts (ctc.domain.query, ctc.persistence.customer).

  /** A {@code where} or {@code sort} naming a field that the query schema does not have. */
  public static CommercetoolsException unknownQueryField(String parameter, String field) {
    return malformedParameter(parameter, "The field '" + field + "' does not exist.");
  }

  /** A predicate the SQL translation cannot express; the parser lets none through, so this guards a bug. */
  public static CommercetoolsException untranslatablePredicate(String reason) {
    return malformedParameter("where", reason);
  }
}
