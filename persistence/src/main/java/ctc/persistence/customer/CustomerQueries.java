package ctc.persistence.customer;

import ctc.domain.common.RequestScope;
import ctc.domain.query.QueryField;
import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Sort;
import ctc.domain.query.Where;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Translates a parsed query into parameterised SQL. Column names come only from {@link
 * CustomerTables}; every value is a bound parameter.
 */
final class CustomerQueries {

  private static final String FROM_CUSTOMER =
      " FROM " + CustomerTables.CUSTOMER.name() + " c WHERE ";
  private static final String ID = column(QueryField.ID.node());

  /**
   * Global customers (no store row) and the store's own. As IN subqueries both databases read
   * customer_store once through its project index instead of probing it for every customer.
   */
  private static final String IN_STORE = inStore();

  /** A custom field's first value of the customer, one column per kind of value ({@code %s}). */
  private static final String CUSTOM_SORT_VALUE =
      "(SELECT v.%s FROM "
          + CustomerTables.CUSTOM_VALUE.name()
          + " v WHERE v."
          + CustomerTables.CUSTOMER_ID
          + " = "
          + ID
          + " AND v."
          + CustomerTables.PROJECT_KEY
          + " = :projectKey AND v."
          + CustomerTables.OWNER_ID
          + " = '"
          + SearchRows.CUSTOMER_OWNER
          + "' AND v."
          + CustomerTables.NAME
          + " = :%s AND v."
          + CustomerTables.POSITION
          + " = 0)";

  /** SQL text and its named parameters. */
  record Sql(String text, Map<String, Object> parameters) {}

  private CustomerQueries() {}

  static Sql select(RequestScope scope, QuerySpec spec) {
    Sql where = where(scope, spec.where());
    Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
    String text =
        "SELECT c."
            + CustomerTables.DOCUMENT
            + FROM_CUSTOMER
            + where.text()
            + " ORDER BY "
            + orderBy(spec.sort(), parameters)
            + " LIMIT :limit OFFSET :offset";
    parameters.put("limit", spec.limit());
    parameters.put("offset", spec.offset());
    return new Sql(text, parameters);
  }

  static Sql count(RequestScope scope, QuerySpec spec) {
    Sql where = where(scope, spec.where());
    if (spec.totalCap().isEmpty()) {
      return new Sql("SELECT COUNT(*)" + FROM_CUSTOMER + where.text(), where.parameters());
    }
    Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
    parameters.put("totalCap", spec.totalCap().getAsInt());
    return new Sql(
        "SELECT COUNT(*) FROM (SELECT 1"
            + FROM_CUSTOMER
            + where.text()
            + " LIMIT :totalCap) capped",
        parameters);
  }

  private static Sql where(RequestScope scope, Where where) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("projectKey", scope.projectKey());
    StringBuilder text = new StringBuilder("c." + CustomerTables.PROJECT_KEY + " = :projectKey");
    if (scope.inStore()) {
      parameters.put("storeKey", scope.storeKey());
      text.append(IN_STORE);
    }
    text.append(" AND ").append(WhereSql.condition(where, ":projectKey", parameters));
    return new Sql(text.toString(), parameters);
  }

  /**
   * Default order createdAt then id; id always closes the order so that pages are stable (Decisions
   * table).
   */
  private static String orderBy(List<Sort> sort, Map<String, Object> parameters) {
    List<Sort> effective = sort.isEmpty() ? List.of(Sort.by(QueryField.CREATED_AT, true)) : sort;
    return effective.stream().map(s -> orderTerms(s, parameters)).collect(Collectors.joining(", "))
        + ", "
        + ID
        + " ASC";
  }

  /**
   * A top-level column, or a custom field's first value: by number, then text, then boolean, since
   * its type is not known here. Customers without the field sort last ascending and first
   * descending, as missing columns do.
   */
  private static String orderTerms(Sort sort, Map<String, Object> parameters) {
    String direction = sort.ascending() ? " ASC" : " DESC";
    if (sort.field() != null) {
      return column(sort.field()) + direction;
    }
    String name = "sort" + parameters.size();
    parameters.put(name, sort.customField());
    return Stream.of(
            CustomerTables.NUMBER_VALUE, CustomerTables.TEXT_VALUE, CustomerTables.BOOL_VALUE)
        .map(column -> CUSTOM_SORT_VALUE.formatted(column, name) + direction)
        .collect(Collectors.joining(", "));
  }

  private static String inStore() {
    QueryTable<?> stores = CustomerTables.STORE;
    String storeKey =
        stores.column(CustomerTables.path(QuerySchema.KEY_REFERENCE, "key")).orElseThrow();
    String ofProject =
        "SELECT s."
            + CustomerTables.CUSTOMER_ID
            + " FROM "
            + stores.name()
            + " s WHERE s."
            + CustomerTables.PROJECT_KEY
            + " = :projectKey";
    return " AND ("
        + ID
        + " NOT IN ("
        + ofProject
        + ") OR "
        + ID
        + " IN ("
        + ofProject
        + " AND s."
        + storeKey
        + " = :storeKey))";
  }

  private static String column(QuerySchema.Scalar field) {
    return "c." + CustomerTables.CUSTOMER.column(List.of(field)).orElseThrow();
  }
}
