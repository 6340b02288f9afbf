package ctc.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.app.json.ErrorResponse;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before a request reaches Javalin (oversized URI or headers, malformed
 * requests) get the commercetools error JSON too (Decisions table: HTTP-layer errors).
 */
final class JettyErrors extends ErrorHandler {

  private static final String JSON = "application/json; charset=utf-8";

  private final ObjectMapper mapper;

  JettyErrors(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    return ByteBuffer.wrap(body(status));
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  private byte[] body(int status) {
    CommercetoolsException error =
        switch (status) {
          case 414 -> Errors.uriTooLong();
          case 431 -> Errors.headersTooLarge();
          default -> Errors.httpStatus(status);
        };
    try {
      return mapper.writeValueAsBytes(ErrorResponse.of(error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
