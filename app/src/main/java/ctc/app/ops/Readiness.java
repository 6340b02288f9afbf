package ctc.app.ops;

/**
 * Whether the server takes traffic ({@code /health/ready}): not while it starts (until the
 * migrations have run and the first API client exists), nor once a shutdown has begun, so that a
 * load balancer sends requests elsewhere while in-flight ones finish.
 */
public final class Readiness {

  /** Where the server is in its life. */
  public enum State {
    STARTING,
    READY,
    STOPPING
  }

  private volatile State state = State.STARTING;

  public State state() {
    return state;
  }

  /** Start-up is complete; ignored once stopping, so a late start cannot undo a shutdown. */
  public synchronized void ready() {
    if (state == State.STARTING) {
      state = State.READY;
    }
  }

  public synchronized void stopping() {
    state = State.STOPPING;
  }
}
