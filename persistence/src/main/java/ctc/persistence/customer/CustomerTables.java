package ctc.persistence.customer;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.Customer;
import ctc.domain.customer.EmailUniqueness;
import ctc.domain.query.QueryField;
import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySchema.Node;
import ctc.domain.query.QuerySchema.ObjectType;
import ctc.domain.query.QuerySchema.ScalarArray;
import ctc.persistence.customer.QueryTable.Column;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The customer table and its query side tables (migrations V1, V5, V7, V8), each described once by
 * a {@link QueryTable}. The column lists below are the only ones: the statements that write the
 * tables, the values they bind and the column names of the query translation all come from them.
 */
final class CustomerTables {

  static final String PROJECT_KEY = "project_key";
  static final String CUSTOMER_ID = "customer_id";
  static final String DOCUMENT = "document";
  // customer_custom_value's columns, which predicates and sorts choose by the kind of value rather
  // than by a path.
  static final String OWNER_ID = "owner_id";
  static final String NAME = "name";
  static final String POSITION = "position";
  static final String TEXT_VALUE = "text_value";
  static final String TEXT_PREFIX = "text_prefix";
  static final String NUMBER_VALUE = "number_value";
  static final String BOOL_VALUE = "bool_value";
  static final String ROLE = "role";

  /** A customer as its row holds it. */
  record StoredCustomer(String projectKey, Customer customer, String document) {}

  /** One row of a side table: what it holds, and the customer and project it belongs to. */
  record Owned<T>(String projectKey, String customerId, T value) {}

  /**
   * One custom field value (or one element of a Set) of the customer (owner "") or of an address
   * (its id).
   */
  record CustomValue(
      String ownerId, String name, int position, String text, BigDecimal number, Boolean bool) {}

  /** One id in {@code shippingAddressIds} or {@code billingAddressIds}. */
  record RoleOf(AddressRole role, String addressId) {}

  /** The address id arrays, each with the role value its rows carry. */
  enum AddressRole {
    SHIPPING("shipping", QuerySchema.SHIPPING_ADDRESS_IDS, Customer::shippingAddressIds),
    BILLING("billing", QuerySchema.BILLING_ADDRESS_IDS, Customer::billingAddressIds);

    private final String value;
    private final ScalarArray node;
    private final Function<Customer, List<String>> ids;

    AddressRole(String value, ScalarArray node, Function<Customer, List<String>> ids) {
      this.value = value;
      this.node = node;
      this.ids = ids;
    }

    String value() {
      return value;
    }

    List<String> ids(Customer customer) {
      return ids.apply(customer);
    }

    static AddressRole of(Node node) {
      return Arrays.stream(values())
          .filter(role -> role.node.equals(node))
          .findFirst()
          .orElseThrow();
    }
  }

