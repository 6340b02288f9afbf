package ctc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WrkScriptTest {

  @Test
  void placeholdersBecomeLuaValuesBetweenQuotedLiterals() {
    Operation byKey =
        Operation.get("by key", "/p/customers/key=bench-{n}", Map.of()).drawingFrom(5);

    String lua = WrkScript.lua(byKey, null);

    assertThat(lua)
        .contains("local n = math.random(0, 5 - 1)")
        .contains("wrk.format(\"GET\", \"/p/customers/key=bench-\" .. n, headers, nil)");
  }

  @Test
  void aRequestWithoutPlaceholdersIsFormattedOnce() {
    String lua = WrkScript.lua(Operations.ceiling(), null);

    assertThat(lua).contains("static = wrk.format(\"GET\", \"/ceiling\", headers, nil)");
    assertThat(lua).contains("return static").doesNotContain("math.random(0");
  }

  @Test
  void aPausingOperationDelaysEachRequestByItsPause() {
    Operation search = Operation.post("search", "/p/customers/search", "{id}", Map.of());

    assertThat(WrkScript.lua(search.pausing("paced", 3), null))
        .contains("function delay()\n  return 3\nend");
    assertThat(WrkScript.lua(search, null)).doesNotContain("function delay()");
  }

  @Test
  void quotesInBodiesAndHeadersAreEscaped() {
    Operation create =
        Operation.post(
            "create", "/p/customers", "{\"email\": \"{unique}\"}", Map.of("X-A", "say \"hi\""));

    String lua = WrkScript.lua(create, null);

    assertThat(lua)
        .contains("\"{\\\"email\\\": \\\"\" .. unique .. \"\\\"}\"")
        .contains("[\"X-A\"] = \"say \\\"hi\\\"\"");
  }

  @Test
  void anUpdatingConnectionReadsItsCustomerUntilAnAnswerHasGivenItTheVersion() {
    Operation update =
        Operation.post("update", "/p/customers/{own}", "{\"version\": {version}}", Map.of());

    String lua = WrkScript.lua(update, Path.of("/tmp/ids.txt"));

    assertThat(update.tracksVersion()).isTrue();
    assertThat(lua)
        .contains("if not version then")
        .contains("return wrk.format(\"GET\", \"/p/customers/\" .. own, headers)")
        .contains("\"currentVersion\":%s*(%d+)")
        .contains("local ids_file = \"/tmp/ids.txt\"");
  }
}
