package ctc.domain.error;

import ctc.domain.common.ResourceKind;
import ctc.domain.error.ErrorObject.AnonymousIdAlreadyInUseError;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.DuplicateFieldError;
import ctc.domain.error.ErrorObject.ExpiredCustomerEmailTokenError;
import ctc.domain.error.ErrorObject.ExpiredCustomerPasswordTokenError;
import ctc.domain.error.ErrorObject.GeneralError;
import ctc.domain.error.ErrorObject.InsufficientScopeError;
import ctc.domain.error.ErrorObject.InvalidClientError;
import ctc.domain.error.ErrorObject.InvalidCredentialsError;
import ctc.domain.error.ErrorObject.InvalidCurrentPasswordError;
import ctc.domain.error.ErrorObject.InvalidCustomerAccountCredentialsError;
import ctc.domain.error.ErrorObject.InvalidFieldError;
import ctc.domain.error.ErrorObject.InvalidGrantError;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.InvalidRequestError;
import ctc.domain.error.ErrorObject.InvalidScopeError;
import ctc.domain.error.ErrorObject.InvalidTokenError;
import ctc.domain.error.ErrorObject.OAuthTooManyRequestsError;
import ctc.domain.error.ErrorObject.ReferenceExistsError;
import ctc.domain.error.ErrorObject.ReferencedResourceNotFoundError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import ctc.domain.error.ErrorObject.ResourceSizeLimitExceededError;
import ctc.domain.error.ErrorObject.TooManyRequestsError;
import ctc.domain.error.ErrorObject.UnsupportedGrantTypeError;
import java.time.Duration;
import java.util.List;

/**
 * The only home of error messages and their HTTP statuses (contract §E2 and the Decisions table).
 */
public final class Errors {

  private static final String INVALID_JSON = "Request body does not contain valid JSON.";

  private Errors() {}

  /** Body is not JSON, has the wrong shape, or a value of the wrong type. */
  public static CommercetoolsException invalidJson(String detail) {
    return new CommercetoolsException(400, new InvalidJsonInputError(INVALID_JSON, detail));
  }

  /**
   * A required body field is absent or null; {@code path} is the field's location, e.g. {@code
   * actions -> email}.
   */
  public static CommercetoolsException missingField(String path) {
    return invalidJson(path + ": Missing required value");
  }

  public static CommercetoolsException invalidInput(String message) {
    return new CommercetoolsException(400, new InvalidInputError(message));
  }

  /** A text beyond its bound (InputLimits); the value itself is not echoed. */
  public static CommercetoolsException valueTooLong(String field, int max) {
    return invalidInput(
        "The value of '" + field + "' is too long: at most " + max + " characters are allowed.");
  }

  public static CommercetoolsException numberOutOfRange(
      String field, int maxDigits, int maxExponent) {
    return invalidInput(
        "The number in '"
            + field
            + "' is out of range: at most "
            + maxDigits
            + " digits and a"
            + " decimal exponent between -"
            + maxExponent
            + " and "
            + maxExponent
            + " are allowed.");
  }

  /** More elements than a bound allows, e.g. {@code tooMany("addresses", "addresses", 500)}. */
  public static CommercetoolsException tooMany(String field, String what, int max) {
    return invalidInput(
        "Too many " + what + " in '" + field + "': at most " + max + " are allowed.");
  }

