package ctc.persistence.message;

import static ctc.domain.message.MessageQuerySchema.ADDRESS;
import static ctc.domain.message.MessageQuerySchema.ADDRESS_ID;
import static ctc.domain.message.MessageQuerySchema.CREATED_AT;
import static ctc.domain.message.MessageQuerySchema.CUSTOMER_GROUP;
import static ctc.domain.message.MessageQuerySchema.CUSTOMER_GROUP_ID;
import static ctc.domain.message.MessageQuerySchema.CUSTOMER_ID;
import static ctc.domain.message.MessageQuerySchema.EMAIL;
import static ctc.domain.message.MessageQuerySchema.ID;
import static ctc.domain.message.MessageQuerySchema.IDENTIFIERS;
import static ctc.domain.message.MessageQuerySchema.IDENTIFIER_CUSTOMER_NUMBER;
import static ctc.domain.message.MessageQuerySchema.IDENTIFIER_EXTERNAL_ID;
import static ctc.domain.message.MessageQuerySchema.IDENTIFIER_KEY;
import static ctc.domain.message.MessageQuerySchema.LAST_MODIFIED_AT;
import static ctc.domain.message.MessageQuerySchema.OLD_EMAIL;
import static ctc.domain.message.MessageQuerySchema.RESET;
import static ctc.domain.message.MessageQuerySchema.RESOURCE;
import static ctc.domain.message.MessageQuerySchema.RESOURCE_ID;
import static ctc.domain.message.MessageQuerySchema.RESOURCE_TYPE_ID;
import static ctc.domain.message.MessageQuerySchema.RESOURCE_VERSION;
import static ctc.domain.message.MessageQuerySchema.SEQUENCE_NUMBER;
import static ctc.domain.message.MessageQuerySchema.TYPE;

import ctc.domain.message.Message;
import ctc.domain.message.MessagePayload;
import ctc.domain.message.MessagePayload.AddressPayload;
import ctc.domain.message.MessagePayload.CustomerDeleted;
import ctc.domain.message.MessagePayload.CustomerEmailChanged;
import ctc.domain.message.MessagePayload.CustomerGroupSet;
import ctc.domain.message.MessagePayload.CustomerPasswordUpdated;
import ctc.domain.message.MessagePayload.TokenCreated;
import ctc.domain.message.UserProvidedIdentifiers;
import ctc.domain.query.QuerySchema.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the message table, described once: the schema path of the message query language
 * each answers, and how its value is read from a message. Payload columns are null on the message
 * types without that field. Everything else of a message lives in its JSON document.
 */
final class MessageColumns {

  static final String PROJECT_KEY = "project_key";
  static final String DOCUMENT = "document";

  /** One column: its name, the query path it answers and its value for a message. */
  record Column(String name, List<Node> answers, Class<?> type, Function<Message, ?> value) {}

  static final List<Column> ALL =
      List.of(
          new Column("id", List.of(ID), String.class, Message::id),
          new Column(
              "resource_type_id",
              List.of(RESOURCE, RESOURCE_TYPE_ID),
              String.class,
              m -> m.resource().typeId()),
          new Column(
              "resource_id", List.of(RESOURCE, RESOURCE_ID), String.class, m -> m.resource().id()),
          new Column(
              "sequence_number", List.of(SEQUENCE_NUMBER), Long.class, Message::sequenceNumber),
          new Column(
              "resource_version", List.of(RESOURCE_VERSION), Long.class, Message::resourceVersion),
          new Column("type", List.of(TYPE), String.class, Message::type),
          new Column("created_at", List.of(CREATED_AT), Object.class, Message::createdAt),
          new Column(
              "identifier_key",
              List.of(IDENTIFIERS, IDENTIFIER_KEY),
              String.class,
              m -> identifier(m, UserProvidedIdentifiers::key)),
          new Column(
              "identifier_external_id",
              List.of(IDENTIFIERS, IDENTIFIER_EXTERNAL_ID),
              String.class,
              m -> identifier(m, UserProvidedIdentifiers::externalId)),
          new Column(
              "identifier_customer_number",
              List.of(IDENTIFIERS, IDENTIFIER_CUSTOMER_NUMBER),
              String.class,
              m -> identifier(m, UserProvidedIdentifiers::customerNumber)),
          new Column(
              "customer_id",
              List.of(CUSTOMER_ID),
              String.class,
              m -> m.payload() instanceof TokenCreated token ? token.customerId() : null),
          new Column("email", List.of(EMAIL), String.class, m -> email(m.payload())),
          new Column(
              "old_email",
              List.of(OLD_EMAIL),
              String.class,
              m -> m.payload() instanceof CustomerEmailChanged changed ? changed.oldEmail() : null),
          new Column(
              "reset",
              List.of(RESET),
              Boolean.class,
              m -> m.payload() instanceof CustomerPasswordUpdated updated ? updated.reset() : null),
          new Column(
              "customer_group_id",
              List.of(CUSTOMER_GROUP, CUSTOMER_GROUP_ID),
              String.class,
              m ->
                  m.payload() instanceof CustomerGroupSet set && set.customerGroup() != null
                      ? set.customerGroup().id()
                      : null),
          new Column(
              "address_id",
              List.of(ADDRESS, ADDRESS_ID),
              String.class,
              m ->
                  m.payload() instanceof AddressPayload about && about.address() != null
                      ? about.address().id()
                      : null));

  private static final Map<List<Node>, String> BY_PATH = byPath();

  /** The columns below each nested object, by that object. */
  private static final Map<Node, List<String>> PRESENCE =
      ALL.stream()
          .filter(column -> column.answers().size() == 2)
          .collect(
              Collectors.groupingBy(
                  column -> column.answers().get(0),
                  Collectors.mapping(Column::name, Collectors.toUnmodifiableList())));

  /** {@code lastModifiedAt} is {@code createdAt}: a message never changes. */
  private static final Map<List<Node>, String> SAME_AS =
      Map.of(List.of(LAST_MODIFIED_AT), "created_at");

  private MessageColumns() {}

  /** The column answering {@code path}, if any. */
  static Optional<String> column(List<Node> path) {
    return Optional.ofNullable(BY_PATH.get(path)).or(() -> Optional.ofNullable(SAME_AS.get(path)));
  }

  /** The columns of which one is set exactly when the object at {@code nested} exists. */
  static List<String> presence(Node nested) {
    return PRESENCE.getOrDefault(nested, List.of());
  }

  private static Map<List<Node>, String> byPath() {
    Map<List<Node>, String> byPath = new HashMap<>();
    ALL.forEach(column -> byPath.put(column.answers(), column.name()));
    return Map.copyOf(byPath);
  }

  private static String identifier(Message message, Function<UserProvidedIdentifiers, String> of) {
    UserProvidedIdentifiers identifiers = message.resourceUserProvidedIdentifiers();
    return identifiers == null ? null : of.apply(identifiers);
  }

  private static String email(MessagePayload payload) {
    if (payload instanceof CustomerEmailChanged changed) {
      return changed.email();
    }
    return payload instanceof CustomerDeleted deleted ? deleted.email() : null;
  }
}
