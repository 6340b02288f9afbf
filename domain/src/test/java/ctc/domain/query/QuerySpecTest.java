package ctc.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuerySpecTest {

  @Test
  void theTotalOfAQueryWithAPredicateIsCappedAtTenThousand() {
    Where where = new QueryLanguageParser().parse("firstName = \"Jane\"", Map.of());

    assertThat(new QuerySpec(where, List.of(), 20, 0, true).totalCap()).hasValue(10_000);
  }

  @Test
  void theTotalOfAQueryWithoutAPredicateIsExact() {
    assertThat(new QuerySpec(new Where.All(), List.of(), 20, 0, true).totalCap()).isEmpty();
  }
}
