package ctc.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.GeneralError;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.InvalidRequestError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import org.junit.jupiter.api.Test;

/**
 * Pins the wording of the named factories: clients match on these texts, so a change must be
 * deliberate and show up here.
 */
class ErrorsTest {

  private static final String INVALID_JSON = "Request body does not contain valid JSON.";

  private static void pins(
      CommercetoolsException e, int status, Class<? extends ErrorObject> type, String message) {
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.error()).isInstanceOf(type);
    assertThat(e.error().message()).isEqualTo(message);
  }

  /**
   * InvalidJsonInput keeps its fixed message and carries the text in {@code detailedErrorMessage}.
   */
  private static void pinsJson(CommercetoolsException e, String detail) {
    pins(e, 400, InvalidJsonInputError.class, INVALID_JSON);
    assertThat(((InvalidJsonInputError) e.error()).detailedErrorMessage()).isEqualTo(detail);
  }

  @Test
  void requestBodyMessages() {
    pinsJson(Errors.emptyBody(), "The request body is empty.");
    pinsJson(Errors.bodyNotAnObject(), "The request body must be a JSON object.");
    pinsJson(Errors.bodyNotUtf8(), "The request body is not valid UTF-8.");
    pinsJson(
        Errors.notWholeNumber("version", "string"),
        "version: Expected a whole number, got string.");
    pinsJson(Errors.notAnArray("actions"), "actions: Expected an array.");
    pinsJson(Errors.actionNotAnObject(), "actions: Each action must be a JSON object.");
    pinsJson(Errors.unknownAction("fly"), "actions -> action: Unknown action 'fly'.");
    pinsJson(Errors.fieldNotSettable("stores"), "stores: This field cannot be set here.");
    pinsJson(
        Errors.jsonValueRejected("addresses -> 0", "Cannot parse"), "addresses -> 0: Cannot parse");
    pinsJson(Errors.jsonValueRejected("", "Cannot parse"), "Cannot parse");
    pinsJson(Errors.nullElement("stores"), "stores: null is not a valid element");
    pinsJson(
        Errors.notLocalizedString("name"), "name: A localized string must map locales to strings.");
    pinsJson(
        Errors.invalidKey("key", "x"),
        "key: The key 'x' is not valid: it must match '^[A-Za-z0-9_-]+$' and be 2 to 256 characters long.");
  }

  @Test
  void customerMessages() {
    pins(
        Errors.invalidLocale("e n"),
        400,
        InvalidInputError.class,
        "The locale 'e n' is not a valid IETF language tag.");
    pins(
        Errors.customerNumberAlreadySet(),
        400,
        InvalidOperationError.class,
        "The customer number is already set and cannot be changed.");
    pins(
        Errors.authenticationModeUnchanged("Password"),
        400,
        InvalidInputError.class,
        "The customer already has the authentication mode 'Password'.");
  }

  @Test
  void addressMessages() {
    pins(
        Errors.addressIdNotFound("a1"),
        400,
        InvalidOperationError.class,
        "The customer does not contain an address with the id 'a1'.");
    pins(
        Errors.addressKeyNotFound("home"),
        400,
        InvalidOperationError.class,
        "The customer does not contain an address with the key 'home'.");
    pins(
        Errors.addressIdOrKeyRequired(),
        400,
        InvalidOperationError.class,
        "Either 'addressId' or 'addressKey' must be given.");
    pins(
        Errors.duplicateAddressKey("home"),
        400,
        InvalidOperationError.class,
        "The customer already has an address with the key 'home'.");
    pins(
        Errors.addressIndexOutOfRange("defaultShippingAddress", 2, 1),
        400,
        InvalidInputError.class,
        "The value 2 of 'defaultShippingAddress' is not a valid index: the draft has 1 address(es).");
    pinsJson(Errors.invalidCountry("XX"), "address -> country: Invalid country code 'XX'.");
  }

  @Test
  void credentialMessages() {
    pins(
        Errors.passwordLength(1024),
        400,
        InvalidInputError.class,
        "The password must have between 1 and 1024 characters.");
    pins(
        Errors.passwordRequired(),
        400,
        InvalidOperationError.class,
        "A password is required for the authentication mode 'Password'.");
    pins(
        Errors.noPasswordInMode("ExternalAuth"),
        400,
        InvalidOperationError.class,
        "The customer signs in with 'ExternalAuth' and has no password here.");
  }

  @Test
  void referenceAndTypeMessages() {
    pinsJson(
        Errors.identifierWithIdAndKey(),
        "A ResourceIdentifier must have either 'id' or 'key', not both.");
    pinsJson(
        Errors.identifierWithoutIdOrKey(), "A ResourceIdentifier must have either 'id' or 'key'.");
    pinsJson(
        Errors.wrongReferenceType("store", "type"),
        "Expected a reference of type 'store' but got 'type'.");
    pins(
        Errors.typeNotForResource("loyalty", "address"),
        400,
        InvalidOperationError.class,
        "The type 'loyalty' cannot be used for resources of type 'address'.");
    pins(
        Errors.customFieldWithoutType("tier"),
        400,
        InvalidOperationError.class,
        "The resource has no custom type, so the custom field 'tier' cannot be set. Set a custom type first.");
    pins(
        Errors.customFieldNotSet("tier"),
        400,
        InvalidOperationError.class,
        "The custom field 'tier' cannot be removed because it is not set.");
    pins(
        Errors.duplicateFieldDefinition("tier"),
        400,
        InvalidOperationError.class,
        "The field definition 'tier' is defined twice.");
  }

  @Test
  void oauthAndApiClientMessages() {
    pins(
        Errors.apiClientWithoutScope(),
        400,
        InvalidInputError.class,
        "An API client needs at least one scope.");
    pins(
        Errors.scopeNotInProject("view_orders:p", "q"),
        400,
        InvalidInputError.class,
        "The scope 'view_orders:p' is not a scope of the project 'q'.");
    pins(
        Errors.notPositiveSeconds("accessTokenValiditySeconds"),
        400,
        InvalidInputError.class,
        "The value of 'accessTokenValiditySeconds' must be a positive number of seconds.");
    pins(
        Errors.anonymousIdTooLong(256),
        400,
        InvalidRequestError.class,
        "Invalid parameter: anonymous_id: Must have at most 256 characters.");
    pins(
        Errors.unsupportedFormType("text/plain", "application/x-www-form-urlencoded"),
        400,
        InvalidRequestError.class,
        "Unsupported content type 'text/plain'. Send the parameters as"
            + " application/x-www-form-urlencoded or in the query string.");
    pins(
        Errors.malformedForm("application/x-www-form-urlencoded"),
        400,
        InvalidRequestError.class,
        "The request body is not a valid application/x-www-form-urlencoded form.");
  }

  @Test
  void queryParameterMessages() {
    pins(
        Errors.missingQueryParameter("version"),
        400,
        InvalidInputError.class,
        "Malformed parameter: version: Missing required parameter.");
    pins(
        Errors.notAnInteger("version", "one"),
        400,
        InvalidInputError.class,
        "Malformed parameter: version: The value 'one' is not a valid integer.");
  }

  @Test
  void customerSearchMessages() {
    pins(
        Errors.searchNotReady(),
        409,
        ErrorObject.SearchNotReadyError.class,
        "Customer Search is not ready. Check the indexing-status endpoint.");
    pins(
        Errors.searchTimedOut(), 400, ErrorObject.QueryTimedOutError.class, "The query timed out.");
    pinsJson(
        Errors.searchShape("query.and[1].fuzzy.level", "Missing required value"),
        "query.and[1].fuzzy.level: Missing required value");
    pins(
        Errors.unknownSearchField("x"),
        400,
        InvalidInputError.class,
        "The field 'x' does not exist.");
    pins(
        Errors.searchExpressionNotSupported("fullText", "key"),
        400,
        InvalidInputError.class,
        "The expression 'fullText' is not supported for the field 'key'.");
    pins(
        Errors.searchPageBound("limit", 101, 1, 100),
        400,
        InvalidInputError.class,
        "limit: Value 101 is not in 1..100.");
    pins(
        Errors.invalidSearchValue("query.exists.boost", "Must be greater than 0."),
        400,
        InvalidInputError.class,
        "query.exists.boost: Must be greater than 0.");
  }

  @Test
  void httpLevelMessages() {
    pins(
        Errors.methodNotAllowed("PUT", "/p/customers"),
        405,
        InvalidInputError.class,
        "The method PUT is not allowed on /p/customers.");
    pins(
        Errors.bodyTooLarge("1 MiB"),
        413,
        InvalidInputError.class,
        "The request body is larger than the allowed 1 MiB.");
    pins(Errors.uriTooLong(), 414, InvalidInputError.class, "The request URI is too long.");
    pins(
        Errors.headersTooLarge(),
        431,
        InvalidInputError.class,
        "The request headers are too large.");
    pins(
        Errors.httpStatus(400),
        400,
        InvalidInputError.class,
        "The request could not be handled (HTTP 400).");
    pins(
        Errors.httpStatus(404),
        404,
        ResourceNotFoundError.class,
        "The request could not be handled (HTTP 404).");
    pins(
        Errors.httpStatus(503),
        503,
        GeneralError.class,
        "The request could not be handled (HTTP 503).");
    pins(Errors.unexpected(), 500, GeneralError.class, "An unexpected error occurred.");
  }

  @Test
  void limitMessages() {
    pins(
        Errors.valueOutOfRange("ttlMinutes", 0, 1, 43200),
        400,
        InvalidInputError.class,
        "The value 0 of 'ttlMinutes' is out of range: it must be between 1 and 43200.");
    pins(
        Errors.tooManyActions(501, 500),
        400,
        InvalidInputError.class,
        "Too many update actions: 501. At most 500 are allowed per request.");
    pins(
        Errors.tooManyCustomerGroups(100),
        400,
        InvalidInputError.class,
        "A customer can be assigned to at most 100 customer groups.");
    pins(
        Errors.tooManyExpansionPaths(10),
        400,
        InvalidInputError.class,
        "Malformed parameter: expand: At most 10 expansion paths are allowed.");
  }
}
