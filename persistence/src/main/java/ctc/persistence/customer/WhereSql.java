package ctc.persistence.customer;

import ctc.domain.error.Errors;
import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySchema.CustomFieldValues;
import ctc.domain.query.QuerySchema.Nested;
import ctc.domain.query.QuerySchema.Node;
import ctc.domain.query.QuerySchema.ScalarArray;
import ctc.domain.query.Where;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Translates a {@link Where} predicate into a parameterised SQL condition on the customer row {@code c}. Column and
 * table names come only from the fixed maps below; every value is a bound parameter. Nested predicates become EXISTS
 * subqueries over the query side tables, each with its own alias, so that {@code addresses(a = 1 and b = 2)} needs
 * one address satisfying both.
 */
final class WhereSql {

  /** Columns of the address side table, by field name. */
  private static final Map<String, String> ADDRESS_COLUMNS = Map.ofEntries(
      Map.entry("id", "address_id"), Map.entry("key", "address_key"), Map.entry("title", "title"),
      Map.entry("salutation", "salutation"), Map.entry("firstName", "first_name"),
      Map.entry("lastName", "last_name"), Map.entry("streetName", "street_name"),
      Map.entry("streetNumber", "street_number"), Map.entry("additionalStreetInfo", "additional_street_info"),
      Map.entry("postalCode", "postal_code"), Map.entry("city", "city"), Map.entry("region", "region"),
      Map.entry("state", "state"), Map.entry("country", "country"), Map.entry("company", "company"),
      Map.entry("department", "department"), Map.entry("building", "building"),
      Map.entry("apartment", "apartment"), Map.entry("pOBox", "po_box"), Map.entry("phone", "phone"),
      Map.entry("mobile", "mobile"), Map.entry("email", "email"), Map.entry("fax", "fax"),
      Map.entry("additionalAddressInfo", "additional_address_info"), Map.entry("externalId", "external_id"));

  /**
   * Where a predicate is evaluated: the object, its SQL alias, the column holding its customer's id, and what its
   * reference and custom fields are.
   */
  private record Context(QuerySchema.ObjectType object, String alias, String customerId, String idColumn,
      String typeIdConstant, String customOwner, String customTypeColumn) {

    /** Whether rows found here belong to the customer row itself, not to a row of a side table. */
    boolean topLevel() {
      return customerId.equals("c.id");
    }
  }

  private final Map<String, Object> parameters;
  /** The bound project key, which every side-table subquery compares first (the side tables' indexes lead with it). */
  private final String project;
  private int aliases;

  private WhereSql(Map<String, Object> parameters, String project) {
    this.parameters = parameters;
    this.project = project;
  }

  /**
   * The SQL condition for {@code where} on customers aliased {@code c} of the project bound as {@code project} (e.g.
   * {@code :projectKey}); values are added to {@code parameters}.
   */
  static String condition(Where where, String project, Map<String, Object> parameters,
      Map<String, String> customerColumns) {
    WhereSql sql = new WhereSql(parameters, project);
    return sql.translate(where, new Context(QuerySchema.CUSTOMER, "c", "c.id", null, null, "''",
        "c.custom_type_id"), customerColumns);
  }

  private String translate(Where where, Context ctx, Map<String, String> customerColumns) {
    if (where instanceof Where.All) {
      return "1 = 1";
    }
    if (where instanceof Where.And and) {
      return and.terms().stream().map(t -> translate(t, ctx, customerColumns))
          .collect(Collectors.joining(" AND ", "(", ")"));
    }
    if (where instanceof Where.Or or) {
      return mergeNested(or.terms()).stream().map(t -> translate(t, ctx, customerColumns))
          .collect(Collectors.joining(" OR ", "(", ")"));
    }
    if (where instanceof Where.Not not) {
      return "NOT (" + translate(not.term(), ctx, customerColumns) + ")";
    }
    if (where instanceof Where.Within within) {
      return within(within, ctx, customerColumns);
    }
    if (ctx.object() == null) {
      return customField(where, ctx);
    }
    Node field = fieldOf(where);
    if (field instanceof ScalarArray array) {
      return addressRoles(where, array, ctx);
    }
    if (field instanceof Nested nested) {
      return nestedPresence(where, nested, ctx, customerColumns);
    }
    return scalar(where, column(ctx, field.name(), customerColumns));
  }

