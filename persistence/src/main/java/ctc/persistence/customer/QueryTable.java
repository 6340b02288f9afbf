package ctc.persistence.customer;

import ctc.domain.query.QuerySchema.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A table that customer queries read, described once: each column's name, its Java type, how its
 * value is read from the object a row is written for, and the query schema path it answers, if any.
 * The statements that write the table are generated from this once, each column bound under its own
 * name; the query translators take column names from here only, by schema path. Immutable and
 * thread-safe.
 *
 * @param <R> what one row is written for
 */
final class QueryTable<R> {

  /**
   * One column. {@code answers} is the path of schema nodes, from the object the table holds, whose
   * value the column holds: empty for the element of an array of scalars that leads into the table,
   * null when no path reads it. {@code type} binds a null as that type.
   */
  record Column<R>(String name, Class<?> type, Function<? super R, ?> value, List<Node> answers) {
    Column {
      answers = answers == null ? null : List.copyOf(answers);
    }

    boolean answersBelow(List<Node> path) {
      return answers != null
          && answers.size() > path.size()
          && answers.subList(0, path.size()).equals(path);
    }
  }

  private final String name;
  private final List<Column<R>> columns;
  private final Map<List<Node>, String> columnsByPath;
  private final Map<List<Node>, String> fixed;
  private final Set<Node> reachedBy;
  private final String insert;
  private final String deleteOfCustomer;

  /**
   * {@code fixed} maps schema paths with one value for the whole table (the {@code typeId} of a
   * reference) to that value; {@code reachedBy} are the nodes that lead from the customer into this
   * table (none for the customer's own).
   */
  QueryTable(
      String name, List<Column<R>> columns, Map<List<Node>, String> fixed, Set<Node> reachedBy) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.columnsByPath =
        this.columns.stream()
            .filter(column -> column.answers() != null)
            .collect(Collectors.toUnmodifiableMap(Column::answers, Column::name));
    this.fixed = Map.copyOf(fixed);
    this.reachedBy = Set.copyOf(reachedBy);
    String names = this.columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String parameters =
        this.columns.stream().map(column -> ":" + column.name()).collect(Collectors.joining(", "));
    this.insert = "INSERT INTO " + name + " (" + names + ") VALUES (" + parameters + ")";
    this.deleteOfCustomer =
        "DELETE FROM "
            + name
            + " WHERE "
            + CustomerTables.CUSTOMER_ID
            + " = :"
            + CustomerTables.CUSTOMER_ID;
  }

  String name() {
    return name;
  }

  List<Column<R>> columns() {
    return columns;
  }

  /** The column holding the value at {@code path}, if this table has one. */
  Optional<String> column(List<Node> path) {
    return Optional.ofNullable(columnsByPath.get(path));
  }

  /**
   * The value {@code path} has in every row, if it is fixed by the table (the {@code typeId} of a
   * reference).
   */
  Optional<String> fixed(List<Node> path) {
    return Optional.ofNullable(fixed.get(path));
  }

  /**
   * The column that is set exactly when the object at {@code path} exists: the first column
   * answering a path below it (for {@code customerGroup}, the group's id).
   */
  Optional<String> presence(List<Node> path) {
    return columns.stream()
        .filter(column -> column.answersBelow(path))
        .map(Column::name)
        .findFirst();
  }

  boolean isReachedBy(Node node) {
    return reachedBy.contains(node);
  }

  String insert() {
    return insert;
  }

  /**
   * {@code UPDATE} of every column but {@code keys}, for the row with those keys and {@code
   * condition}.
   */
  String update(List<String> keys, String condition) {
    String set =
        columns.stream()
            .map(Column::name)
            .filter(column -> !keys.contains(column))
            .map(column -> column + " = :" + column)
            .collect(Collectors.joining(", "));
    String where =
        keys.stream().map(key -> key + " = :" + key).collect(Collectors.joining(" AND "));
    return "UPDATE " + name + " SET " + set + " WHERE " + where + " AND " + condition;
  }

  void insert(Handle handle, R row) {
    bind(handle.createUpdate(insert), row).execute();
  }

  void insertAll(Handle handle, List<R> rows) {
    if (rows.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch(insert);
    for (R row : rows) {
      bind(batch, row).add();
    }
    batch.execute();
  }

  void deleteOfCustomer(Handle handle, String customerId) {
    handle.createUpdate(deleteOfCustomer).bind(CustomerTables.CUSTOMER_ID, customerId).execute();
  }

  /** Binds every column of {@code row} under the column's name. */
  <S extends SqlStatement<S>> S bind(S statement, R row) {
    for (Column<R> column : columns) {
      statement.bindByType(column.name(), column.value().apply(row), column.type());
    }
    return statement;
  }
}
