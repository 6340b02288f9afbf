package ctc.app.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;
import ctc.domain.search.JsonValue;
import ctc.domain.update.ActionRegistry;
import ctc.domain.update.UpdateRequest;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads request bodies into domain records, turning every parse failure into the commercetools
 * error. Update requests are read in two steps, so the domain needs no Jackson annotations: body →
 * tree, then each action by its registered record type.
 */
public final class BodyReader {

  private final ObjectMapper mapper;

  public BodyReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public <T> T read(byte[] body, Class<T> type) {
    return convert(object(body), type, false);
  }

  /**
   * As {@link #read}, refusing fields the type does not have (the /me drafts: non-My fields are
   * errors).
   */
  public <T> T readStrict(byte[] body, Class<T> type) {
    return convert(object(body), type, true);
  }

  /**
   * The body as a plain JSON tree, for bodies whose shape the domain checks itself (the search
   * query language).
   */
  public JsonValue tree(byte[] body) {
    return tree(object(body));
  }

  private static JsonValue tree(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      node.fields().forEachRemaining(entry -> members.put(entry.getKey(), tree(entry.getValue())));
      return new JsonValue.JsonObject(members);
    }
    if (node.isArray()) {
      List<JsonValue> elements = new ArrayList<>();
      node.elements().forEachRemaining(element -> elements.add(tree(element)));
      return new JsonValue.JsonArray(elements);
    }
    if (node.isTextual()) {
      return new JsonValue.JsonString(node.textValue());
    }
    if (node.isNumber()) {
      return new JsonValue.JsonNumber(node.decimalValue(), node.isIntegralNumber());
    }
    if (node.isBoolean()) {
      return new JsonValue.JsonBoolean(node.booleanValue());
    }
    return new JsonValue.JsonNull();
  }

  public <A> UpdateRequest<A> update(byte[] body, ActionRegistry<?, A> registry) {
    JsonNode root = object(body);
    return new UpdateRequest<>(
        version(root.get("version")), actions(root.get("actions"), registry));
  }

  /**
   * The body as a JSON object; empty bodies, invalid UTF-8, trailing data and non-objects are
   * invalid JSON.
   */
  private JsonNode object(byte[] body) {
    JsonNode root;
    try {
      root = mapper.readTree(utf8(body));
    } catch (IOException e) {
      throw Errors.invalidJson(
          e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw Errors.emptyBody();
    }
    if (!root.isObject()) {
      throw Errors.bodyNotAnObject();
    }
    return root;
  }

  /** The body as strict UTF-8 ({@link StrictUtf8}); anything else is InvalidJsonInput. */
  private static String utf8(byte[] body) {
    try {
      return StrictUtf8.decode(body);
    } catch (CharacterCodingException e) {
      throw Errors.bodyNotUtf8();
    }
  }

  private static long version(JsonNode version) {
    if (version == null || version.isNull()) {
      throw Errors.missingField("version");
    }
    if (!version.isIntegralNumber() || !version.canConvertToLong()) {
      throw Errors.notWholeNumber("version", version.getNodeType().name().toLowerCase());
    }
    return version.longValue();
  }

  private <A> List<A> actions(JsonNode actions, ActionRegistry<?, A> registry) {
    if (actions == null || actions.isNull()) {
      throw Errors.missingField("actions");
    }
    if (!actions.isArray()) {
      throw Errors.notAnArray("actions");
    }
    List<A> parsed = new ArrayList<>();
    for (JsonNode action : actions) {
      parsed.add(action(action, registry));
    }
    return parsed;
  }

  private <A> A action(JsonNode action, ActionRegistry<?, A> registry) {
    if (!action.isObject()) {
      throw Errors.actionNotAnObject();
    }
    JsonNode name = action.get("action");
    if (name == null || !name.isTextual()) {
      throw Errors.missingField("actions -> action");
    }
    Class<? extends A> type =
        registry.typeOf(name.asText()).orElseThrow(() -> Errors.unknownAction(name.asText()));
    ObjectNode fields = ((ObjectNode) action).deepCopy();
    fields.remove("action");
    return convert(fields, type, false);
  }

  private <T> T convert(JsonNode node, Class<T> type, boolean strict) {
    try {
      return strict
          ? mapper
              .readerFor(type)
              .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(node)
          : mapper.treeToValue(node, type);
    } catch (JsonMappingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw Errors.invalidJson(e.getMessage());
    }
  }

  /**
   * A domain shape error raised inside a constructor passes through; Jackson's own becomes
   * InvalidJsonInput.
   */
  private static CommercetoolsException translate(JsonMappingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CommercetoolsException domain) {
        return domain;
      }
    }
    String path =
        e.getPath().stream()
            .map(
                ref ->
                    ref.getFieldName() != null
                        ? ref.getFieldName()
                        : String.valueOf(ref.getIndex()))
            .collect(Collectors.joining(" -> "));
    if (e instanceof UnrecognizedPropertyException unknown) {
      return Errors.fieldNotSettable(unknown.getPropertyName());
    }
    if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
      List<String> allowed =
          Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf).toList();
      return Errors.invalidField(path, format.getValue(), allowed);
    }
    return Errors.jsonValueRejected(path, e.getOriginalMessage());
  }
}
