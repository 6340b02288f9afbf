package ctc.bench;

import java.util.Map;

/**
 * One measured HTTP request shape. {@code path} and {@code body} are templates: {@code {n}} stands
 * for a number drawn per request from {@code [0, bound)}, {@code {id}} for a customer id drawn from
 * the ids file, {@code {own}} and {@code {version}} for the customer a connection alone updates and
 * its current version, {@code {unique}} for a value no other request of the run uses. A connection
 * waits {@code pauseMillis} after each answer before its next request (0: none).
 */
record Operation(
    String name,
    String method,
    String path,
    String body,
    Map<String, String> headers,
    int bound,
    int pauseMillis) {

  static Operation get(String name, String path, Map<String, String> headers) {
    return new Operation(name, "GET", path, null, headers, 1, 0);
  }

  static Operation post(String name, String path, String body, Map<String, String> headers) {
    return new Operation(name, "POST", path, body, headers, 1, 0);
  }

  static Operation head(String name, String path, Map<String, String> headers) {
    return new Operation(name, "HEAD", path, null, headers, 1, 0);
  }

  Operation drawingFrom(int bound) {
    return new Operation(name, method, path, body, headers, bound, pauseMillis);
  }

  /** The same requests, each connection pausing {@code millis} between an answer and its next. */
  Operation pausing(String name, int millis) {
    return new Operation(name, method, path, body, headers, bound, millis);
  }

  /** Whether each connection updates its own customer and must keep its version current. */
  boolean tracksVersion() {
    return path.contains("{own}");
  }
}
