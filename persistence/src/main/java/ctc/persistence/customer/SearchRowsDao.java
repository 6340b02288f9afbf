package ctc.persistence.customer;

import java.math.BigDecimal;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Writes the rows that nested query predicates read (V5 migration). */
interface SearchRowsDao {

  /** One address's searchable columns. Public for Jdbi's binder. */
  record AddressRow(
      String projectKey, String customerId, String addressId, String key, String title, String salutation, String firstName,
      String lastName, String streetName, String streetNumber, String additionalStreetInfo, String postalCode,
      String city, String region, String state, String country, String company, String department, String building,
      String apartment, String pOBox, String phone, String mobile, String email, String fax,
      String additionalAddressInfo, String externalId, String customTypeId) {}

  /** One custom field value (or one element of a Set). Public for Jdbi's binder. */
  record CustomValueRow(
      String projectKey, String customerId, String ownerId, String name, int position, String textValue,
      BigDecimal numberValue, Boolean boolValue) {

    /** What the text index holds (migration V8); comparisons narrow by it, then compare {@code textValue}. */
    public String textPrefix() {
      return SearchRows.textPrefix(textValue);
    }
  }

  @SqlBatch("""
      INSERT INTO customer_address (project_key, customer_id, address_id, address_key, title, salutation, first_name, last_name,
        street_name, street_number, additional_street_info, postal_code, city, region, state, country, company,
        department, building, apartment, po_box, phone, mobile, email, fax, additional_address_info, external_id,
        custom_type_id)
      VALUES (:projectKey, :customerId, :addressId, :key, :title, :salutation, :firstName, :lastName, :streetName, :streetNumber,
        :additionalStreetInfo, :postalCode, :city, :region, :state, :country, :company, :department, :building,
        :apartment, :pOBox, :phone, :mobile, :email, :fax, :additionalAddressInfo, :externalId, :customTypeId)""")
  void insertAddresses(@BindMethods List<AddressRow> rows);

  @SqlBatch("""
      INSERT INTO customer_address_role (project_key, customer_id, role, address_id)
      VALUES (:projectKey, :customerId, :role, :addressId)""")
  void insertRoles(@Bind("projectKey") String projectKey, @Bind("customerId") String customerId,
      @Bind("role") String role, @Bind("addressId") List<String> addressIds);

  @SqlBatch("""
      INSERT INTO customer_group_assignment (project_key, customer_id, group_id)
      VALUES (:projectKey, :customerId, :groupId)""")
  void insertAssignments(@Bind("projectKey") String projectKey, @Bind("customerId") String customerId,
      @Bind("groupId") List<String> groupIds);

  @SqlBatch("""
      INSERT INTO customer_custom_value (project_key, customer_id, owner_id, name, position, text_value, text_prefix,
        number_value, bool_value)
      VALUES (:projectKey, :customerId, :ownerId, :name, :position, :textValue, :textPrefix, :numberValue, :boolValue)""")
  void insertCustomValues(@BindMethods List<CustomValueRow> rows);

  @SqlUpdate("DELETE FROM customer_address WHERE customer_id = :id")
  void deleteAddresses(@Bind("id") String id);

  @SqlUpdate("DELETE FROM customer_address_role WHERE customer_id = :id")
  void deleteRoles(@Bind("id") String id);

  @SqlUpdate("DELETE FROM customer_group_assignment WHERE customer_id = :id")
  void deleteAssignments(@Bind("id") String id);

  @SqlUpdate("DELETE FROM customer_custom_value WHERE customer_id = :id")
  void deleteCustomValues(@Bind("id") String id);
}