  static final QueryTable<StoredCustomer> CUSTOMER =
      new QueryTable<>(
          "customer",
          List.of(
              field("id", QueryField.ID, Customer::id),
              new Column<>(PROJECT_KEY, String.class, StoredCustomer::projectKey, null),
              field("version", Long.class, QueryField.VERSION, Customer::version),
              field("customer_key", QueryField.KEY, Customer::key),
              field("email", QueryField.EMAIL, Customer::email),
              field(
                  "lowercase_email",
                  QueryField.LOWERCASE_EMAIL,
                  c -> EmailUniqueness.normalize(c.email())),
              field("customer_number", QueryField.CUSTOMER_NUMBER, Customer::customerNumber),
              field("external_id", QueryField.EXTERNAL_ID, Customer::externalId),
              field("first_name", QueryField.FIRST_NAME, Customer::firstName),
              field("last_name", QueryField.LAST_NAME, Customer::lastName),
              field("middle_name", QueryField.MIDDLE_NAME, Customer::middleName),
              field("title", QueryField.TITLE, Customer::title),
              field("salutation", QueryField.SALUTATION, Customer::salutation),
              field(
                  "date_of_birth",
                  LocalDate.class,
                  QueryField.DATE_OF_BIRTH,
                  Customer::dateOfBirth),
              field("company_name", QueryField.COMPANY_NAME, Customer::companyName),
              field("vat_id", QueryField.VAT_ID, Customer::vatId),
              field(
                  "is_email_verified",
                  Boolean.class,
                  QueryField.IS_EMAIL_VERIFIED,
                  Customer::isEmailVerified),
              field("locale", QueryField.LOCALE, Customer::locale),
              field(
                  "authentication_mode",
                  QueryField.AUTHENTICATION_MODE,
                  c -> c.authenticationMode().name()),
              field(
                  "default_shipping_address_id",
                  QueryField.DEFAULT_SHIPPING_ADDRESS_ID,
                  Customer::defaultShippingAddressId),
              field(
                  "default_billing_address_id",
                  QueryField.DEFAULT_BILLING_ADDRESS_ID,
                  Customer::defaultBillingAddressId),
              field(
                  "created_at",
                  OffsetDateTime.class,
                  QueryField.CREATED_AT,
                  c -> utc(c.createdAt())),
              field(
                  "last_modified_at",
                  OffsetDateTime.class,
                  QueryField.LAST_MODIFIED_AT,
                  c -> utc(c.lastModifiedAt())),
              new Column<>(
                  "customer_group_id",
                  String.class,
                  s -> idOf(s.customer().customerGroup()),
                  path(QuerySchema.CUSTOMER, "customerGroup", "id")),
              new Column<>(
                  "custom_type_id",
                  String.class,
                  s -> typeOf(s.customer().custom()),
                  path(QuerySchema.CUSTOMER, "custom", "type", "id")),
              new Column<>(DOCUMENT, String.class, StoredCustomer::document, null)),
          Map.of(
              path(QuerySchema.CUSTOMER, "customerGroup", "typeId"),
              ResourceKind.CUSTOMER_GROUP.typeId(),
              path(QuerySchema.CUSTOMER, "custom", "type", "typeId"),
              ResourceKind.TYPE.typeId()),
          Set.of());

  /** The version check and the write in one statement: 0 rows means someone else wrote first. */
  static final String UPDATE_CUSTOMER =
      CUSTOMER.update(List.of(PROJECT_KEY, "id"), "version = :expected_version");

  static final QueryTable<Owned<Address>> ADDRESS =
      new QueryTable<>(
          "customer_address",
          owned(
              address("address_id", "id", Address::id),
              address("address_key", "key", Address::key),
              address("title", "title", Address::title),
              address("salutation", "salutation", Address::salutation),
              address("first_name", "firstName", Address::firstName),
              address("last_name", "lastName", Address::lastName),
              address("street_name", "streetName", Address::streetName),
              address("street_number", "streetNumber", Address::streetNumber),
              address(
                  "additional_street_info", "additionalStreetInfo", Address::additionalStreetInfo),
              address("postal_code", "postalCode", Address::postalCode),
              address("city", "city", Address::city),
              address("region", "region", Address::region),
              address("state", "state", Address::state),
              address("country", "country", Address::country),
              address("company", "company", Address::company),
              address("department", "department", Address::department),
              address("building", "building", Address::building),
              address("apartment", "apartment", Address::apartment),
              address("po_box", "pOBox", Address::pOBox),
              address("phone", "phone", Address::phone),
              address("mobile", "mobile", Address::mobile),
              address("email", "email", Address::email),
              address("fax", "fax", Address::fax),
              address(
                  "additional_address_info",
                  "additionalAddressInfo",
                  Address::additionalAddressInfo),
              address("external_id", "externalId", Address::externalId),
              new Column<>(
                  "custom_type_id",
                  String.class,
                  row -> typeOf(row.value().custom()),
                  path(QuerySchema.ADDRESS, "custom", "type", "id"))),
          Map.of(path(QuerySchema.ADDRESS, "custom", "type", "typeId"), ResourceKind.TYPE.typeId()),
          Set.of(QuerySchema.ADDRESSES));

  static final QueryTable<Owned<RoleOf>> ADDRESS_ROLE =
      new QueryTable<>(
          "customer_address_role",
          owned(
              new Column<>(ROLE, String.class, row -> row.value().role().value(), null),
              // The element of the id array that leads here.
              new Column<>("address_id", String.class, row -> row.value().addressId(), List.of())),
          Map.of(),
          Set.of(QuerySchema.SHIPPING_ADDRESS_IDS, QuerySchema.BILLING_ADDRESS_IDS));

