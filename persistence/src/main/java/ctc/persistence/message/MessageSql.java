package ctc.persistence.message;

import ctc.domain.error.Errors;
import ctc.domain.message.MessageQuerySchema;
import ctc.domain.query.QuerySchema.Nested;
import ctc.domain.query.QuerySchema.Node;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Sort;
import ctc.domain.query.Where;
import ctc.persistence.ScalarConditions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Translates a parsed message query into parameterised SQL on the message table alone: every field
 * of the message schema is one column of the row (or the constant {@code version} 1), so no
 * predicate needs a join. Column names come only from {@link MessageColumns}; every value is bound.
 */
final class MessageSql {

  /** SQL text and its named parameters. */
  record Sql(String text, Map<String, Object> parameters) {}

  private static final String FROM = " FROM message m WHERE m." + MessageColumns.PROJECT_KEY;
  private static final String DEFAULT_ORDER = "m.created_at ASC, m.sequence_number ASC";

  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private MessageSql(String projectKey) {
    parameters.put("projectKey", projectKey);
  }

  static Sql select(String projectKey, QuerySpec spec) {
    MessageSql sql = new MessageSql(projectKey);
    String where = sql.translate(spec.where(), List.of());
    String text =
        "SELECT m.type, m."
            + MessageColumns.DOCUMENT
            + FROM
            + " = :projectKey AND "
            + where
            + " ORDER BY "
            + orderBy(spec.sort())
            + " LIMIT :limit OFFSET :offset";
    sql.parameters.put("limit", spec.limit());
    sql.parameters.put("offset", spec.offset());
    return new Sql(text, sql.parameters);
  }

  /** The exact number of matches (the message contract's Decisions: not capped). */
  static Sql count(String projectKey, QuerySpec spec) {
    MessageSql sql = new MessageSql(projectKey);
    String where = sql.translate(spec.where(), List.of());
    return new Sql("SELECT COUNT(*)" + FROM + " = :projectKey AND " + where, sql.parameters);
  }

  /** The requested order, else createdAt and sequenceNumber; id always closes it. */
  private static String orderBy(List<Sort> sort) {
    String requested =
        sort.isEmpty()
            ? DEFAULT_ORDER
            : sort.stream()
                .map(s -> column(List.of(s.field())) + (s.ascending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
    return requested + ", m.id ASC";
  }

  /** {@code path}: the nested object the predicate is within, empty at the message itself. */
  private String translate(Where where, List<Node> path) {
    if (where instanceof Where.All) {
      return "1 = 1";
    }
    if (where instanceof Where.And and) {
      return and.terms().stream()
          .map(t -> translate(t, path))
          .collect(Collectors.joining(" AND ", "(", ")"));
    }
    if (where instanceof Where.Or or) {
      return or.terms().stream()
          .map(t -> translate(t, path))
          .collect(Collectors.joining(" OR ", "(", ")"));
    }
    if (where instanceof Where.Not not) {
      return "NOT (" + translate(not.term(), path) + ")";
    }
    if (where instanceof Where.Within within) {
      Nested nested = (Nested) within.nested();
      return "("
          + present(nested, false)
          + " AND "
          + translate(within.inner(), pathTo(path, nested))
          + ")";
    }
    if (where instanceof Where.IsDefined defined && defined.field() instanceof Nested nested) {
      return present(nested, defined.negated());
    }
    List<Node> field = pathTo(path, fieldOf(where));
    // version is 1 on every message, so it is compared as a constant.
    return scalar(where, field.equals(List.of(MessageQuerySchema.VERSION)) ? "1" : column(field));
  }

  private String scalar(Where where, String column) {
    return ScalarConditions.of(where, column, this::bind);
  }

  /** An object exists on a message when one of its columns is set ({@code resource} always). */
  private static String present(Nested nested, boolean negated) {
    List<String> columns = MessageColumns.presence(nested);
    String any =
        columns.stream()
            .map(column -> "m." + column + " IS NOT NULL")
            .collect(Collectors.joining(" OR ", "(", ")"));
    return negated ? "NOT " + any : any;
  }

  private static String column(List<Node> path) {
    return "m."
        + MessageColumns.column(path)
            .orElseThrow(() -> Errors.unknownQueryField("where", path.get(path.size() - 1).name()));
  }

  private static List<Node> pathTo(List<Node> path, Node node) {
    List<Node> longer = new ArrayList<>(path);
    longer.add(node);
    return longer;
  }

  private static Node fieldOf(Where leaf) {
    if (leaf instanceof Where.Compare compare) {
      return compare.field();
    }
    if (leaf instanceof Where.In in) {
      return in.field();
    }
    if (leaf instanceof Where.IsDefined defined) {
      return defined.field();
    }
    throw Errors.untranslatablePredicate("Messages have no arrays to test with this operator.");
  }

  private String bind(Object value) {
    String name = "w" + parameters.size();
    parameters.put(
        name, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
    return ":" + name;
  }
}
