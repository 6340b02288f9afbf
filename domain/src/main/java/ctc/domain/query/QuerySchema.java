package ctc.domain.query;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What can be queried on a customer (contract §F), as a tree: scalar fields, arrays of scalars,
 * nested objects and arrays of objects (queried as {@code name(…)}), and custom fields, whose names
 * are free. The parser checks names and value types against it; the SQL translator maps each node
 * to a column or table.
 */
public final class QuerySchema {

  /**
   * How values of a field are written and compared. {@code ANY}: a custom field, typed by the
   * literal.
   */
  public enum ValueType {
    STRING,
    NUMBER,
    BOOLEAN,
    DATE,
    DATETIME,
    ANY
  }

  /** One node of the schema. */
  public sealed interface Node {
    String name();
  }

  /** A single value, e.g. {@code email}, {@code city}. */
  public record Scalar(String name, ValueType type) implements Node {}

  /** An array of values, e.g. {@code shippingAddressIds}. */
  public record ScalarArray(String name, ValueType type) implements Node {}

  /**
   * An object ({@code array} false) or array of objects, queried with a nested predicate: {@code
   * addresses(…)}.
   */
  public record Nested(String name, ObjectType object, boolean array) implements Node {}

  /**
   * {@code fields(…)} of custom fields: any name, the value's type taken from the literal compared
   * with it.
   */
  public record CustomFieldValues(String name) implements Node {}

  /** A kind of object and its fields. */
  public record ObjectType(String name, Map<String, Node> children) {
    public Optional<Node> child(String field) {
      return Optional.ofNullable(children.get(field));
    }
  }

  public static final ObjectType REFERENCE =
      object(
          "reference", new Scalar("id", ValueType.STRING), new Scalar("typeId", ValueType.STRING));
  public static final ObjectType KEY_REFERENCE =
      object(
          "keyReference",
          new Scalar("key", ValueType.STRING),
          new Scalar("typeId", ValueType.STRING));

  // Nodes that lead into a table of their own, or that several objects share, are named: the SQL
  // translation and
  // the table descriptions refer to the node itself, never to its name.
  /** {@code custom.type}: the reference to the custom fields' type. */
  public static final Nested TYPE = new Nested("type", REFERENCE, false);

  /** {@code custom.fields(…)}. */
  public static final CustomFieldValues FIELDS = new CustomFieldValues("fields");

  public static final ObjectType CUSTOM = object("custom", TYPE, FIELDS);

  /**
   * {@code custom(…)} of a customer or an address, of what commercetools calls the CustomFields
   * type.
   */
  public static final Nested CUSTOM_FIELDS = new Nested("custom", CUSTOM, false);

  public static final ObjectType ADDRESS =
      object(
          "address",
          strings(
              "id",
              "key",
              "title",
              "salutation",
              "firstName",
              "lastName",
              "streetName",
              "streetNumber",
              "additionalStreetInfo",
              "postalCode",
              "city",
              "region",
              "state",
              "country",
              "company",
              "department",
              "building",
              "apartment",
              "pOBox",
              "phone",
              "mobile",
              "email",
              "fax",
              "additionalAddressInfo",
              "externalId"),
          CUSTOM_FIELDS);

  /** {@code customerGroup(…)} of a customer or a group assignment. */
  public static final Nested CUSTOMER_GROUP = new Nested("customerGroup", REFERENCE, false);

  public static final ObjectType GROUP_ASSIGNMENT =
      object("customerGroupAssignment", CUSTOMER_GROUP);
  public static final ScalarArray SHIPPING_ADDRESS_IDS =
      new ScalarArray("shippingAddressIds", ValueType.STRING);
  public static final ScalarArray BILLING_ADDRESS_IDS =
      new ScalarArray("billingAddressIds", ValueType.STRING);
  public static final Nested ADDRESSES = new Nested("addresses", ADDRESS, true);
  public static final Nested STORES = new Nested("stores", KEY_REFERENCE, true);
  public static final Nested CUSTOMER_GROUP_ASSIGNMENTS =
      new Nested("customerGroupAssignments", GROUP_ASSIGNMENT, true);
  public static final ObjectType CUSTOMER = customer();

  private QuerySchema() {}

  private static ObjectType customer() {
    Map<String, Node> children = new LinkedHashMap<>();
    for (QueryField field : QueryField.values()) {
      children.put(field.jsonName(), field.node());
    }
    for (Node node :
        List.of(
            SHIPPING_ADDRESS_IDS,
            BILLING_ADDRESS_IDS,
            ADDRESSES,
            STORES,
            CUSTOMER_GROUP,
            CUSTOMER_GROUP_ASSIGNMENTS,
            CUSTOM_FIELDS)) {
      children.put(node.name(), node);
    }
    return new ObjectType("customer", Map.copyOf(children));
  }

  private static Node[] strings(String... names) {
    return Arrays.stream(names).map(n -> new Scalar(n, ValueType.STRING)).toArray(Node[]::new);
  }

  private static ObjectType object(String name, Node... first) {
    Map<String, Node> children = new LinkedHashMap<>();
    for (Node node : first) {
      children.put(node.name(), node);
    }
    return new ObjectType(name, Map.copyOf(children));
  }

  private static ObjectType object(String name, Node[] scalars, Node... more) {
    Map<String, Node> children = new LinkedHashMap<>();
    for (Node node : scalars) {
      children.put(node.name(), node);
    }
    for (Node node : more) {
      children.put(node.name(), node);
    }
    return new ObjectType(name, Map.copyOf(children));
  }
}
