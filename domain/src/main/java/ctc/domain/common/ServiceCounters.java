package ctc.domain.common;

/**
 * The security events operators watch on their dashboards and alerts: sign-ins by outcome and the
 * access tokens issued. A port, so the domain counts without knowing the metrics library.
 */
public interface ServiceCounters {

  /** Counts nothing, for tests and tools that need no metrics. */
  ServiceCounters NONE =
      new ServiceCounters() {
        @Override
        public void signIn(boolean succeeded) {}

        @Override
        public void accessTokenIssued() {}
      };

  /** A sign-in or password check ran its bcrypt comparison: right or wrong password. */
  void signIn(boolean succeeded);

  void accessTokenIssued();
}
