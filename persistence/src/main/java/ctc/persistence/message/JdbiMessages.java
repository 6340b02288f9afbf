package ctc.persistence.message;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.domain.common.ClientLogging;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.SecretSealer;
import ctc.domain.message.Message;
import ctc.domain.message.MessagePayload;
import ctc.domain.message.MessagePayload.TokenCreated;
import ctc.domain.message.MessageRepository;
import ctc.domain.message.MessageSink;
import ctc.domain.message.UserProvidedIdentifiers;
import ctc.domain.query.Page;
import ctc.domain.query.QuerySpec;
import ctc.persistence.Documents;
import ctc.persistence.SqlErrors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The message table: messages are appended in the transaction of their change (Jdbi hands this
 * class the handle of the caller's transaction on the same thread), so a rolled-back change leaves
 * none. The unique index on resource and sequence number refuses a number given twice. Queries run
 * on the bounded query pool, under its statement timeout. A token value is stored sealed.
 * Thread-safe.
 */
public final class JdbiMessages implements MessageSink, MessageRepository {

  private static final String PAYLOAD_CLASS = MessagePayload.class.getName() + "$";

  /** Rows deleted per statement of the retention purge, so that no transaction grows large. */
  static final int PURGE_BATCH = 1_000;

  private static final String INSERT =
      "INSERT INTO message ("
          + MessageColumns.PROJECT_KEY
          + ", "
          + MessageColumns.DOCUMENT
          + ", "
          + MessageColumns.ALL.stream()
              .map(MessageColumns.Column::name)
              .collect(Collectors.joining(", "))
          + ") VALUES (:"
          + MessageColumns.PROJECT_KEY
          + ", :"
          + MessageColumns.DOCUMENT
          + ", "
          + MessageColumns.ALL.stream()
              .map(column -> ":" + column.name())
              .collect(Collectors.joining(", "))
          + ")";

  private final Jdbi jdbi;
  private final Jdbi queries;
  private final SecretSealer sealer;
  private final Documents documents = new Documents();

  /** {@code queries}: the bounded pool that query endpoints read through. */
  public JdbiMessages(Jdbi jdbi, Jdbi queries, SecretSealer sealer) {
    this.jdbi = jdbi;
    this.queries = queries;
    this.sealer = sealer;
  }

  @Override
  public void append(String projectKey, List<Message> messages) {
    jdbi.useHandle(
        handle -> {
          PreparedBatch batch = handle.prepareBatch(INSERT);
          for (Message message : messages) {
            Message stored = sealed(message);
            batch.bind(MessageColumns.PROJECT_KEY, projectKey);
            batch.bind(MessageColumns.DOCUMENT, documents.write(stored));
            for (MessageColumns.Column column : MessageColumns.ALL) {
              Object value = column.value().apply(stored);
              batch.bindByType(
                  column.name(),
                  value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value,
                  column.type());
            }
            batch.add();
          }
          batch.execute();
        });
  }

  /**
   * Deletes the customer's messages and the messages of its tokens ({@code dataErasure}), in the
   * transaction of the deletion.
   */
  @Override
  public void erase(String projectKey, String customerId) {
    jdbi.useHandle(
        handle -> {
          handle
              .createUpdate(
                  "DELETE FROM message WHERE project_key = :p AND resource_id = :c"
                      + " AND resource_type_id = :customer")
              .bind("p", projectKey)
              .bind("c", customerId)
              .bind("customer", ResourceKind.CUSTOMER.typeId())
              .execute();
          handle
              .createUpdate("DELETE FROM message WHERE project_key = :p AND customer_id = :c")
              .bind("p", projectKey)
              .bind("c", customerId)
              .execute();
        });
  }

  @Override
  public Page<Message> query(String projectKey, QuerySpec spec) {
    try {
      return queries.withHandle(handle -> page(handle, projectKey, spec));
    } catch (JdbiException e) {
      throw SqlErrors.translateQuery(e);
    }
  }

  @Override
  public Optional<Message> find(String projectKey, String id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT type, document FROM message WHERE project_key = :p AND id = :id")
                .bind("p", projectKey)
                .bind("id", id)
                .map((rs, ctx) -> read(rs.getString("type"), rs.getString("document")))
                .findOne());
  }

  /**
   * Deletes every message created before {@code before}, a batch per transaction; answers how many.
   */
  public int purgeCreatedBefore(Instant before) {
    int total = 0;
    int deleted;
    do {
      deleted =
          jdbi.withHandle(
              handle ->
                  handle
                      .createUpdate(
                          "DELETE FROM message WHERE id IN (SELECT id FROM message"
                              + " WHERE created_at < :at LIMIT :batch)")
                      .bind("at", before.atOffset(ZoneOffset.UTC))
                      .bind("batch", PURGE_BATCH)
                      .execute());
      total += deleted;
    } while (deleted == PURGE_BATCH);
    return total;
  }

  private Page<Message> page(Handle handle, String projectKey, QuerySpec spec) {
    MessageSql.Sql select = MessageSql.select(projectKey, spec);
    List<Message> results =
        handle
            .createQuery(select.text())
            .bindMap(select.parameters())
            .map((rs, ctx) -> read(rs.getString("type"), rs.getString("document")))
            .list();
    Long total = null;
    if (spec.withTotal()) {
      MessageSql.Sql count = MessageSql.count(projectKey, spec);
      total = handle.createQuery(count.text()).bindMap(count.parameters()).mapTo(Long.class).one();
    }
    return new Page<>(spec.limit(), spec.offset(), results.size(), total, results);
  }

  private Message sealed(Message message) {
    if (message.payload() instanceof TokenCreated token && token.value() != null) {
      return message.withPayload(token.withValue(sealer.seal(token.value())));
    }
    return message;
  }

  /** A value sealed under another key is left out, as if the token's validity were too long. */
  private Message opened(Message message) {
    if (message.payload() instanceof TokenCreated token && token.value() != null) {
      return message.withPayload(token.withValue(sealer.open(token.value()).orElse(null)));
    }
    return message;
  }

  /** A message as its document holds it: the payload has no type, the type column names it. */
  private record Stored(
      String id,
      ResourceIdentifier resource,
      long sequenceNumber,
      long resourceVersion,
      Instant createdAt,
      ClientLogging createdBy,
      JsonNode payload,
      UserProvidedIdentifiers resourceUserProvidedIdentifiers) {}

  /** The document is read once; only its payload, typed by the column, is converted again. */
  private Message read(String type, String document) {
    Stored stored = documents.read(document, Stored.class);
    return opened(
        new Message(
            stored.id(),
            stored.resource(),
            stored.sequenceNumber(),
            stored.resourceVersion(),
            stored.createdAt(),
            stored.createdBy(),
            documents.read(stored.payload(), payloadClass(type)),
            stored.resourceUserProvidedIdentifiers()));
  }

  private static Class<? extends MessagePayload> payloadClass(String type) {
    try {
      return Class.forName(PAYLOAD_CLASS + type).asSubclass(MessagePayload.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("A stored message has an unknown type: " + type, e);
    }
  }
}
