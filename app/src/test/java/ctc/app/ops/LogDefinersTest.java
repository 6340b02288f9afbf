package ctc.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;

/** LOG_FORMAT and LOG_LEVEL: a value logback.xml cannot use falls back to text and INFO. */
class LogDefinersTest {

  @Test
  void jsonInAnyCaseSelectsJsonAndAnythingElseText() {
    assertThat(format("json")).isEqualTo("json");
    assertThat(format(" JSON ")).isEqualTo("json");
    assertThat(format("text")).isEqualTo("text");
    assertThat(format("yaml")).isEqualTo("text");
  }

  @Test
  void aLevelNameInAnyCaseIsTakenAndAnUnknownOneIsInfo() {
    assertThat(level("warn")).isEqualTo("WARN");
    assertThat(level("DEBUG")).isEqualTo("DEBUG");
    assertThat(level("loud")).isEqualTo("INFO");
  }

  private static String format(String value) {
    LogFormatDefiner definer = new LogFormatDefiner();
    definer.setContext(context("LOG_FORMAT", value));
    return definer.getPropertyValue();
  }

  private static String level(String value) {
    LogLevelDefiner definer = new LogLevelDefiner();
    definer.setContext(context("LOG_LEVEL", value));
    return definer.getPropertyValue();
  }

  private static LoggerContext context(String name, String value) {
    LoggerContext context = new LoggerContext();
    context.putProperty(name, value);
    return context;
  }
}
