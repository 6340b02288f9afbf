package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Brings what V10 stored up to V11: the messages get their query columns from their documents, and
 * every store document gets the count of its messages ({@code lastMessageSequenceNumber}), which
 * stores keep from V11 on. Frozen history: it reads documents as JSON trees with its own SQL, so
 * later changes to the application's classes cannot change what migrating an old database does.
 * Runs in Flyway's transaction.
 */
public class V11_1__messages_before_v11 extends BaseJavaMigration {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    fillMessageColumns(connection);
    countStoreMessages(connection);
  }

  private static void fillMessageColumns(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT id, type, document FROM message");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE message SET identifier_key = ?, identifier_external_id = ?,"
                    + " identifier_customer_number = ?, email = ?, old_email = ?, reset = ?,"
                    + " customer_group_id = ?, address_id = ? WHERE id = ?");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String type = rows.getString("type");
        JsonNode message = read(rows.getString("document"));
        JsonNode identifiers = message.path("resourceUserProvidedIdentifiers");
        JsonNode payload = message.path("payload");
        boolean hasEmail = type.equals("CustomerEmailChanged") || type.equals("CustomerDeleted");
        update.setString(1, text(identifiers.path("key")));
        update.setString(2, text(identifiers.path("externalId")));
        update.setString(3, text(identifiers.path("customerNumber")));
        update.setString(4, hasEmail ? text(payload.path("email")) : null);
        update.setString(5, text(payload.path("oldEmail")));
        if (type.equals("CustomerPasswordUpdated")) {
          update.setBoolean(6, payload.path("reset").asBoolean());
        } else {
          update.setNull(6, Types.BOOLEAN);
        }
        update.setString(7, text(payload.path("customerGroup").path("id")));
        update.setString(8, text(payload.path("address").path("id")));
        update.setString(9, rows.getString("id"));
        update.executeUpdate();
      }
    }
  }

  private static void countStoreMessages(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT r.id, r.document, (SELECT COALESCE(MAX(m.sequence_number), 0) FROM message"
                    + " m WHERE m.project_key = r.project_key AND m.resource_type_id = 'store'"
                    + " AND m.resource_id = r.id) AS counted FROM resource r"
                    + " WHERE r.type_id = 'store'");
        PreparedStatement update =
            connection.prepareStatement("UPDATE resource SET document = ? WHERE id = ?");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        ObjectNode store = (ObjectNode) read(rows.getString("document"));
        store.put("lastMessageSequenceNumber", rows.getLong("counted"));
        update.setString(1, write(store));
        update.setString(2, rows.getString("id"));
        update.executeUpdate();
      }
    }
  }

  private static JsonNode read(String document) throws SQLException {
    try {
      return JSON.readTree(document);
    } catch (IOException e) {
      throw new SQLException("A stored document is not JSON", e);
    }
  }

  private static String write(JsonNode document) throws SQLException {
    try {
      return JSON.writeValueAsString(document);
    } catch (IOException e) {
      throw new SQLException("A document cannot be written as JSON", e);
    }
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }
}
