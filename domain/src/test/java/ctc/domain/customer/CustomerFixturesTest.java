package ctc.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.RequestScope;
import ctc.domain.update.UpdateContext;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared fixtures keep their promises, so that tests in other modules can rely on them. */
class CustomerFixturesTest {

  @Test
  void aCustomerIsAGlobalPasswordCustomerAtVersionOne() {
    Customer customer = CustomerFixtures.aCustomer();

    assertThat(customer.version()).isEqualTo(1);
    assertThat(customer.lastMessageSequenceNumber()).isEqualTo(1);
    assertThat(UUID.fromString(customer.id()).toString()).isEqualTo(customer.id());
    assertThat(customer.email()).isEqualTo(CustomerFixtures.EMAIL);
    assertThat(customer.createdAt()).isEqualTo(CustomerFixtures.CREATED_AT);
    assertThat(customer.lastModifiedAt()).isEqualTo(CustomerFixtures.CREATED_AT);
    assertThat(customer.stores()).isEmpty();
    assertThat(new PlainTestHasher().verify(CustomerFixtures.PASSWORD, customer.password()))
        .isTrue();
  }

  @Test
  void everyCustomerGetsItsOwnId() {
    assertThat(CustomerFixtures.aCustomer().id()).isNotEqualTo(CustomerFixtures.aCustomer().id());
  }

  @Test
  void aDraftHasTheEmailAndThePassword() {
    CustomerDraft draft = CustomerFixtures.aDraft("x@example.com");

    assertThat(draft.email()).isEqualTo("x@example.com");
    assertThat(draft.password()).isEqualTo("secret123");
  }

  @Test
  void theContextIsTheTestProjectAtAFixedTimeAfterCreation() {
    UpdateContext context = CustomerFixtures.context();

    assertThat(context.scope()).isEqualTo(RequestScope.project("test"));
    assertThat(context.now()).isEqualTo(CustomerFixtures.NOW).isAfter(CustomerFixtures.CREATED_AT);
    assertThat(context.ids()).isInstanceOf(SequentialIds.class);
    assertThat(context.passwords()).isInstanceOf(PlainTestHasher.class);
  }

  @Test
  void sequentialResourceIdsAreUuids() {
    SequentialIds ids = new SequentialIds();

    assertThat(ids.resourceId()).isEqualTo("00000000-0000-4000-8000-000000000001");
    String second = ids.resourceId();
    assertThat(UUID.fromString(second).toString()).isEqualTo(second);
  }

  @Test
  void sequentialAddressIdsHaveEightAllowedCharacters() {
    SequentialIds ids = new SequentialIds();

    assertThat(ids.addressId()).isEqualTo("a0000001");
    assertThat(ids.addressId()).matches("[A-Za-z0-9_-]{8}");
  }

  @Test
  void sequentialIdsAreUniqueAcrossThreads() {
    SequentialIds ids = new SequentialIds();
    Set<String> seen = ConcurrentHashMap.newKeySet();

    IntStream.range(0, 2_000)
        .parallel()
        .forEach(
            i -> {
              seen.add(ids.resourceId());
              seen.add(ids.addressId());
            });

    assertThat(seen).hasSize(4_000);
  }

  @Test
  void thePlainTestHasherReversesAndVerifies() {
    PlainTestHasher hasher = new PlainTestHasher();

    assertThat(hasher.hash("abc")).isEqualTo("hashed:cba");
    assertThat(hasher.verify("abc", "hashed:cba")).isTrue();
    assertThat(hasher.verify("abd", "hashed:cba")).isFalse();
    assertThat(hasher.verify("abc", null)).isFalse();
  }
}