  /**
   * Alternatives on the same nested field become one: {@code n(a) or n(b)} is {@code n(a or b)}, since each asks for
   * some element of {@code n} (or {@code n} itself) satisfying its inner predicate. One subquery with the
   * alternatives inside is one index lookup (many phone numbers become one IN on the phone index), where a subquery
   * per alternative is evaluated by H2 for every customer of the project.
   */
  private static List<Where> mergeNested(List<Where> terms) {
    Map<Node, List<Where>> inners = new LinkedHashMap<>();
    List<Where> merged = new ArrayList<>();
    for (Where term : terms) {
      if (term instanceof Where.Within within) {
        inners.computeIfAbsent(within.nested(), nested -> new ArrayList<>()).add(within.inner());
      } else {
        merged.add(term);
      }
    }
    inners.forEach((nested, alternatives) -> merged.add(new Where.Within(nested,
        alternatives.size() == 1 ? alternatives.get(0) : new Where.Or(alternatives))));
    return merged;
  }

  private String within(Where.Within within, Context ctx, Map<String, String> customerColumns) {
    Node node = within.nested();
    if (node instanceof CustomFieldValues) {
      return translate(within.inner(), new Context(null, ctx.alias(), ctx.customerId(), null, null,
          ctx.customOwner(), null), customerColumns);
    }
    Nested nested = (Nested) node;
    return switch (nested.name()) {
      case "addresses" -> {
        String a = alias("a");
        yield some(ctx, "customer_address", a, translate(within.inner(), new Context(QuerySchema.ADDRESS, a,
            a + ".customer_id", null, null, a + ".address_id", a + ".custom_type_id"), customerColumns));
      }
      case "stores" -> {
        String s = alias("s");
        yield some(ctx, "customer_store", s, translate(within.inner(), new Context(QuerySchema.KEY_REFERENCE, s,
            s + ".customer_id", s + ".store_key", "store", null, null), customerColumns));
      }
      case "customerGroup" -> {
        String idColumn = ctx.object() == QuerySchema.GROUP_ASSIGNMENT ? ctx.alias() + ".group_id"
            : "c.customer_group_id";
        yield "(" + idColumn + " IS NOT NULL AND " + translate(within.inner(), new Context(QuerySchema.REFERENCE,
            ctx.alias(), ctx.customerId(), idColumn, "customer-group", null, null), customerColumns) + ")";
      }
      case "customerGroupAssignments" -> {
        String g = alias("g");
        yield some(ctx, "customer_group_assignment", g, translate(within.inner(), new Context(
            QuerySchema.GROUP_ASSIGNMENT, g, g + ".customer_id", null, null, null, null), customerColumns));
      }
      case "custom" -> "(" + ctx.customTypeColumn() + " IS NOT NULL AND " + translate(within.inner(),
          new Context(QuerySchema.CUSTOM, ctx.alias(), ctx.customerId(), null, null, ctx.customOwner(),
              ctx.customTypeColumn()), customerColumns) + ")";
      case "type" -> translate(within.inner(), new Context(QuerySchema.REFERENCE, ctx.alias(), ctx.customerId(),
          ctx.customTypeColumn(), "type", null, null), customerColumns);
      default -> throw Errors.malformedParameter("where", "The field '" + nested.name() + "' cannot be queried.");
    };
  }

  /**
   * Whether some row of a side table belongs to the customer and satisfies {@code condition}. On the customer itself
   * this is {@code c.id IN (SELECT customer_id …)}, which both databases answer from the side table's indexes
   * first; written as a correlated EXISTS, H2 would probe it once per customer of the project. Deeper down it stays
   * correlated to the enclosing row.
   */
  private String some(Context ctx, String table, String alias, String condition) {
    String ofProject = alias + ".project_key = " + project + " AND ";
    return ctx.topLevel()
        ? ctx.customerId() + " IN (SELECT " + alias + ".customer_id FROM " + table + " " + alias + " WHERE "
            + ofProject + condition + ")"
        : "EXISTS (SELECT 1 FROM " + table + " " + alias + " WHERE " + alias + ".customer_id = " + ctx.customerId()
            + " AND " + ofProject + condition + ")";
  }