  static final QueryTable<Owned<String>> GROUP_ASSIGNMENT =
      new QueryTable<>(
          "customer_group_assignment",
          owned(
              new Column<>(
                  "group_id",
                  String.class,
                  Owned::value,
                  path(QuerySchema.GROUP_ASSIGNMENT, "customerGroup", "id"))),
          Map.of(
              path(QuerySchema.GROUP_ASSIGNMENT, "customerGroup", "typeId"),
              ResourceKind.CUSTOMER_GROUP.typeId()),
          Set.of(QuerySchema.CUSTOMER_GROUP_ASSIGNMENTS));

  /**
   * Read by kind of value, not by path: a custom field's name is data, and its type that of the
   * literal.
   */
  static final QueryTable<Owned<CustomValue>> CUSTOM_VALUE =
      new QueryTable<>(
          "customer_custom_value",
          owned(
              new Column<>(OWNER_ID, String.class, row -> row.value().ownerId(), null),
              new Column<>(NAME, String.class, row -> row.value().name(), null),
              new Column<>(POSITION, Integer.class, row -> row.value().position(), null),
              new Column<>(TEXT_VALUE, String.class, row -> row.value().text(), null),
              new Column<>(
                  TEXT_PREFIX,
                  String.class,
                  row -> SearchRows.textPrefix(row.value().text()),
                  null),
              new Column<>(NUMBER_VALUE, BigDecimal.class, row -> row.value().number(), null),
              new Column<>(BOOL_VALUE, Boolean.class, row -> row.value().bool(), null)),
          Map.of(),
          Set.of(QuerySchema.FIELDS));

  static final QueryTable<Owned<String>> STORE =
      new QueryTable<>(
          "customer_store",
          owned(
              new Column<>(
                  "store_key", String.class, Owned::value, path(QuerySchema.KEY_REFERENCE, "key"))),
          Map.of(path(QuerySchema.KEY_REFERENCE, "typeId"), ResourceKind.STORE.typeId()),
          Set.of(QuerySchema.STORES));

  /** Every table a nested predicate can lead into. */
  static final List<QueryTable<?>> SIDE_TABLES =
      List.of(ADDRESS, ADDRESS_ROLE, GROUP_ASSIGNMENT, CUSTOM_VALUE, STORE);

  private CustomerTables() {}

  /** The side table that {@code node} (an array, or custom fields) leads into. */
  static Optional<QueryTable<?>> reachedBy(Node node) {
    return SIDE_TABLES.stream().filter(table -> table.isReachedBy(node)).findFirst();
  }

  /**
   * The nodes named, each a child of the one before, starting in {@code root}; resolved once, at
   * class loading.
   */
  static List<Node> path(ObjectType root, String... names) {
    List<Node> path = new ArrayList<>();
    ObjectType object = root;
    for (String name : names) {
      Node node =
          object.child(name).orElseThrow(() -> new IllegalStateException("No query field " + name));
      path.add(node);
      object = node instanceof QuerySchema.Nested nested ? nested.object() : null;
    }
    return List.copyOf(path);
  }

  private static Column<StoredCustomer> field(
      String name, QueryField field, Function<Customer, String> read) {
    return field(name, String.class, field, read);
  }

  private static Column<StoredCustomer> field(
      String name, Class<?> type, QueryField field, Function<Customer, ?> read) {
    return new Column<>(name, type, stored -> read.apply(stored.customer()), List.of(field.node()));
  }

  private static Column<Owned<Address>> address(
      String name, String field, Function<Address, String> read) {
    return new Column<>(
        name, String.class, row -> read.apply(row.value()), path(QuerySchema.ADDRESS, field));
  }

  /** A side table's columns: its customer's project and id first, the columns of its own after. */
  @SafeVarargs
  private static <T> List<Column<Owned<T>>> owned(Column<Owned<T>>... own) {
    return Stream.concat(
            Stream.of(
                new Column<Owned<T>>(PROJECT_KEY, String.class, Owned::projectKey, null),
                new Column<Owned<T>>(CUSTOMER_ID, String.class, Owned::customerId, null)),
            Arrays.stream(own))
        .toList();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String idOf(ResourceIdentifier reference) {
    return reference == null ? null : reference.id();
  }

  private static String typeOf(CustomFields custom) {
    return custom == null ? null : custom.type().id();
  }
}
