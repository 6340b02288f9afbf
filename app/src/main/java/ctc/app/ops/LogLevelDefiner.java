package ctc.app.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.core.PropertyDefinerBase;

/**
 * The root log level from LOG_LEVEL; INFO when unset or not a level name (logback itself would read
 * an unknown name as DEBUG).
 */
public final class LogLevelDefiner extends PropertyDefinerBase {

  @Override
  public String getPropertyValue() {
    String level = LogSettings.lookup(getContext(), "LOG_LEVEL");
    return level == null ? Level.INFO.levelStr : Level.toLevel(level.trim(), Level.INFO).levelStr;
  }
}
