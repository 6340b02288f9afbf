package ctc.persistence.customer;

import ctc.domain.common.Scope;
import ctc.domain.query.QueryField;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Sort;
import ctc.domain.query.Where;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Translates a parsed query into parameterised SQL. Column names come only from the field whitelist below; every
 * value is a bound parameter.
 */
final class CustomerQueries {

  private static final Map<QueryField, String> COLUMNS = new EnumMap<>(Map.ofEntries(
      Map.entry(QueryField.ID, "c.id"),
      Map.entry(QueryField.KEY, "c.customer_key"),
      Map.entry(QueryField.VERSION, "c.version"),
      Map.entry(QueryField.CREATED_AT, "c.created_at"),
      Map.entry(QueryField.LAST_MODIFIED_AT, "c.last_modified_at"),
      Map.entry(QueryField.EMAIL, "c.email"),
      Map.entry(QueryField.LOWERCASE_EMAIL, "c.lowercase_email"),
      Map.entry(QueryField.CUSTOMER_NUMBER, "c.customer_number"),
      Map.entry(QueryField.EXTERNAL_ID, "c.external_id"),
      Map.entry(QueryField.FIRST_NAME, "c.first_name"),
      Map.entry(QueryField.LAST_NAME, "c.last_name"),
      Map.entry(QueryField.MIDDLE_NAME, "c.middle_name"),
      Map.entry(QueryField.TITLE, "c.title"),
      Map.entry(QueryField.SALUTATION, "c.salutation"),
      Map.entry(QueryField.DATE_OF_BIRTH, "c.date_of_birth"),
      Map.entry(QueryField.COMPANY_NAME, "c.company_name"),
      Map.entry(QueryField.VAT_ID, "c.vat_id"),
      Map.entry(QueryField.IS_EMAIL_VERIFIED, "c.is_email_verified"),
      Map.entry(QueryField.LOCALE, "c.locale"),
      Map.entry(QueryField.AUTHENTICATION_MODE, "c.authentication_mode"),
      Map.entry(QueryField.DEFAULT_SHIPPING_ADDRESS_ID, "c.default_shipping_address_id"),
      Map.entry(QueryField.DEFAULT_BILLING_ADDRESS_ID, "c.default_billing_address_id")));

  private static final Map<String, String> COLUMNS_BY_NAME = COLUMNS.entrySet().stream()
      .collect(Collectors.toUnmodifiableMap(e -> e.getKey().jsonName(), Map.Entry::getValue));

  /** SQL text and its named parameters. */
  record Sql(String text, Map<String, Object> parameters) {}

  private CustomerQueries() {}

  static Sql select(Scope scope, QuerySpec spec) {
    Sql where = where(scope, spec.where());
    Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
    String text = "SELECT c.document FROM customer c WHERE " + where.text() + " ORDER BY "
        + orderBy(spec.sort(), parameters) + " LIMIT :limit OFFSET :offset";
    parameters.put("limit", spec.limit());
    parameters.put("offset", spec.offset());
    return new Sql(text, parameters);
  }

  static Sql count(Scope scope, QuerySpec spec) {
    Sql where = where(scope, spec.where());
    if (spec.totalCap().isEmpty()) {
      return new Sql("SELECT COUNT(*) FROM customer c WHERE " + where.text(), where.parameters());
    }
    Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
    parameters.put("totalCap", spec.totalCap().getAsInt());
    return new Sql("SELECT COUNT(*) FROM (SELECT 1 FROM customer c WHERE " + where.text()
        + " LIMIT :totalCap) capped", parameters);
  }

  private static Sql where(Scope scope, Where where) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("projectKey", scope.projectKey());
    StringBuilder text = new StringBuilder("c.project_key = :projectKey");
    if (scope.inStore()) {
      parameters.put("storeKey", scope.storeKey());
      // Global customers (no store row) and the store's own; as IN subqueries both databases read customer_store
      // once through its project index instead of probing it for every customer.
      text.append(" AND (c.id NOT IN (SELECT s.customer_id FROM customer_store s WHERE s.project_key = :projectKey)"
          + " OR c.id IN (SELECT s.customer_id FROM customer_store s WHERE s.project_key = :projectKey"
          + " AND s.store_key = :storeKey))");
    }
    text.append(" AND ").append(WhereSql.condition(where, ":projectKey", parameters, COLUMNS_BY_NAME));
    return new Sql(text.toString(), parameters);
  }

  /** Default order createdAt then id; id always closes the order so that pages are stable (Decisions table). */
  private static String orderBy(List<Sort> sort, Map<String, Object> parameters) {
    List<Sort> effective = sort.isEmpty() ? List.of(Sort.by(QueryField.CREATED_AT, true)) : sort;
    return effective.stream()
        .map(s -> orderTerms(s, parameters))
        .collect(Collectors.joining(", ")) + ", c.id ASC";
  }

  /**
   * A top-level column, or a custom field's first value: by number, then text, then boolean, since its type is not
   * known here. Customers without the field sort last ascending and first descending, as missing columns do.
   */
  private static String orderTerms(Sort sort, Map<String, Object> parameters) {
    String direction = sort.ascending() ? " ASC" : " DESC";
    if (sort.field() != null) {
      return COLUMNS.get(sort.field()) + direction;
    }
    String name = "sort" + parameters.size();
    parameters.put(name, sort.customField());
    return Stream.of("number_value", "text_value", "bool_value")
        .map(column -> "(SELECT v." + column + " FROM customer_custom_value v WHERE v.customer_id = c.id"
            + " AND v.project_key = :projectKey AND v.owner_id = '' AND v.name = :" + name + " AND v.position = 0)"
            + direction)
        .collect(Collectors.joining(", "));
  }
}