  /** {@link #some}, negated: no row of the side table belongs to the customer and satisfies {@code condition}. */
  private String none(Context ctx, String table, String alias, String condition) {
    return "NOT (" + some(ctx, table, alias, condition) + ")";
  }

  /** A leaf on a scalar column: comparison, in, is defined. */
  private String scalar(Where where, String column) {
    if (where instanceof Where.Compare compare) {
      String value = bind(compare.value());
      return switch (compare.operator()) {
        case EQUAL -> column + " = " + value;
        case NOT_EQUAL -> "(" + column + " <> " + value + " OR " + column + " IS NULL)";
        case LESS -> column + " < " + value;
        case LESS_OR_EQUAL -> column + " <= " + value;
        case GREATER -> column + " > " + value;
        case GREATER_OR_EQUAL -> column + " >= " + value;
      };
    }
    if (where instanceof Where.In in) {
      String list = in.values().stream().map(this::bind).collect(Collectors.joining(", ", "(", ")"));
      return in.negated() ? "(" + column + " NOT IN " + list + " OR " + column + " IS NULL)"
          : column + " IN " + list;
    }
    if (where instanceof Where.IsDefined defined) {
      return column + (defined.negated() ? " IS NULL" : " IS NOT NULL");
    }
    throw Errors.malformedParameter("where", "This operator cannot be used on a single value.");
  }

  /** shippingAddressIds and billingAddressIds: contains any/all, is (not) empty, is defined. */
  private String addressRoles(Where where, ScalarArray array, Context ctx) {
    String role = array.name().startsWith("shipping") ? "shipping" : "billing";
    String r = alias("r");
    String ofRole = r + ".role = " + bind(role);
    if (where instanceof Where.Contains contains) {
      if (!contains.all()) {
        return some(ctx, "customer_address_role", r, ofRole + " AND " + r + ".address_id IN "
            + list(contains.values()));
      }
      return contains.values().stream().map(v -> {
        String each = alias("r");
        return some(ctx, "customer_address_role", each, each + ".role = " + bind(role) + " AND " + each
            + ".address_id = " + bind(v));
      }).collect(Collectors.joining(" AND ", "(", ")"));
    }
    if (where instanceof Where.IsEmpty empty) {
      return empty.negated() ? some(ctx, "customer_address_role", r, ofRole)
          : none(ctx, "customer_address_role", r, ofRole);
    }
    if (where instanceof Where.IsDefined defined) {
      return defined.negated() ? "1 = 0" : "1 = 1";
    }
    throw Errors.malformedParameter("where", "The field '" + array.name() + "' is an array: use contains or is empty.");
  }

  /** {@code nested is (not) defined} and {@code addresses is (not) empty}. */
  private String nestedPresence(Where where, Nested nested, Context ctx, Map<String, String> customerColumns) {
    String exists = within(new Where.Within(nested, new Where.All()), ctx, customerColumns);
    boolean negated = where instanceof Where.IsDefined defined ? defined.negated()
        : where instanceof Where.IsEmpty empty && !empty.negated();
    if (!(where instanceof Where.IsDefined) && !(where instanceof Where.IsEmpty)) {
      throw Errors.malformedParameter("where", "The field '" + nested.name() + "' needs a nested predicate.");
    }
    return negated ? "NOT (" + exists + ")" : exists;
  }