  /**
   * The stored document of a resource would exceed its bound; {@code limit} as the message shows
   * it, e.g. 2 MiB.
   */
  public static CommercetoolsException resourceSizeLimitExceeded(String limit) {
    return new CommercetoolsException(
        400,
        new ResourceSizeLimitExceededError(
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
    return invalidOperation(
        "The customer must stay visible in the store '"
            + storeKey
            + "' of the request path: keep that store in 'stores', or leave 'stores' empty.");
  }

  public static CommercetoolsException invalidField(
      String field, Object value, List<String> allowed) {
    return new CommercetoolsException(
        400,
        new InvalidFieldError(
            "The value " + render(value) + " is not valid for field " + field + ".",
            field,
            value,
            allowed));
  }

  public static CommercetoolsException duplicateEmail(String email) {
    return new CommercetoolsException(
        400,
        new DuplicateFieldError(
            "There is already an existing customer with the provided email.", "email", email));
  }

  public static CommercetoolsException duplicateField(String field, Object value) {
    return new CommercetoolsException(
        400,
        new DuplicateFieldError(
            "A duplicate value " + render(value) + " exists for field " + field + ".",
            field,
            value));
  }

  public static CommercetoolsException referencedResourceNotFound(
      String typeId, String id, String key) {
    String predicate = id != null ? "with identifier '" + id + "'" : "with key '" + key + "'";
    return new CommercetoolsException(
        400,
        new ReferencedResourceNotFoundError(
            "The referenced object of type '"
                + typeId
                + "' "
                + predicate
                + " was not found. It either doesn't exist,"
                + " or it can't be accessed from this endpoint (e.g., if the endpoint filters by store or customer"
                + " account).",
            typeId,
            id,
            key));
  }

  public static CommercetoolsException notFoundById(String id) {
    return new CommercetoolsException(
        404, new ResourceNotFoundError("The Resource with ID '" + id + "' was not found."));
  }

  public static CommercetoolsException notFoundByKey(String key) {
    return new CommercetoolsException(
        404, new ResourceNotFoundError("The Resource with key '" + key + "' was not found."));
  }

  public static CommercetoolsException routeNotFound(String method, String path) {
    return new CommercetoolsException(
        404,
        new ResourceNotFoundError("The endpoint '" + method + " " + path + "' was not found."));
  }

  /**
   * The same answer for an unknown email, a wrong password and a customer who may not sign in here.
   */
  public static CommercetoolsException invalidCredentials() {
    return new CommercetoolsException(
        400, new InvalidCredentialsError("Account with the given credentials not found."));
  }

  /**
   * Sign-in refused before the password is checked: the account or the API client used up its
   * attempts.
   */
  public static CommercetoolsException tooManySignInAttempts(Duration retryAfter) {
    long seconds = retryAfterSeconds(retryAfter);
    return new CommercetoolsException(
        429,
        new TooManyRequestsError(
            "Too many failed sign-in attempts. Try again in " + seconds + " seconds.", seconds));
  }

  /** The same refusal at the token endpoints, where errors take the OAuth form. */
  public static CommercetoolsException tooManyOAuthAttempts(Duration retryAfter) {
    long seconds = retryAfterSeconds(retryAfter);
    return new CommercetoolsException(
        429,
        new OAuthTooManyRequestsError(
            "Too many failed authentication attempts. Try again in " + seconds + " seconds.",
            seconds));
  }

  /** Whole seconds, rounded up, at least one: a client that waits that long is admitted again. */
  private static long retryAfterSeconds(Duration retryAfter) {
    return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
  }

  public static CommercetoolsException invalidCurrentPassword() {
    return new CommercetoolsException(
        400, new InvalidCurrentPasswordError("The given current password does not match."));
  }

  public static CommercetoolsException expiredPasswordToken() {
    return new CommercetoolsException(
        400, new ExpiredCustomerPasswordTokenError("The given password token has expired."));
  }

  public static CommercetoolsException expiredEmailToken() {
    return new CommercetoolsException(
        400, new ExpiredCustomerEmailTokenError("The given email token has expired."));
  }

  /** A token value that is unknown, used or invalidated; the value itself is not echoed. */
  public static CommercetoolsException tokenNotFound() {
    return new CommercetoolsException(
        404, new ResourceNotFoundError("The Resource with the given token value was not found."));
  }

  public static CommercetoolsException notFoundByEmail(String email) {
    return new CommercetoolsException(
        404, new ResourceNotFoundError("The Resource with email '" + email + "' was not found."));
  }

  /** A store, customer group or type that a customer still references cannot be deleted. */
  public static CommercetoolsException referenceExists(String typeId) {
    return new CommercetoolsException(
        400,
        new ReferenceExistsError(
            "Can not delete a " + typeId + " while it is referenced from at least one customer.",
            ResourceKind.CUSTOMER.typeId()));
  }

  public static CommercetoolsException anonymousIdInUse() {
    return new CommercetoolsException(
        400, new AnonymousIdAlreadyInUseError("The given anonymous ID is already in use."));
  }

  public static CommercetoolsException missingToken() {
    return new CommercetoolsException(
        401,
        new InvalidTokenError(
            "This endpoint requires an access token. You can get one from the authorization server."));
  }

  public static CommercetoolsException invalidToken() {
    return new CommercetoolsException(
        401, new InvalidTokenError("The access token is invalid, expired or revoked."));
  }

  /** {@code scope} is the missing scope's name without the project, e.g. {@code view_customers}. */
  public static CommercetoolsException insufficientScope(String scope) {
    return new CommercetoolsException(
        403,
        new InsufficientScopeError(
            "Insufficient scope. One of the following scopes is missing: " + scope + "."));
  }

  public static CommercetoolsException customerTokenRequired() {
    return new CommercetoolsException(
        403,
        new InsufficientScopeError(
            "Insufficient scope. This endpoint requires a "
                + "customer access token (password flow), whose scope includes customer_id."));
  }

  public static CommercetoolsException invalidClient() {
    return new CommercetoolsException(
        401,
        new InvalidClientError(
            "Please provide valid client credentials using HTTP Basic Authentication."));
  }

  public static CommercetoolsException invalidScope() {
    return new CommercetoolsException(
        400, new InvalidScopeError("Malformed parameter: scope: Invalid scope."));
  }

  public static CommercetoolsException invalidCustomerAccountCredentials() {
    return new CommercetoolsException(
        400,
        new InvalidCustomerAccountCredentialsError(
            "Customer account with the given credentials not found."));
  }

  public static CommercetoolsException invalidGrant() {
    return new CommercetoolsException(
        400, new InvalidGrantError("The refresh token was not found. It may have expired."));
  }

  public static CommercetoolsException missingParameter(String name) {
    return new CommercetoolsException(
        400, new InvalidRequestError("Missing required parameter: " + name + "."));
  }

  /** A token request whose parameters cannot be read at all, e.g. a body that is not a form. */
  public static CommercetoolsException invalidRequest(String message) {
    return new CommercetoolsException(400, new InvalidRequestError(message));
  }

  public static CommercetoolsException emptyParameter(String name) {
    return invalidParameter(name, "Must not be empty.");
  }

  public static CommercetoolsException invalidParameter(String name, String reason) {
    return new CommercetoolsException(
        400, new InvalidRequestError("Invalid parameter: " + name + ": " + reason));
  }

  public static CommercetoolsException unsupportedGrantType(String grantType) {
    return new CommercetoolsException(
        400,
        new UnsupportedGrantTypeError(
            "Invalid parameter: grant_type: Invalid grant type: " + grantType));
  }

  public static CommercetoolsException concurrentModification(
      String id, long expected, long actual) {
    return new CommercetoolsException(
        409,
        new ConcurrentModificationError(
            "Object "
                + id
                + " has a different version than expected. Expected: "
                + expected
                + " - Actual: "
                + actual
                + ".",
            actual));
  }

  /**
   * An HTTP-level failure (405, 413, 414, 431, …) that still answers with the commercetools body.
   */
  private static CommercetoolsException http(int status, String message) {
    ErrorObject error =
        status == 404
            ? new ResourceNotFoundError(message)
            : status >= 500 ? new GeneralError(message) : new InvalidInputError(message);
    return new CommercetoolsException(status, error);
  }

  /**
   * A query that ran out of time, or waited too long for a database connection (400, as at
   * commercetools).
   */
  public static CommercetoolsException queryTimedOut() {
    return new CommercetoolsException(
        400,
        new ErrorObject.QueryTimedOutError(
            "The query timed out. If your query"
                + " constantly times out, please check that it follows the performance best practices (see"
                + " https://docs.commercetools.com/api/predicates/query#performance-considerations)."));
  }

  /** Customer Search is switched off, or its initial index is being built (contract §11). */
  public static CommercetoolsException searchNotReady() {
    return new CommercetoolsException(
        409,
        new ErrorObject.SearchNotReadyError(
            "Customer Search is not ready. Check the indexing-status endpoint."));
  }

  /** A search that ran longer than SEARCH_TIMEOUT_MS (contract §11). */
  public static CommercetoolsException searchTimedOut() {
    return new CommercetoolsException(
        400, new ErrorObject.QueryTimedOutError("The query timed out."));
  }

  /** A search request of the wrong shape; {@code path} is e.g. {@code query.and[1].fuzzy.level}. */
  public static CommercetoolsException searchShape(String path, String problem) {
    return invalidJson(path + ": " + problem);
  }

  public static CommercetoolsException unknownSearchField(String field) {
    return invalidInput("The field '" + field + "' does not exist.");
  }

  public static CommercetoolsException searchExpressionNotSupported(
      String expression, String field) {
    return invalidInput(
        "The expression '" + expression + "' is not supported for the field '" + field + "'.");
  }

  /** A value the search cannot use, or a limit of the search request broken. */
  public static CommercetoolsException invalidSearchValue(String path, String problem) {
    return invalidInput(path + ": " + problem);
  }

  /** {@code limit} or {@code offset} outside its bounds. */
  public static CommercetoolsException searchPageBound(
      String name, Object value, int min, int max) {
    return invalidInput(name + ": Value " + value + " is not in " + min + ".." + max + ".");
  }

  private static CommercetoolsException general(String message) {
    return new CommercetoolsException(500, new GeneralError(message));
  }

  private static String render(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  /** A custom field whose name the custom type does not define. */
  public static CommercetoolsException undefinedCustomField(
      String field, Object value, String typeKey) {
    return new CommercetoolsException(
        400,
        new InvalidFieldError(
            "The field '" + field + "' is not defined in the type '" + typeKey + "'.",
            field,
            value,
            null));
  }

  public static CommercetoolsException requiredField(String field) {
    return new CommercetoolsException(
        400,
        new ErrorObject.RequiredFieldError("A value is required for field " + field + ".", field));
  }

  // Request bodies (JSON): the detail names the field's location first, as in "actions -> action:
  // …".

  /** The request body is absent or has no content. */
  public static CommercetoolsException emptyBody() {
    return invalidJson("The request body is empty.");
  }

  /** The body parses, but as an array or a scalar rather than the object every endpoint takes. */
  public static CommercetoolsException bodyNotAnObject() {
    return invalidJson("The request body must be a JSON object.");
  }

  /** The body's bytes are not strict UTF-8 (overlong forms included). */
  public static CommercetoolsException bodyNotUtf8() {
    return invalidJson("The request body is not valid UTF-8.");
  }

  /**
   * A value that must be a whole number is of another JSON type, e.g. {@code jsonType} {@code
   * string}.
   */
  public static CommercetoolsException notWholeNumber(String path, String jsonType) {
    return invalidJsonAt(path, "Expected a whole number, got " + jsonType + ".");
  }

  /** A value that must be a JSON array is something else. */
  public static CommercetoolsException notAnArray(String path) {
    return invalidJsonAt(path, "Expected an array.");
  }

  /** An element of {@code actions} that is not a JSON object. */
  public static CommercetoolsException actionNotAnObject() {
    return invalidJsonAt("actions", "Each action must be a JSON object.");
  }

  /** An update action whose name the endpoint's registry does not know (contract §E2). */
  public static CommercetoolsException unknownAction(String name) {
    return invalidJsonAt("actions -> action", "Unknown action '" + name + "'.");
  }

  /**
   * A field the endpoint's draft does not have, on endpoints that refuse unknown fields (the /me
   * drafts).
   */
  public static CommercetoolsException fieldNotSettable(String field) {
    return invalidJsonAt(field, "This field cannot be set here.");
  }

  /**
   * A value the JSON mapper rejects, in the mapper's own words; {@code path} is empty for the body
   * itself.
   */
  public static CommercetoolsException jsonValueRejected(String path, String mapperMessage) {
    return invalidJson((path.isEmpty() ? "" : path + ": ") + mapperMessage);
  }

  /** A list given with a null element. */
  public static CommercetoolsException nullElement(String path) {
    return invalidJsonAt(path, "null is not a valid element");
  }

  /** A LocalizedString that is not an object of locale → string. */
  public static CommercetoolsException notLocalizedString(String path) {
    return invalidJsonAt(path, "A localized string must map locales to strings.");
  }

  /** A key of a customer, an address or another resource that breaks the key rule (Keys). */
  public static CommercetoolsException invalidKey(String path, String key) {
    return invalidJsonAt(
        path,
        "The key '"
            + key
            + "' is not valid: it must match '^[A-Za-z0-9_-]+$' and be 2 to 256"
            + " characters long.");
  }

  private static CommercetoolsException invalidJsonAt(String path, String reason) {
    return invalidJson(path + ": " + reason);
  }

  // Customer

  /** A locale that is not a well-formed BCP 47 tag. */
  public static CommercetoolsException invalidLocale(String locale) {
    return invalidInput("The locale '" + locale + "' is not a valid IETF language tag.");
  }

  /** setCustomerNumber on a customer that has one: the number is write-once. */
  public static CommercetoolsException customerNumberAlreadySet() {
    return invalidOperation("The customer number is already set and cannot be changed.");
  }

  /** setAuthenticationMode to the mode the customer already has. */
  public static CommercetoolsException authenticationModeUnchanged(String mode) {
    return invalidInput("The customer already has the authentication mode '" + mode + "'.");
  }

  // Addresses

  /** An address named by {@code addressId} that the customer does not have. */
  public static CommercetoolsException addressIdNotFound(String addressId) {
    return invalidOperation(
        "The customer does not contain an address with the id '" + addressId + "'.");
  }

  /** An address named by {@code addressKey} that the customer does not have. */
  public static CommercetoolsException addressKeyNotFound(String addressKey) {
    return invalidOperation(
        "The customer does not contain an address with the key '" + addressKey + "'.");
  }

  /** An address action that names its address neither by id nor by key. */
  public static CommercetoolsException addressIdOrKeyRequired() {
    return invalidOperation("Either 'addressId' or 'addressKey' must be given.");
  }

  /** A second address with a key the customer's addresses already use. */
  public static CommercetoolsException duplicateAddressKey(String key) {
    return invalidOperation("The customer already has an address with the key '" + key + "'.");
  }

  /**
   * A draft's address index (e.g. {@code defaultShippingAddress}) outside its {@code addresses}.
   */
  public static CommercetoolsException addressIndexOutOfRange(
      String field, int index, int addressCount) {
    return invalidInput(
        "The value "
            + index
            + " of '"
            + field
            + "' is not a valid index: the draft has "
            + addressCount
            + " address(es).");
  }

  /** A country that is not an ISO 3166-1 alpha-2 code. */
  public static CommercetoolsException invalidCountry(String country) {
    return invalidJsonAt("address -> country", "Invalid country code '" + country + "'.");
  }

  // Credentials

  /** A password that is empty or longer than the Decisions table allows. */
  public static CommercetoolsException passwordLength(int maxLength) {
    return invalidInput("The password must have between 1 and " + maxLength + " characters.");
  }

  /** A customer created or switched to the mode Password without a password. */
  public static CommercetoolsException passwordRequired() {
    return invalidOperation("A password is required for the authentication mode 'Password'.");
  }

  /**
   * A password change or reset for a customer whose authentication mode has no password
   * (ExternalAuth).
   */
  public static CommercetoolsException noPasswordInMode(String mode) {
    return invalidOperation("The customer signs in with '" + mode + "' and has no password here.");
  }

  // References and types

  /** A ResourceIdentifier that carries both an id and a key. */
  public static CommercetoolsException identifierWithIdAndKey() {
    return invalidJson("A ResourceIdentifier must have either 'id' or 'key', not both.");
  }

  /** A ResourceIdentifier that carries neither an id nor a key. */
  public static CommercetoolsException identifierWithoutIdOrKey() {
    return invalidJson("A ResourceIdentifier must have either 'id' or 'key'.");
  }

  /** A reference whose {@code typeId} is not the one its field takes. */
  public static CommercetoolsException wrongReferenceType(String expectedTypeId, String typeId) {
    return invalidJson(
        "Expected a reference of type '" + expectedTypeId + "' but got '" + typeId + "'.");
  }

  /** Custom fields given for a type whose {@code resourceTypeIds} do not include the resource's. */
  public static CommercetoolsException typeNotForResource(String typeKey, String resourceTypeId) {
    return invalidOperation(
        "The type '"
            + typeKey
            + "' cannot be used for resources of type '"
            + resourceTypeId
            + "'.");
  }

  /** A custom field set on a resource that has no custom type yet. */
  public static CommercetoolsException customFieldWithoutType(String field) {
    return invalidOperation(
        "The resource has no custom type, so the custom field '"
            + field
            + "' cannot be set. Set a custom type first.");
  }

  /** Removing a custom field that has no value (contract §D1). */
  public static CommercetoolsException customFieldNotSet(String field) {
    return invalidOperation(
        "The custom field '" + field + "' cannot be removed because it is not set.");
  }

  /** A type draft that defines one field name twice. */
  public static CommercetoolsException duplicateFieldDefinition(String field) {
    return invalidOperation("The field definition '" + field + "' is defined twice.");
  }

  // OAuth, API clients and HTTP

  /** An API client draft whose scope is empty. */
  public static CommercetoolsException apiClientWithoutScope() {
    return invalidInput("An API client needs at least one scope.");
  }

  /** An API client scope that is unknown or names another project. */
  public static CommercetoolsException scopeNotInProject(String scope, String projectKey) {
    return invalidInput(
        "The scope '" + scope + "' is not a scope of the project '" + projectKey + "'.");
  }

  /** A token validity of an API client draft that is zero or negative. */
  public static CommercetoolsException notPositiveSeconds(String field) {
    return invalidInput("The value of '" + field + "' must be a positive number of seconds.");
  }

  /** An {@code anonymous_id} longer than the stored column. */
  public static CommercetoolsException anonymousIdTooLong(int maxLength) {
    return invalidParameter("anonymous_id", "Must have at most " + maxLength + " characters.");
  }

  /**
   * A token request with a body that is not a form; {@code formType} is the media type it should
   * have.
   */
  public static CommercetoolsException unsupportedFormType(String contentType, String formType) {
    return invalidRequest(
        "Unsupported content type '"
            + contentType
            + "'. Send the parameters as "
            + formType
            + " or in the query string.");
  }

  /**
   * A token request whose form body cannot be decoded (bad escapes, or bytes that are not UTF-8).
   */
  public static CommercetoolsException malformedForm(String formType) {
    return invalidRequest("The request body is not a valid " + formType + " form.");
  }

  /** A required query parameter that is absent (e.g. {@code version} of a DELETE). */
  public static CommercetoolsException missingQueryParameter(String parameter) {
    return malformedParameter(parameter, "Missing required parameter.");
  }

  /** A query parameter that must be an integer and is not. */
  public static CommercetoolsException notAnInteger(String parameter, String value) {
    return malformedParameter(parameter, "The value '" + value + "' is not a valid integer.");
  }

  /** 405: the path exists, but not for this method. */
  public static CommercetoolsException methodNotAllowed(String method, String path) {
    return http(405, "The method " + method + " is not allowed on " + path + ".");
  }

  /** 413: a body over the limit, given as the message shows it (e.g. 1 MiB). */
  public static CommercetoolsException bodyTooLarge(String limit) {
    return http(413, "The request body is larger than the allowed " + limit + ".");
  }

  /** 414, answered by Jetty before routing. */
  public static CommercetoolsException uriTooLong() {
    return http(414, "The request URI is too long.");
  }

  /** 431, answered by Jetty before routing. */
  public static CommercetoolsException headersTooLarge() {
    return http(431, "The request headers are too large.");
  }

  /** Any other HTTP-level status the server answers without a more specific message. */
  public static CommercetoolsException httpStatus(int status) {
    return http(status, "The request could not be handled (HTTP " + status + ").");
  }

  /** 500: a failure the code did not foresee; the details go to the log only. */
  public static CommercetoolsException unexpected() {
    return general("An unexpected error occurred.");
  }

  // Limits (contract §I)

  /** A number outside its closed range, e.g. {@code ttlMinutes}. */
  public static CommercetoolsException valueOutOfRange(
      String field, long value, long min, long max) {
    return invalidInput(
        "The value "
            + value
            + " of '"
            + field
            + "' is out of range: it must be between "
            + min
            + " and "
            + max
            + ".");
  }

  /** An update request with more actions than one request may carry. */
  public static CommercetoolsException tooManyActions(int count, int max) {
    return invalidInput(
        "Too many update actions: " + count + ". At most " + max + " are allowed per request.");
  }

  /** More customer group assignments than a customer may have. */
  public static CommercetoolsException tooManyCustomerGroups(int max) {
    return invalidInput("A customer can be assigned to at most " + max + " customer groups.");
  }

  /** More {@code expand} parameters than one request may carry. */
  public static CommercetoolsException tooManyExpansionPaths(int max) {
    return malformedParameter("expand", "At most " + max + " expansion paths are allowed.");
  }

  // Query predicates and sorts (ctc.domain.query, ctc.persistence.customer).

  /** A {@code where} or {@code sort} naming a field that the query schema does not have. */
  public static CommercetoolsException unknownQueryField(String parameter, String field) {
    return malformedParameter(parameter, "The field '" + field + "' does not exist.");
  }

  /**
   * A predicate the SQL translation cannot express; the parser lets none through, so this guards a
   * bug.
   */
  public static CommercetoolsException untranslatablePredicate(String reason) {
    return malformedParameter("where", reason);
  }
}
