package ctc.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Maps domain records to and from the JSON document columns. The stored form keeps everything,
 * including password hashes; only the HTTP layer decides what is shown. Thread-safe.
 */
public final class Documents {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  public String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "A " + value.getClass().getSimpleName() + " cannot be written as JSON", e);
    }
  }

  public <T> T read(String document, Class<T> type) {
    try {
      return MAPPER.readValue(document, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "A stored " + type.getSimpleName() + " document cannot be read", e);
    }
  }

  /** A part of a document already read as a tree, such as a payload whose type a column names. */
  public <T> T read(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "A stored " + type.getSimpleName() + " document cannot be read", e);
    }
  }
}
