package ctc.persistence.customer;

import ctc.domain.error.Errors;
import ctc.domain.query.QueryField;
import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySchema.CustomFieldValues;
import ctc.domain.query.QuerySchema.Nested;
import ctc.domain.query.QuerySchema.Node;
import ctc.domain.query.QuerySchema.ObjectType;
import ctc.domain.query.QuerySchema.ScalarArray;
import ctc.domain.query.Where;
import ctc.persistence.ScalarConditions;
import ctc.persistence.customer.CustomerTables.AddressRole;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Translates a {@link Where} predicate into a parameterised SQL condition on the customer row
 * {@code c}. Tables and columns are found by schema node in {@link CustomerTables}, never by a
 * field's name; every value is a bound parameter. Nested predicates on arrays become subqueries
 * over the query side tables, each with its own alias, so that {@code addresses(a = 1 and b = 2)}
 * needs one address satisfying both.
 */
final class WhereSql {

  private static final String CUSTOMER_ID =
      CustomerTables.CUSTOMER.column(List.of(QueryField.ID.node())).orElseThrow();
  private static final String ADDRESS_ID =
      CustomerTables.ADDRESS.column(CustomerTables.path(QuerySchema.ADDRESS, "id")).orElseThrow();

  /**
   * Where a predicate is evaluated: the schema object whose fields it names (null within custom
   * fields), the table and alias of the row holding that object, the path from the row's own object
   * to it, the column holding its customer's id, and the owner id of the custom fields in reach.
   */
  private record Context(
      ObjectType object,
      QueryTable<?> table,
      String alias,
      List<Node> path,
      String customerId,
      String customOwner) {

    /** Whether rows found here belong to the customer row itself, not to a row of a side table. */
    boolean topLevel() {
      return table == CustomerTables.CUSTOMER;
    }

    List<Node> pathTo(Node node) {
      List<Node> longer = new ArrayList<>(path);
      longer.add(node);
      return longer;
    }

    Context into(Nested nested) {
      return new Context(nested.object(), table, alias, pathTo(nested), customerId, customOwner);
    }
  }

  private final Map<String, Object> parameters;

  /**
   * The bound project key, which every side-table subquery compares first (the side tables' indexes
   * lead with it).
   */
  private final String project;

  private int aliases;

  private WhereSql(Map<String, Object> parameters, String project) {
    this.parameters = parameters;
    this.project = project;
  }

  /**
   * The SQL condition for {@code where} on customers aliased {@code c} of the project bound as
   * {@code project} (e.g. {@code :projectKey}); values are added to {@code parameters}.
   */
  static String condition(Where where, String project, Map<String, Object> parameters) {
    return new WhereSql(parameters, project)
        .translate(
            where,
            new Context(
                QuerySchema.CUSTOMER,
                CustomerTables.CUSTOMER,
                "c",
                List.of(),
                "c." + CUSTOMER_ID,
                "'" + SearchRows.CUSTOMER_OWNER + "'"));
  }

  private String translate(Where where, Context ctx) {
    if (where instanceof Where.All) {
      return "1 = 1";
    }
    if (where instanceof Where.And and) {
      return and.terms().stream()
          .map(t -> translate(t, ctx))
          .collect(Collectors.joining(" AND ", "(", ")"));
    }
    if (where instanceof Where.Or or) {
      return mergeNested(or.terms()).stream()
          .map(t -> translate(t, ctx))
          .collect(Collectors.joining(" OR ", "(", ")"));
    }
    if (where instanceof Where.Not not) {
      return "NOT (" + translate(not.term(), ctx) + ")";
    }
    if (where instanceof Where.Within within) {
      return within(within, ctx);
    }
    if (ctx.object() == null) {
      return customField(where, ctx);
    }
    Node field = fieldOf(where);
    if (field instanceof ScalarArray array) {
      return addressRoles(where, array, ctx);
    }
    if (field instanceof Nested nested) {
      return nestedPresence(where, nested, ctx);
    }
    return scalar(where, column(ctx, field));
  }

