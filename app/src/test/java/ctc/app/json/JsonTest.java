package ctc.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void maskedPasswordIsFourStarsAndTheLastFourCharactersOfTheHashInBase64() {
    String hash = "$2a$10$abcdefghijklmnopqrstuv";
    String base64 = Base64.getEncoder().encodeToString(hash.getBytes(StandardCharsets.UTF_8));

    assertThat(Json.maskPassword(hash)).isEqualTo("****" + base64.substring(base64.length() - 4));
  }
}
