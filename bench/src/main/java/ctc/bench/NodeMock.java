package ctc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The in-memory node implementation most teams use today, {@code @labdigital/commercetools-mock},
 * installed with npm into a directory of the run and started as a standalone HTTP server with
 * authentication off.
 */
final class NodeMock {

  /** Pinned, so that runs on different days measure the same peer. */
  static final String PACKAGE = "@labdigital/commercetools-mock@4.4.0";

  /** The result of {@link #install}: a directory to start the mock from, or why there is none. */
  record Installation(Path directory, String problem) {}

  private NodeMock() {}

  /** Gives up after {@code limit}, so that an unreachable registry cannot hold up the run. */
  static Installation install(Path directory, Duration limit) {
    try {
      Files.createDirectories(directory);
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--prefix",
                  directory.toString(),
                  "--no-audit",
                  "--no-fund",
                  "--no-save",
                  "--prefer-offline",
                  "--fetch-retries=1",
                  "--loglevel=error",
                  PACKAGE)
              .redirectErrorStream(true)
              .redirectOutput(directory.resolve("npm.log").toFile())
              .start();
      if (!npm.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        npm.destroyForcibly();
        return new Installation(
            null,
            "npm install took longer than " + limit.toSeconds() + " s (registry unreachable?)");
      }
      if (npm.exitValue() != 0) {
        String log = Files.readString(directory.resolve("npm.log"), StandardCharsets.UTF_8);
        return new Installation(
            null,
            "npm install "
                + PACKAGE
                + " failed: "
                + log.strip().lines().reduce((a, b) -> b).orElse(""));
      }
      Files.writeString(
          directory.resolve("mock.mjs"),
          """
          import { CommercetoolsMock } from "@labdigital/commercetools-mock";
          const mock = new CommercetoolsMock({
            enableAuthentication: false,
            validateCredentials: false,
            defaultProjectKey: "%s",
            silent: true,
          });
          await mock.runServer(Number(process.argv[2]));
          """
              .formatted(Seeder.PROJECT));
      return new Installation(directory, null);
    } catch (IOException e) {
      return new Installation(null, "npm is not available (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Installation(null, "interrupted");
    }
  }

  static ServerProcess start(Installation installation, int port, Path log) throws IOException {
    return ServerProcess.start(
        List.of(
            "node",
            installation.directory().resolve("mock.mjs").toString(),
            Integer.toString(port)),
        Map.of(),
        port,
        log);
  }
}
