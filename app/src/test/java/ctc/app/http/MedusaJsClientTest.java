package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import ctc.app.TestServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The facade driven by the real {@code @medusajs/medusa-js} client (Node): register, sessions and
 * bearer tokens, the profile, addresses, orders, payment methods, the reset flow and sign-out
 * ({@code src/test/medusa-js/storefront.js}). Runs where Node is installed and the client is
 * installed under {@code src/test/medusa-js} ({@code .ci/run} does that with {@code npm ci});
 * skipped otherwise.
 */
class MedusaJsClientTest {

  private static final Path DIRECTORY = Path.of("src/test/medusa-js");

  @Test
  void theRealClientRunsAStorefrontFlow() throws Exception {
    assumeTrue(
        Files.isDirectory(DIRECTORY.resolve("node_modules/@medusajs/medusa-js")),
        "@medusajs/medusa-js is not installed (cd app/src/test/medusa-js && npm ci)");
    assumeTrue(nodeAvailable(), "node is not on the PATH");
    AtomicReference<String> lastToken = new AtomicReference<>("");
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/events",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          lastToken.set(new ObjectMapper().readTree(body).path("data").path("token").asText());
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.createContext(
        "/last",
        exchange -> {
          byte[] token = lastToken.get().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, token.length);
          exchange.getResponseBody().write(token);
          exchange.close();
        });
    receiver.start();
    String receiverBase = "http://127.0.0.1:" + receiver.getAddress().getPort();
    try (TestServer server =
        TestServer.startMedusa(List.of("storefront"), receiverBase + "/events", List.of())) {
      String project = TestServer.newProject();
      server.storeClient("storefront", project, "manage_my_profile:" + project);
      Process node =
          new ProcessBuilder(
                  "node", "storefront.js", server.base() + "/" + project, receiverBase + "/last")
              .directory(DIRECTORY.toFile())
              .redirectErrorStream(true)
              .start();
      boolean finished = node.waitFor(60, TimeUnit.SECONDS);
      String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!finished) {
        node.destroyForcibly();
      }
      assertThat(finished).as("node finished in time; output: %s", output).isTrue();
      assertThat(node.exitValue()).as(output).isZero();
      assertThat(output).contains("all steps passed");
    } finally {
      receiver.stop(0);
    }
  }

  private static boolean nodeAvailable() {
    try {
      Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
