package ctc.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

  private final RandomIds ids = new RandomIds();

  @Test
  void addressIdsAreEightUrlSafeCharacters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = ids.addressId();
      assertThat(id).matches("[A-Za-z0-9_-]{8}");
      seen.add(id);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void resourceIdsAreUuids() {
    assertThat(ids.resourceId())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }
}
