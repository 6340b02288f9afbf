package ctc.app.ops;

import ch.qos.logback.core.PropertyDefinerBase;
import java.util.Locale;

/**
 * Names the appender logback.xml uses, from LOG_FORMAT: {@code json} (any case) for JSON lines,
 * anything else or nothing for text, so that a mistyped value cannot leave the server without logs.
 */
public final class LogFormatDefiner extends PropertyDefinerBase {

  @Override
  public String getPropertyValue() {
    String format = LogSettings.lookup(getContext(), "LOG_FORMAT");
    return format != null && format.trim().toLowerCase(Locale.ROOT).equals("json")
        ? "json"
        : "text";
  }
}
