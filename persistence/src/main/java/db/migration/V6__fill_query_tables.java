package db.migration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the customers stored before V5 their query rows. The rows are derived from the JSON
 * document, which only Java can read portably, so this step is code rather than SQL. It is frozen
 * history: it reads the document as a JSON tree and writes the tables as V5 created them, with its
 * own SQL, so later changes to the application's classes cannot change what migrating an old
 * database does. Runs in Flyway's transaction.
 */
public class V6__fill_query_tables extends BaseJavaMigration {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** The V5 address columns, each with the document field it is read from. */
  private static final String[][] ADDRESS_COLUMNS = {
    {"address_id", "id"},
    {"address_key", "key"},
    {"title", "title"},
    {"salutation", "salutation"},
    {"first_name", "firstName"},
    {"last_name", "lastName"},
    {"street_name", "streetName"},
    {"street_number", "streetNumber"},
    {"additional_street_info", "additionalStreetInfo"},
    {"postal_code", "postalCode"},
    {"city", "city"},
    {"region", "region"},
    {"state", "state"},
    {"country", "country"},
    {"company", "company"},
    {"department", "department"},
    {"building", "building"},
    {"apartment", "apartment"},
    {"po_box", "pOBox"},
    {"phone", "phone"},
    {"mobile", "mobile"},
    {"email", "email"},
    {"fax", "fax"},
    {"additional_address_info", "additionalAddressInfo"},
    {"external_id", "externalId"}
  };

  /** V5's number_value is DECIMAL(38, 10): 28 integer digits. */
  private static final BigDecimal MAX_NUMBER = BigDecimal.TEN.pow(28);

  private static final int NUMBER_SCALE = 10;

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    List<String> documents = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT document FROM customer");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        documents.add(rows.getString(1));
      }
    }
    for (String document : documents) {
      fill(connection, JSON.readTree(document));
    }
  }

  private static void fill(Connection connection, JsonNode customer) throws SQLException {
    String id = customer.path("id").asText();
    for (String table :
        List.of(
            "customer_address",
            "customer_address_role",
            "customer_group_assignment",
            "customer_custom_value")) {
      execute(connection, "DELETE FROM " + table + " WHERE customer_id = ?", id);
    }
    for (JsonNode address : customer.path("addresses")) {
      insertAddress(connection, id, address);
      insertCustomValues(connection, id, address.path("id").asText(), address.path("custom"));
    }
    for (JsonNode addressId : customer.path("shippingAddressIds")) {
      execute(
          connection,
          "INSERT INTO customer_address_role (customer_id, role, address_id) VALUES (?, ?, ?)",
          id,
          "shipping",
          addressId.asText());
    }
    for (JsonNode addressId : customer.path("billingAddressIds")) {
      execute(
          connection,
          "INSERT INTO customer_address_role (customer_id, role, address_id) VALUES (?, ?, ?)",
          id,
          "billing",
          addressId.asText());
    }
    for (JsonNode assignment : customer.path("customerGroupAssignments")) {
      String group = text(assignment.path("customerGroup"), "id");
      if (group != null) {
        execute(
            connection,
            "INSERT INTO customer_group_assignment (customer_id, group_id) VALUES (?, ?)",
            id,
            group);
      }
    }
    insertCustomValues(connection, id, "", customer.path("custom"));
    execute(
        connection,
        "UPDATE customer SET customer_group_id = ?, custom_type_id = ? WHERE id = ?",
        text(customer.path("customerGroup"), "id"),
        text(customer.path("custom").path("type"), "id"),
        id);
  }

  private static void insertAddress(Connection connection, String customerId, JsonNode address)
      throws SQLException {
    StringBuilder columns = new StringBuilder("customer_id");
    List<Object> values = new ArrayList<>(List.of(customerId));
    for (String[] column : ADDRESS_COLUMNS) {
      columns.append(", ").append(column[0]);
      values.add(text(address, column[1]));
    }
    columns.append(", custom_type_id");
    values.add(text(address.path("custom").path("type"), "id"));
    execute(
        connection,
        "INSERT INTO customer_address ("
            + columns
            + ") VALUES (?"
            + ", ?".repeat(values.size() - 1)
            + ")",
        values.toArray());
  }

  /**
   * Scalars give one row, a Set one row per scalar element; objects (money, localized strings) give
   * none.
   */
  private static void insertCustomValues(
      Connection connection, String customerId, String owner, JsonNode custom) throws SQLException {
    Iterator<Map.Entry<String, JsonNode>> fields = custom.path("fields").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      List<JsonNode> elements = new ArrayList<>();
      if (field.getValue().isArray()) {
        field.getValue().forEach(elements::add);
      } else {
        elements.add(field.getValue());
      }
      int position = 0;
      for (JsonNode element : elements) {
        Object[] value = value(element);
        if (value != null) {
          execute(
              connection,
              """
              INSERT INTO customer_custom_value (customer_id, owner_id, name, position, text_value, number_value,
                bool_value) VALUES (?, ?, ?, ?, ?, ?, ?)""",
              customerId,
              owner,
              field.getKey(),
              position++,
              value[0],
              value[1],
              value[2]);
        }
      }
    }
  }

  /** Text, number and boolean columns of one scalar, or null for what the table does not keep. */
  private static Object[] value(JsonNode element) {
    if (element.isTextual()) {
      return new Object[] {element.asText(), null, null};
    }
    if (element.isBoolean()) {
      return new Object[] {null, null, element.asBoolean()};
    }
    if (element.isNumber()) {
      BigDecimal number = element.decimalValue();
      if (number.abs().compareTo(MAX_NUMBER) >= 0) {
        return null;
      }
      // Rounding a number with a huge scale costs time growing with the scale; it would round to
      // zero anyway.
      BigDecimal rounded =
          number.precision() - number.scale() < -NUMBER_SCALE
              ? BigDecimal.ZERO.setScale(NUMBER_SCALE)
              : number.setScale(NUMBER_SCALE, RoundingMode.HALF_EVEN);
      return new Object[] {null, rounded, null};
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static void execute(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          statement.setNull(i + 1, Types.NULL);
        } else {
          statement.setObject(i + 1, values[i]);
        }
      }
      statement.executeUpdate();
    }
  }
}