  /**
   * Alternatives on the same nested field become one: {@code n(a) or n(b)} is {@code n(a or b)},
   * since each asks for some element of {@code n} (or {@code n} itself) satisfying its inner
   * predicate. One subquery with the alternatives inside is one index lookup (many phone numbers
   * become one IN on the phone index), where a subquery per alternative is evaluated by H2 for
   * every customer of the project.
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
    inners.forEach(
        (nested, alternatives) ->
            merged.add(
                new Where.Within(
                    nested,
                    alternatives.size() == 1 ? alternatives.get(0) : new Where.Or(alternatives))));
    return merged;
  }

  /**
   * Custom fields are read from their own table; an array of objects from the side table it leads
   * into; an object stays in the row that holds it, present when the first column below it is set
   * (a group's or a type's id).
   */
  private String within(Where.Within within, Context ctx) {
    Node node = within.nested();
    if (node instanceof CustomFieldValues) {
      return translate(
          within.inner(),
          new Context(
              null, ctx.table(), ctx.alias(), ctx.path(), ctx.customerId(), ctx.customOwner()));
    }
    Nested nested = (Nested) node;
    if (nested.array()) {
      QueryTable<?> table =
          CustomerTables.reachedBy(nested)
              .orElseThrow(() -> Errors.unknownQueryField("where", nested.name()));
      String t = alias();
      String owner = table == CustomerTables.ADDRESS ? t + "." + ADDRESS_ID : null;
      return some(
          ctx,
          table.name(),
          t,
          translate(
              within.inner(),
              new Context(
                  nested.object(),
                  table,
                  t,
                  List.of(),
                  t + "." + CustomerTables.CUSTOMER_ID,
                  owner)));
    }
    String present =
        ctx.table()
            .presence(ctx.pathTo(nested))
            .orElseThrow(() -> Errors.unknownQueryField("where", nested.name()));
    return "("
        + ctx.alias()
        + "."
        + present
        + " IS NOT NULL AND "
        + translate(within.inner(), ctx.into(nested))
        + ")";
  }

  /**
   * Whether some row of a side table belongs to the customer and satisfies {@code condition}. On
   * the customer itself this is {@code c.id IN (SELECT customer_id …)}, which both databases answer
   * from the side table's indexes first; written as a correlated EXISTS, H2 would probe it once per
   * customer of the project. Deeper down it stays correlated to the enclosing row.
   */
  private String some(Context ctx, String table, String alias, String condition) {
    String ofProject = alias + "." + CustomerTables.PROJECT_KEY + " = " + project + " AND ";
    String customerId = alias + "." + CustomerTables.CUSTOMER_ID;
    return ctx.topLevel()
        ? ctx.customerId()
            + " IN (SELECT "
            + customerId
            + " FROM "
            + table
            + " "
            + alias
            + " WHERE "
            + ofProject
            + condition
            + ")"
        : "EXISTS (SELECT 1 FROM "
            + table
            + " "
            + alias
            + " WHERE "
            + customerId
            + " = "
            + ctx.customerId()
            + " AND "
            + ofProject
            + condition
            + ")";
  }

  /**
   * {@link #some}, negated: no row of the side table belongs to the customer and satisfies {@code
   * condition}.
   */
  private String none(Context ctx, String table, String alias, String condition) {
    return "NOT (" + some(ctx, table, alias, condition) + ")";
  }

  /** A leaf on a scalar column: comparison, in, is defined. */
  private String scalar(Where where, String column) {
    return ScalarConditions.of(where, column, this::bind);
  }

  /** shippingAddressIds and billingAddressIds: contains any/all, is (not) empty, is defined. */
  private String addressRoles(Where where, ScalarArray array, Context ctx) {
    QueryTable<?> table =
        CustomerTables.reachedBy(array)
            .orElseThrow(() -> Errors.unknownQueryField("where", array.name()));
    String role = AddressRole.of(array).value();
    String element = table.column(List.of()).orElseThrow();
    String r = alias();
    String ofRole = r + "." + CustomerTables.ROLE + " = " + bind(role);
    if (where instanceof Where.Contains contains) {
      if (!contains.all()) {
        return some(
            ctx,
            table.name(),
            r,
            ofRole + " AND " + r + "." + element + " IN " + list(contains.values()));
      }
      return contains.values().stream()
          .map(
              v -> {
                String each = alias();
                return some(
                    ctx,
                    table.name(),
                    each,
                    each
                        + "."
                        + CustomerTables.ROLE
                        + " = "
                        + bind(role)
                        + " AND "
                        + each
                        + "."
                        + element
                        + " = "
                        + bind(v));
              })
          .collect(Collectors.joining(" AND ", "(", ")"));
    }
    if (where instanceof Where.IsEmpty empty) {
      return empty.negated()
          ? some(ctx, table.name(), r, ofRole)
          : none(ctx, table.name(), r, ofRole);
    }
    if (where instanceof Where.IsDefined defined) {
      return defined.negated() ? "1 = 0" : "1 = 1";
    }
    throw Errors.untranslatablePredicate(
        "The field '" + array.name() + "' is an array: use contains or is empty.");
  }

