package ctc.app.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes request bytes as UTF-8 that refuses malformed input, where {@code new String(bytes,
 * UTF_8)} would turn it into U+FFFD and Jackson's byte parser lets overlong forms such as {@code C0
 * AF} through: either way a value the client never sent would be stored.
 */
public final class StrictUtf8 {

  private StrictUtf8() {}

  public static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }
}
