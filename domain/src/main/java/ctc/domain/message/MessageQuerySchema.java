package ctc.domain.message;

import ctc.domain.query.QueryParameters.Sortable;
import ctc.domain.query.QuerySchema.Nested;
import ctc.domain.query.QuerySchema.Node;
import ctc.domain.query.QuerySchema.ObjectType;
import ctc.domain.query.QuerySchema.Scalar;
import ctc.domain.query.QuerySchema.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What can be queried and sorted on a message (the message contract's §3): the base fields, the
 * resource and its identifiers, and the payload fields that consumers filter by. Every node is one
 * value per message, so a query reads a single table. A payload field is a missing value on the
 * message types that lack it.
 */
public final class MessageQuerySchema {

  public static final Scalar ID = string("id");
  public static final Scalar VERSION = new Scalar("version", ValueType.NUMBER);
  public static final Scalar TYPE = string("type");
  public static final Scalar RESOURCE_VERSION = new Scalar("resourceVersion", ValueType.NUMBER);
  public static final Scalar SEQUENCE_NUMBER = new Scalar("sequenceNumber", ValueType.NUMBER);
  public static final Scalar CREATED_AT = new Scalar("createdAt", ValueType.DATETIME);
  public static final Scalar LAST_MODIFIED_AT = new Scalar("lastModifiedAt", ValueType.DATETIME);
  public static final Scalar CUSTOMER_ID = string("customerId");
  public static final Scalar EMAIL = string("email");
  public static final Scalar OLD_EMAIL = string("oldEmail");
  public static final Scalar RESET = new Scalar("reset", ValueType.BOOLEAN);

  public static final Scalar RESOURCE_TYPE_ID = string("typeId");
  public static final Scalar RESOURCE_ID = string("id");
  public static final Nested RESOURCE =
      new Nested("resource", object("resource", RESOURCE_TYPE_ID, RESOURCE_ID), false);

  public static final Scalar IDENTIFIER_KEY = string("key");
  public static final Scalar IDENTIFIER_EXTERNAL_ID = string("externalId");
  public static final Scalar IDENTIFIER_CUSTOMER_NUMBER = string("customerNumber");
  public static final Nested IDENTIFIERS =
      new Nested(
          "resourceUserProvidedIdentifiers",
          object(
              "userProvidedIdentifiers",
              IDENTIFIER_KEY,
              IDENTIFIER_EXTERNAL_ID,
              IDENTIFIER_CUSTOMER_NUMBER),
          false);

  public static final Scalar CUSTOMER_GROUP_ID = string("id");
  public static final Nested CUSTOMER_GROUP =
      new Nested("customerGroup", object("customerGroupReference", CUSTOMER_GROUP_ID), false);

  public static final Scalar ADDRESS_ID = string("id");
  public static final Nested ADDRESS = new Nested("address", object("address", ADDRESS_ID), false);

  public static final ObjectType MESSAGE =
      object(
          "message",
          ID,
          VERSION,
          TYPE,
          RESOURCE,
          RESOURCE_VERSION,
          SEQUENCE_NUMBER,
          CREATED_AT,
          LAST_MODIFIED_AT,
          IDENTIFIERS,
          CUSTOMER_ID,
          EMAIL,
          OLD_EMAIL,
          RESET,
          CUSTOMER_GROUP,
          ADDRESS);

  /** The contract's sort fields; {@code id} closes every order anyway. */
  public static final Sortable SORTABLE =
      new Sortable(
          Stream.of(ID, TYPE, SEQUENCE_NUMBER, RESOURCE_VERSION, CREATED_AT, LAST_MODIFIED_AT)
              .collect(Collectors.toUnmodifiableMap(Scalar::name, field -> field)),
          false);

  private MessageQuerySchema() {}

  private static Scalar string(String name) {
    return new Scalar(name, ValueType.STRING);
  }

  private static ObjectType object(String name, Node... children) {
    Map<String, Node> byName = new LinkedHashMap<>();
    for (Node child : children) {
      byName.put(child.name(), child);
    }
    return new ObjectType(name, Map.copyOf(byName));
  }
}
