package ctc.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

/**
 * Reconfigures logging from the server's own logback.xml as LOG_FORMAT would, for a test; closing
 * it goes back to the default (text).
 */
public final class LogFormat implements AutoCloseable {

  private LogFormat(String format) {
    configure(format);
  }

  /** Logs in this format ({@code json} or {@code text}) until closed. */
  public static LogFormat use(String format) {
    return new LogFormat(format);
  }

  @Override
  public void close() {
    configure(null);
  }

  private static void configure(String format) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    if (format != null) {
      context.putProperty("LOG_FORMAT", format);
    }
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(LogFormat.class.getClassLoader().getResource("logback.xml"));
    } catch (JoranException e) {
      throw new IllegalStateException(e);
    }
  }
}
