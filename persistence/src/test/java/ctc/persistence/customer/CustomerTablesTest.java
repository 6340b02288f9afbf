package ctc.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySchema.CustomFieldValues;
import ctc.domain.query.QuerySchema.Nested;
import ctc.domain.query.QuerySchema.Node;
import ctc.domain.query.QuerySchema.ObjectType;
import ctc.domain.query.QuerySchema.Scalar;
import ctc.domain.query.QuerySchema.ScalarArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every node of the query schema is found in a table description, by the same lookups the SQL
 * translation makes: a query field cannot be added to the schema without a column to read it from.
 */
class CustomerTablesTest {

  @Test
  void everyQuerySchemaNodeMapsToAColumn() {
    List<String> unmapped = new ArrayList<>();
    List<String> mapped = new ArrayList<>();

    walk(QuerySchema.CUSTOMER, CustomerTables.CUSTOMER, List.of(), "", mapped, unmapped);

    assertThat(unmapped).as("schema paths without a column").isEmpty();
    assertThat(mapped)
        .contains(
            "email",
            "addresses.city",
            "addresses.custom.type.id",
            "addresses.custom.fields",
            "shippingAddressIds",
            "stores.key",
            "stores.typeId",
            "customerGroup.id",
            "customerGroupAssignments.customerGroup.typeId",
            "custom.fields");
  }

  @Test
  void everySideTableIsReachedFromTheSchemaByExactlyOneKindOfNode() {
    assertThat(CustomerTables.reachedBy(QuerySchema.ADDRESSES))
        .containsSame(CustomerTables.ADDRESS);
    assertThat(CustomerTables.reachedBy(QuerySchema.STORES)).containsSame(CustomerTables.STORE);
    assertThat(CustomerTables.reachedBy(QuerySchema.CUSTOMER_GROUP_ASSIGNMENTS))
        .containsSame(CustomerTables.GROUP_ASSIGNMENT);
    assertThat(CustomerTables.reachedBy(QuerySchema.SHIPPING_ADDRESS_IDS))
        .containsSame(CustomerTables.ADDRESS_ROLE);
    assertThat(CustomerTables.reachedBy(QuerySchema.BILLING_ADDRESS_IDS))
        .containsSame(CustomerTables.ADDRESS_ROLE);
    assertThat(CustomerTables.reachedBy(QuerySchema.FIELDS))
        .containsSame(CustomerTables.CUSTOM_VALUE);
  }

  @Test
  void theWritingStatementsNameEveryColumnOnceAndBindItUnderItsName() {
    for (QueryTable<?> table :
        List.of(
            CustomerTables.CUSTOMER,
            CustomerTables.ADDRESS,
            CustomerTables.ADDRESS_ROLE,
            CustomerTables.GROUP_ASSIGNMENT,
            CustomerTables.CUSTOM_VALUE,
            CustomerTables.STORE)) {
      List<String> names = table.columns().stream().map(QueryTable.Column::name).toList();
      assertThat(names).as(table.name()).doesNotHaveDuplicates().contains("project_key");
      assertThat(table.insert())
          .isEqualTo(
              "INSERT INTO "
                  + table.name()
                  + " ("
                  + String.join(", ", names)
                  + ") VALUES (:"
                  + String.join(", :", names)
                  + ")");
    }
    assertThat(CustomerTables.UPDATE_CUSTOMER)
        .startsWith("UPDATE customer SET version = :version, customer_key = :customer_key, ")
        .endsWith(
            ", document = :document WHERE project_key = :project_key AND id = :id"
                + " AND version = :expected_version");
  }

  private static void walk(
      ObjectType object,
      QueryTable<?> table,
      List<Node> path,
      String prefix,
      List<String> mapped,
      List<String> unmapped) {
    for (Node node : object.children().values()) {
      List<Node> at = append(path, node);
      String name = prefix + node.name();
      boolean found;
      if (node instanceof Scalar) {
        found = table.column(at).isPresent() || table.fixed(at).isPresent();
      } else if (node instanceof ScalarArray) {
        found = CustomerTables.reachedBy(node).flatMap(side -> side.column(List.of())).isPresent();
      } else if (node instanceof CustomFieldValues) {
        found = CustomerTables.reachedBy(node).isPresent();
      } else {
        Nested nested = (Nested) node;
        Optional<QueryTable<?>> side =
            nested.array() ? CustomerTables.reachedBy(nested) : Optional.of(table);
        found = side.isPresent() && (nested.array() || table.presence(at).isPresent());
        if (side.isPresent()) {
          walk(
              nested.object(),
              side.get(),
              nested.array() ? List.of() : at,
              name + ".",
              mapped,
              unmapped);
        }
      }
      (found ? mapped : unmapped).add(name);
    }
  }

  private static List<Node> append(List<Node> path, Node node) {
    List<Node> longer = new ArrayList<>(path);
    longer.add(node);
    return longer;
  }
}
