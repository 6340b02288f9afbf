package ctc.persistence.message;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ResourceRef;
import ctc.domain.message.Message;
import ctc.domain.message.MessageQueries;
import ctc.domain.message.MessageRecorder;
import ctc.domain.query.QueryParameters;
import ctc.domain.resource.ResourceService;
import ctc.domain.store.Store;
import ctc.domain.store.StoreDraft;
import ctc.domain.store.StoreMessages;
import ctc.domain.store.StoreUpdateAction;
import ctc.domain.store.Stores;
import ctc.domain.update.UpdateRequest;
import ctc.persistence.Database;
import ctc.persistence.JdbiTransactions;
import ctc.persistence.TestDatabases;
import ctc.persistence.resource.JdbiResourceRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database with messages stored under V10 migrates to the latest version: its messages are found
 * by the payload fields V11 made queryable, and a store goes on numbering its messages after the
 * highest one it had.
 */
class MessagesBeforeV11MigrationTest {

  private static final String STORE_ID = "11111111-1111-4111-8111-111111111111";
  private static final String CUSTOMER_ID = "22222222-2222-4222-8222-222222222222";

  static Stream<String> databases() {
    return Stream.concat(Stream.of(TestDatabases.h2()), TestDatabases.postgres().stream());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void v10MessagesAreQueryableAndStoresContinueTheirNumbers(String url) {
    Flyway.configure().dataSource(url, null, null).target("10").load().migrate();
    Jdbi old = Jdbi.create(url);
    old.useHandle(
        handle -> {
          handle
              .createUpdate(
                  "INSERT INTO resource (id, type_id, project_key, resource_key, version, created_at,"
                      + " document) VALUES (:id, 'store', 'p', 'berlin', 2, :at, :doc)")
              .bind("id", STORE_ID)
              .bind("at", OffsetDateTime.parse("2026-11-01T10:00:00Z"))
              .bind(
                  "doc",
                  """
                  {"id": "%s", "version": 2, "versionModifiedAt": "2026-11-01T10:01:00Z",
                   "createdAt": "2026-11-01T10:00:00Z", "lastModifiedAt": "2026-11-01T10:01:00Z",
                   "key": "berlin", "name": {"en": "Berlin Mitte"}, "languages": []}"""
                      .formatted(STORE_ID))
              .execute();
          message(
              handle,
              "store",
              STORE_ID,
              1,
              "StoreCreated",
              "{\"name\": {\"en\": \"Berlin\"}}",
              "{\"key\": \"berlin\"}");
          message(
              handle,
              "store",
              STORE_ID,
              2,
              "StoreNameSet",
              "{\"name\": {\"en\": \"Berlin Mitte\"}}",
              "{\"key\": \"berlin\"}");
          message(
              handle,
              "customer",
              CUSTOMER_ID,
              2,
              "CustomerEmailChanged",
              "{\"email\": \"new@example.com\", \"oldEmail\": \"old@example.com\"}",
              "{\"key\": \"jane\", \"customerNumber\": \"c-1\"}");
          message(
              handle,
              "customer",
              CUSTOMER_ID,
              3,
              "CustomerPasswordUpdated",
              "{\"reset\": true}",
              null);
        });

    try (Database database = TestDatabases.open(url)) {
      JdbiMessages messages = new JdbiMessages(database.jdbi(), database.jdbi(), null);
      MessageQueries queries = new MessageQueries(messages);

      assertThat(types(queries, "oldEmail = \"old@example.com\" and email = \"new@example.com\""))
          .containsExactly("CustomerEmailChanged");
      assertThat(types(queries, "resourceUserProvidedIdentifiers(customerNumber = \"c-1\")"))
          .containsExactly("CustomerEmailChanged");
      assertThat(types(queries, "reset = true")).containsExactly("CustomerPasswordUpdated");
      assertThat(types(queries, "resourceUserProvidedIdentifiers(key = \"berlin\")"))
          .containsExactly("StoreCreated", "StoreNameSet");

      JdbiResourceRepository<Store> repository =
          new JdbiResourceRepository<>(
              database.jdbi(), ResourceKind.STORE, Store.class, Store::createdAt);
      assertThat(repository.findById("p", STORE_ID).orElseThrow().lastMessageSequenceNumber())
          .isEqualTo(2);
      ResourceService<Store, StoreDraft, StoreUpdateAction> stores =
          new ResourceService<>(
              repository,
              new JdbiTransactions(database.jdbi()),
              Stores::create,
              Stores.ACTIONS,
              Clock.systemUTC(),
              new UuidIds(),
              new MessageRecorder<>(StoreMessages.INSTANCE, messages, new UuidIds()));
      stores.update(
          RequestScope.project("p"),
          new ResourceRef.ById(STORE_ID),
          () ->
              new UpdateRequest<StoreUpdateAction>(
                  2, List.of(new StoreUpdateAction.SetName(Map.of("en", "Berlin")))),
          ACTOR);

      assertThat(
              queries
                  .query("p", raw("resource(id = \"" + STORE_ID + "\")", "sequenceNumber asc"))
                  .results())
          .extracting(Message::sequenceNumber)
          .containsExactly(1L, 2L, 3L);
    }
  }

  private static void message(
      org.jdbi.v3.core.Handle handle,
      String typeId,
      String resourceId,
      long sequenceNumber,
      String type,
      String payload,
      String identifiers) {
    String id = UUID.randomUUID().toString();
    handle
        .createUpdate(
            "INSERT INTO message (id, project_key, resource_type_id, resource_id, sequence_number,"
                + " resource_version, type, created_at, document) VALUES (:id, 'p', :t, :r, :n, :n,"
                + " :type, :at, :doc)")
        .bind("id", id)
        .bind("t", typeId)
        .bind("r", resourceId)
        .bind("n", sequenceNumber)
        .bind("type", type)
        .bind("at", OffsetDateTime.parse("2026-11-01T10:00:00Z").plusMinutes(sequenceNumber))
        .bind(
            "doc",
            "{\"id\": \"%s\", \"resource\": {\"typeId\": \"%s\", \"id\": \"%s\"}, \"sequenceNumber\": %d, \"resourceVersion\": %d, \"createdAt\": \"2026-11-01T10:0%d:00Z\", \"payload\": %s%s}"
                .formatted(
                    id,
                    typeId,
                    resourceId,
                    sequenceNumber,
                    sequenceNumber,
                    sequenceNumber,
                    payload,
                    identifiers == null
                        ? ""
                        : ", \"resourceUserProvidedIdentifiers\": " + identifiers))
        .execute();
  }

  private static List<String> types(MessageQueries queries, String where) {
    return queries.query("p", raw(where)).results().stream().map(Message::type).toList();
  }

  private static QueryParameters.Raw raw(String where, String... sort) {
    return new QueryParameters.Raw(List.of(where), Map.of(), List.of(sort), null, null, null);
  }
}
