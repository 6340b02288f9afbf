package ctc.persistence.message;

import com.fasterxml.jackson.databind.JsonNode;
import ctc.domain.common.ClientLogging;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.message.Message;
import ctc.domain.message.MessagePayload;
import ctc.domain.message.MessageSink;
import ctc.domain.message.UserProvidedIdentifiers;
import ctc.persistence.Documents;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The message table: messages are appended in the transaction of their change (Jdbi hands this
 * class the handle of the caller's transaction on the same thread), so a rolled-back change leaves
 * none. The unique index on resource and sequence number refuses a number given twice. Thread-safe.
 */
public final class JdbiMessages implements MessageSink {

  private static final String PAYLOAD_CLASS = MessagePayload.class.getName() + "$";

  private final Jdbi jdbi;
  private final Documents documents = new Documents();

  public JdbiMessages(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long lastSequenceNumber(String projectKey, ResourceIdentifier resource) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT COALESCE(MAX(sequence_number), 0) FROM message WHERE project_key = :p"
                        + " AND resource_type_id = :t AND resource_id = :r")
                .bind("p", projectKey)
                .bind("t", resource.typeId())
                .bind("r", resource.id())
                .mapTo(Long.class)
                .one());
  }

  @Override
  public void append(String projectKey, List<Message> messages) {
    jdbi.useHandle(
        handle -> {
          PreparedBatch batch =
              handle.prepareBatch(
                  "INSERT INTO message (id, project_key, resource_type_id, resource_id,"
                      + " sequence_number, resource_version, type, created_at, document) VALUES"
                      + " (:id, :p, :t, :r, :n, :v, :type, :at, :doc)");
          for (Message message : messages) {
            batch
                .bind("id", message.id())
                .bind("p", projectKey)
                .bind("t", message.resource().typeId())
                .bind("r", message.resource().id())
                .bind("n", message.sequenceNumber())
                .bind("v", message.resourceVersion())
                .bind("type", message.type())
                .bind("at", message.createdAt().atOffset(ZoneOffset.UTC))
                .bind("doc", documents.write(message))
                .add();
          }
          batch.execute();
        });
  }

  /** The messages of one resource in sequence order. */
  public List<Message> findByResource(String projectKey, ResourceIdentifier resource) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT type, document FROM message WHERE project_key = :p"
                        + " AND resource_type_id = :t AND resource_id = :r ORDER BY sequence_number")
                .bind("p", projectKey)
                .bind("t", resource.typeId())
                .bind("r", resource.id())
                .map((rs, ctx) -> read(rs.getString("type"), rs.getString("document")))
                .list());
  }

  /** All messages of a project, oldest first. */
  public List<Message> findAll(String projectKey) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT type, document FROM message WHERE project_key = :p"
                        + " ORDER BY created_at, sequence_number, id")
                .bind("p", projectKey)
                .map((rs, ctx) -> read(rs.getString("type"), rs.getString("document")))
                .list());
  }

  /** The payload's record is the one named by the type column, since the document has no type. */
  private Message read(String type, String document) {
    JsonNode node = documents.read(document, JsonNode.class);
    MessagePayload payload = documents.read(node.get("payload").toString(), payloadClass(type));
    return new Message(
        node.get("id").asText(),
        documents.read(node.get("resource").toString(), ResourceIdentifier.class),
        node.get("sequenceNumber").asLong(),
        node.get("resourceVersion").asLong(),
        documents.read(node.get("createdAt").toString(), Instant.class),
        node.has("createdBy")
            ? documents.read(node.get("createdBy").toString(), ClientLogging.class)
            : null,
        payload,
        node.has("resourceUserProvidedIdentifiers")
            ? documents.read(
                node.get("resourceUserProvidedIdentifiers").toString(),
                UserProvidedIdentifiers.class)
            : null);
  }

  private static Class<? extends MessagePayload> payloadClass(String type) {
    try {
      return Class.forName(PAYLOAD_CLASS + type).asSubclass(MessagePayload.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("A stored message has an unknown type: " + type, e);
    }
  }
}
