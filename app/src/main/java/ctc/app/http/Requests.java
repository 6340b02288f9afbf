package ctc.app.http;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.RequestScope;
import ctc.domain.error.Errors;
import ctc.domain.query.QueryParameters;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what every route needs from a request: its scope, its actor and its query parameters. */
final class Requests {

  private static final String VARIABLE_PREFIX = "var.";

  private Requests() {}

  /** The path's project and, under {@code /in-store/key={storeKey}}, its store. */
  static RequestScope scope(Context ctx) {
    return new RequestScope(ctx.pathParam("projectKey"), ctx.pathParamMap().get("storeKey"));
  }

  /** Who acts, for createdBy / lastModifiedBy. */
  static ClientLogging actor(Context ctx) {
    return Authentication.principal(ctx).asClientLogging();
  }

  /**
   * The customer of the request's token; only on routes that declared {@link Access#needsCustomer}.
   */
  static String customerId(Context ctx) {
    return Authentication.principal(ctx).customerId();
  }

  /** The required {@code version} query parameter of a DELETE. */
  static long version(Context ctx) {
    String version = ctx.queryParam("version");
    if (version == null) {
      throw Errors.missingQueryParameter("version");
    }
    try {
      return Long.parseLong(version);
    } catch (NumberFormatException e) {
      throw Errors.notAnInteger("version", version);
    }
  }

  /** An optional boolean query parameter: absent is false; anything but true/false is 400. */
  static boolean flag(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw Errors.malformedParameter(name, "The value '" + value + "' is not a valid boolean.");
  }

  static QueryParameters.Raw query(Context ctx) {
    Map<String, List<String>> variables = new LinkedHashMap<>();
    ctx.queryParamMap()
        .forEach(
            (name, values) -> {
              if (name.startsWith(VARIABLE_PREFIX)) {
                variables.put(name.substring(VARIABLE_PREFIX.length()), values);
              }
            });
    return new QueryParameters.Raw(
        ctx.queryParams("where"),
        variables,
        ctx.queryParams("sort"),
        ctx.queryParam("limit"),
        ctx.queryParam("offset"),
        ctx.queryParam("withTotal"));
  }
}