  /** {@code nested is (not) defined} and {@code addresses is (not) empty}. */
  private String nestedPresence(Where where, Nested nested, Context ctx) {
    if (!(where instanceof Where.IsDefined) && !(where instanceof Where.IsEmpty)) {
      throw Errors.untranslatablePredicate(
          "The field '" + nested.name() + "' needs a nested predicate.");
    }
    String exists = within(new Where.Within(nested, new Where.All()), ctx);
    boolean negated =
        where instanceof Where.IsDefined defined
            ? defined.negated()
            : where instanceof Where.IsEmpty empty && !empty.negated();
    return negated ? "NOT (" + exists + ")" : exists;
  }

  /**
   * A leaf inside {@code fields(…)}: the custom field of that name, compared by the value's own
   * type.
   */
  private String customField(Where where, Context ctx) {
    Node field = fieldOf(where);
    String v = alias();
    String table = CustomerTables.CUSTOM_VALUE.name();
    String named =
        v
            + "."
            + CustomerTables.OWNER_ID
            + " = "
            + ctx.customOwner()
            + " AND "
            + v
            + "."
            + CustomerTables.NAME
            + " = "
            + bind(field.name());
    if (where instanceof Where.Compare compare) {
      if (compare.operator() == Where.Operator.NOT_EQUAL) {
        return none(ctx, table, v, named + " AND " + anyOf(v, List.of(compare.value())));
      }
      if (compare.operator() == Where.Operator.EQUAL) {
        return some(ctx, table, v, named + " AND " + anyOf(v, List.of(compare.value())));
      }
      return some(
          ctx,
          table,
          v,
          named
              + " AND "
              + scalar(
                  new Where.Compare(field, compare.operator(), compare.value()),
                  valueColumn(v, compare.value())));
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
    throw Errors.untranslatablePredicate("This operator cannot be used on a custom field.");
  }

  /**
   * A custom value equal to one of {@code values}, each compared in the column of its own kind: a
   * list may mix kinds, e.g. {@code size in (1, "L")}.
   */
  private String anyOf(String alias, List<Object> values) {
    Map<String, List<Object>> byColumn =
        values.stream()
            .collect(
                Collectors.groupingBy(
                    value -> valueColumn(alias, value), LinkedHashMap::new, Collectors.toList()));
    return byColumn.entrySet().stream()
        .map(
            column ->
                textPrefixes(alias, column.getKey(), column.getValue())
                    + column.getKey()
                    + " IN "
                    + list(column.getValue()))
        .collect(Collectors.joining(" OR ", "(", ")"));
  }

  /** For texts, the indexed prefixes to narrow by first (migration V8); nothing for other kinds. */
  private String textPrefixes(String alias, String column, List<Object> values) {
    if (!column.equals(alias + "." + CustomerTables.TEXT_VALUE)) {
      return "";
    }
    List<Object> prefixes =
        values.stream()
            .map(value -> (Object) SearchRows.textPrefix((String) value))
            .distinct()
            .toList();
    return alias + "." + CustomerTables.TEXT_PREFIX + " IN " + list(prefixes) + " AND ";
  }

  private static String valueColumn(String alias, Object value) {
    return alias
        + "."
        + (value instanceof Boolean
            ? CustomerTables.BOOL_VALUE
            : value instanceof String ? CustomerTables.TEXT_VALUE : CustomerTables.NUMBER_VALUE);
  }

  /**
   * The column of a scalar here, or the value fixed for it (a reference's {@code typeId}), bound.
   */
  private String column(Context ctx, Node field) {
    List<Node> path = ctx.pathTo(field);
    return ctx.table()
        .column(path)
        .map(column -> ctx.alias() + "." + column)
        .or(() -> ctx.table().fixed(path).map(this::bind))
        .orElseThrow(() -> Errors.unknownQueryField("where", field.name()));
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
    parameters.put(
        name, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
    return ":" + name;
  }

  private String alias() {
    return "t" + (++aliases);
  }
}
