package ctc.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
  void resourceIdsAreVersion7Uuids() {
    String id = ids.resourceId();

    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    UUID uuid = UUID.fromString(id);
    assertThat(uuid.version()).isEqualTo(7);
    assertThat(uuid.variant()).isEqualTo(2);
  }

  @Test
  void resourceIdsBeginWithTheirTimeInMilliseconds() {
    long before = System.currentTimeMillis();
    String id = ids.resourceId();
    long after = System.currentTimeMillis();

    long millis = UUID.fromString(id).getMostSignificantBits() >>> 16;
    assertThat(millis).isBetween(before, after);
  }

  /**
   * Ids of later milliseconds sort after earlier ones, as strings (how the indexes compare them).
   */
  @Test
  void resourceIdsOfLaterMillisecondsSortAfter() throws InterruptedException {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(ids.resourceId());
      Thread.sleep(2);
    }

    assertThat(created).isSorted();
  }

  @Test
  void resourceIdsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(ids.resourceId());
    }
    assertThat(seen).hasSize(10_000);
  }
}
