package ctc.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.app.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * /docs is Swagger UI on /openapi.json, every asset served from the jar without a token; with
 * Debian's Chromium installed, a headless browser renders the operations.
 */
class DocsPageTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final TestServer SERVER = TestServer.start();

  @AfterAll
  static void stop() {
    SERVER.close();
  }

  @Test
  void thePageAndEveryAssetItLoadsAreServedWithoutAToken() {
    TestServer.Reply page = SERVER.sendWithoutToken("GET", "/docs", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("url: \"/openapi.json\"");

    Matcher assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page.body());
    int found = 0;
    while (assets.find()) {
      found++;
      TestServer.Reply asset = SERVER.sendWithoutToken("GET", assets.group(1), null);
      assertThat(asset.status()).as(assets.group(1)).isEqualTo(200);
      assertThat(asset.body()).isNotEmpty();
    }
    assertThat(found).isEqualTo(2);
  }

  @Test
  @EnabledIf("chromiumIsInstalled")
  void aHeadlessBrowserRendersTheOperations() throws Exception {
    String dom = renderedDom(SERVER.base() + "/docs");

    assertThat(dom)
        .contains("operations-Customers-getCustomerById")
        .contains("operations-OAuth-token")
        .contains("/{projectKey}/in-store/key={storeKey}/customers/{id}");
    assertThat(Pattern.compile("class=\"opblock opblock-").matcher(dom).results().count())
        .isGreaterThan(60);
  }

  static boolean chromiumIsInstalled() {
    return Files.isExecutable(CHROMIUM);
  }

  /** The page's DOM after its scripts ran, as headless Chromium dumps it. */
  private static String renderedDom(String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Process chromium =
        new ProcessBuilder(
                List.of(
                    CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile,
                    "--virtual-time-budget=15000",
                    "--dump-dom",
                    url))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    byte[] dom = chromium.getInputStream().readAllBytes();
    assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(dom, StandardCharsets.UTF_8);
  }
}
