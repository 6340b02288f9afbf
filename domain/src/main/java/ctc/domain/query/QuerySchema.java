package ctc.domain.query;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What can be queried on a customer (contract §F), as a tree: scalar fields, arrays of scalars, nested objects and
 * arrays of objects (queried as {@code name(…)}), and custom fields, whose names are free. The parser checks names
 * and value types against it; the SQL translator maps each node to a column or table.
 */
public final class QuerySchema {

  /** How values of a field are written and compared. {@code ANY}: a custom field, typed by the literal. */
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

  /** An object ({@code array} false) or array of objects, queried with a nested predicate: {@code addresses(…)}. */
  public record Nested(String name, ObjectType object, boolean array) implements Node {}

  /** {@code fields(…)} of custom fields: any name, the value's type taken from the literal compared with it. */
  public record CustomFieldValues(String name) implements Node {}

  /** A kind of object and its fields. */
  public record ObjectType(String name, Map<String, Node> children) {
    public Optional<Node> child(String field) {
      return Optional.ofNullable(children.get(field));
    }
  }

  public static final ObjectType REFERENCE = object("reference",
      new Scalar("id", ValueType.STRING), new Scalar("typeId", ValueType.STRING));
  public static final ObjectType KEY_REFERENCE = object("keyReference",
      new Scalar("key", ValueType.STRING), new Scalar("typeId", ValueType.STRING));
  public static final ObjectType CUSTOM = object("custom",
      new Nested("type", REFERENCE, false), new CustomFieldValues("fields"));
  public static final ObjectType ADDRESS = object("address", strings("id", "key", "title", "salutation",
      "firstName", "lastName", "streetName", "streetNumber", "additionalStreetInfo", "postalCode", "city", "region",
      "state", "country", "company", "department", "building", "apartment", "pOBox", "phone", "mobile", "email",
      "fax", "additionalAddressInfo", "externalId"), new Nested("custom", CUSTOM, false));
  public static final ObjectType GROUP_ASSIGNMENT = object("customerGroupAssignment",
      new Nested("customerGroup", REFERENCE, false));
  public static final ObjectType CUSTOMER = customer();

  private QuerySchema() {}

  private static ObjectType customer() {
    Map<String, Node> children = new LinkedHashMap<>();
    for (QueryField field : QueryField.values()) {
      children.put(field.jsonName(), new Scalar(field.jsonName(), switch (field.type()) {
        case STRING -> ValueType.STRING;
        case NUMBER -> ValueType.NUMBER;
        case BOOLEAN -> ValueType.BOOLEAN;
        case DATE -> ValueType.DATE;
        case DATETIME -> ValueType.DATETIME;
      }));
    }
    for (Node node : List.of(
        new ScalarArray("shippingAddressIds", ValueType.STRING),
        new ScalarArray("billingAddressIds", ValueType.STRING),
        new Nested("addresses", ADDRESS, true),
        new Nested("stores", KEY_REFERENCE, true),
        new Nested("customerGroup", REFERENCE, false),
        new Nested("customerGroupAssignments", GROUP_ASSIGNMENT, true),
        new Nested("custom", CUSTOM, false))) {
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
