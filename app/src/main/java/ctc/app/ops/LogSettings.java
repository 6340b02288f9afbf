package ctc.app.ops;

import ch.qos.logback.core.Context;

/**
 * Where the logging settings come from: the logging context (set by tests), else the environment.
 */
final class LogSettings {

  private LogSettings() {}

  static String lookup(Context context, String name) {
    String value = context.getProperty(name);
    return value != null ? value : System.getenv(name);
  }
}