  /** A leaf inside {@code fields(…)}: the custom field of that name, compared by the value's own type. */
  private String customField(Where where, Context ctx) {
    Node field = fieldOf(where);
    String v = alias("v");
    String table = "customer_custom_value";
    String named = v + ".owner_id = " + ctx.customOwner() + " AND " + v + ".name = " + bind(field.name());
    if (where instanceof Where.Compare compare) {
      if (compare.operator() == Where.Operator.NOT_EQUAL) {
        return none(ctx, table, v, named + " AND " + anyOf(v, List.of(compare.value())));
      }
      if (compare.operator() == Where.Operator.EQUAL) {
        return some(ctx, table, v, named + " AND " + anyOf(v, List.of(compare.value())));
      }
      return some(ctx, table, v, named + " AND " + scalar(new Where.Compare(field, compare.operator(),
          compare.value()), valueColumn(v, compare.value())));
    }
    if (where instanceof Where.In in) {
      String condition = named + " AND " + anyOf(v, in.values());
      return in.negated() ? none(ctx, table, v, condition) : some(ctx, table, v, condition);
    }
    if (where instanceof Where.Contains contains) {
      if (!contains.all()) {
        return some(ctx, table, v, named + " AND " + anyOf(v, contains.values()));
      }
      return contains.values().stream()
          .map(value -> customField(new Where.Compare(field, Where.Operator.EQUAL, value), ctx))
          .collect(Collectors.joining(" AND ", "(", ")"));
    }
    if (where instanceof Where.IsDefined defined) {
      return defined.negated() ? none(ctx, table, v, named) : some(ctx, table, v, named);
    }
    if (where instanceof Where.IsEmpty empty) {
      return empty.negated() ? some(ctx, table, v, named) : none(ctx, table, v, named);
    }
    throw Errors.malformedParameter("where", "This operator cannot be used on a custom field.");
  }

  /**
   * A custom value equal to one of {@code values}, each compared in the column of its own kind: a list may mix
   * kinds, e.g. {@code size in (1, "L")}.
   */
  private String anyOf(String alias, List<Object> values) {
    Map<String, List<Object>> byColumn = values.stream()
        .collect(Collectors.groupingBy(value -> valueColumn(alias, value), LinkedHashMap::new, Collectors.toList()));
    return byColumn.entrySet().stream().map(column -> textPrefixes(alias, column.getKey(), column.getValue())
            + column.getKey() + " IN " + list(column.getValue()))
        .collect(Collectors.joining(" OR ", "(", ")"));
  }

  /** For texts, the indexed prefixes to narrow by first (migration V8); nothing for other kinds. */
  private String textPrefixes(String alias, String column, List<Object> values) {
    if (!column.equals(alias + ".text_value")) {
      return "";
    }
    return alias + ".text_prefix IN " + list(values.stream().map(value -> (Object) SearchRows.textPrefix(
        (String) value)).distinct().toList()) + " AND ";
  }

  private static String valueColumn(String alias, Object value) {
    return alias + (value instanceof Boolean ? ".bool_value" : value instanceof String ? ".text_value"
        : ".number_value");
  }

  private String column(Context ctx, String field, Map<String, String> customerColumns) {
    if (ctx.object() == QuerySchema.CUSTOMER) {
      return customerColumns.get(field);
    }
    if (ctx.object() == QuerySchema.ADDRESS) {
      return ctx.alias() + "." + ADDRESS_COLUMNS.get(field);
    }
    return switch (field) {
      case "id", "key" -> ctx.idColumn();
      case "typeId" -> bind(ctx.typeIdConstant());
      default -> throw Errors.malformedParameter("where", "The field '" + field + "' does not exist.");
    };
  }

  private static Node fieldOf(Where leaf) {
    if (leaf instanceof Where.Compare compare) {
      return compare.field();
    }
    if (leaf instanceof Where.In in) {
      return in.field();
    }
    if (leaf instanceof Where.Contains contains) {
      return contains.field();
    }
    if (leaf instanceof Where.IsEmpty empty) {
      return empty.field();
    }
    if (leaf instanceof Where.IsDefined defined) {
      return defined.field();
    }
    throw new IllegalArgumentException("Not a leaf: " + leaf);
  }

  private String list(List<Object> values) {
    return values.stream().map(this::bind).collect(Collectors.joining(", ", "(", ")"));
  }

  private String bind(Object value) {
    String name = "w" + parameters.size();
    parameters.put(name, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
    return ":" + name;
  }

  private String alias(String prefix) {
    return prefix + (++aliases);
  }
}
