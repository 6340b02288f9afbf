package ctc.app.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ctc.domain.customer.Customer;
import ctc.domain.error.ErrorObject;
import ctc.domain.message.Message;
import ctc.domain.store.Store;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The wire JSON: strict on input (no type coercion, no trailing data), commercetools shapes on
 * output (optional fields omitted, UTC timestamps with milliseconds, masked passwords, error
 * objects with {@code code} first).
 */
public final class Json {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Json() {}

  public static ObjectMapper mapper() {
    SimpleModule wire = new SimpleModule("commercetools-wire");
    wire.addSerializer(Instant.class, new TimestampSerializer());
    wire.addSerializer(ErrorObject.class, new ErrorObjectSerializer());
    wire.setMixInAnnotation(Customer.class, CustomerMixin.class);
    wire.setMixInAnnotation(Store.class, StoreMixin.class);
    wire.addSerializer(Message.class, new MessageSerializer());
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(wire)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    // Decisions table, strict JSON: a value of the wrong JSON type is rejected, never converted.
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.DateTime)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }

  /** Decisions table: {@code ****} and the last four characters of the hash's Base64 form. */
  static String maskPassword(String hash) {
    String encoded = Base64.getEncoder().encodeToString(hash.getBytes(StandardCharsets.UTF_8));
    return "****" + encoded.substring(encoded.length() - 4);
  }

  /** Output annotations for the domain record, which itself stays free of Jackson. */
  abstract static class CustomerMixin {
    @JsonSerialize(using = MaskedPasswordSerializer.class)
    abstract String password();
  }

  /** The store's message count is the server's bookkeeping, not part of the Store resource. */
  abstract static class StoreMixin {
    @JsonIgnore
    abstract long lastMessageSequenceNumber();
  }

  static final class MaskedPasswordSerializer extends JsonSerializer<String> {
    @Override
    public void serialize(String hash, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(maskPassword(hash));
    }
  }

  static final class TimestampSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(TIMESTAMP.format(value));
    }
  }

  /**
   * A message as commercetools shows it: the base fields, with the payload's fields beside them
   * (absent ones omitted); a message never changes, so it is at version 1 and last modified when
   * created.
   */
  static final class MessageSerializer extends JsonSerializer<Message> {
    @Override
    public void serialize(Message message, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeStartObject();
      generator.writeStringField("id", message.id());
      generator.writeNumberField("version", 1);
      generator.writeNumberField("sequenceNumber", message.sequenceNumber());
      provider.defaultSerializeField("resource", message.resource(), generator);
      generator.writeNumberField("resourceVersion", message.resourceVersion());
      if (message.resourceUserProvidedIdentifiers() != null) {
        provider.defaultSerializeField(
            "resourceUserProvidedIdentifiers",
            message.resourceUserProvidedIdentifiers(),
            generator);
      }
      generator.writeStringField("type", message.type());
      writeComponents(message.payload(), generator, provider);
      provider.defaultSerializeField("createdAt", message.createdAt(), generator);
      provider.defaultSerializeField("lastModifiedAt", message.createdAt(), generator);
      if (message.createdBy() != null) {
        provider.defaultSerializeField("createdBy", message.createdBy(), generator);
        provider.defaultSerializeField("lastModifiedBy", message.createdBy(), generator);
      }
      generator.writeEndObject();
    }
  }

  /** The record's components in order, as fields of the object being written; nulls omitted. */
  private static void writeComponents(
      Object record, JsonGenerator generator, SerializerProvider provider) throws IOException {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (value != null) {
        provider.defaultSerializeField(component.getName(), value, generator);
      }
    }
  }

  /** Writes {@code code}, then the record's components in order, skipping absent ones. */
  static final class ErrorObjectSerializer extends JsonSerializer<ErrorObject> {
    @Override
    public void serialize(ErrorObject error, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeStartObject();
      generator.writeStringField("code", error.code());
      writeComponents(error, generator, provider);
      generator.writeEndObject();
    }
  }
}
