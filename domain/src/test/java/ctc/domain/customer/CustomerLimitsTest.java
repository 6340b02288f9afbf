package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.customer.CustomerFixtures.address;
import static ctc.domain.customer.CustomerFixtures.draft;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.update.UpdateContext;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CustomerLimitsTest {

  private static CustomFields custom(Map<String, Object> fields) {
    return new CustomFields(ResourceIdentifier.ofId(ResourceKind.TYPE, "t1"), fields);
  }

  private static Address addressWith(CustomFields custom) {
    return new Address(
        null, null, null, null, null, null, null, null, null, null, null, null, null, "DE", null,
        null, null, null, null, null, null, null, null, null, null, custom);
  }

  @Test
  void aCustomerAtEveryBoundPasses() {
    CustomerLimits.check(
        aCustomer().toBuilder()
            .email("e".repeat(256))
            .customerNumber("n".repeat(256))
            .firstName("f".repeat(4096))
            .addresses(Collections.nCopies(500, address("DE")))
            .custom(
                custom(
                    Map.of("set", Collections.nCopies(999, "a"), "n", new BigDecimal("1e-1000"))))
            .build());
  }

  @Test
  void eachTextIsHeldToItsBound() {
    expectError(
        400,
        InvalidInputError.class,
        () -> CustomerLimits.check(aCustomer().toBuilder().email("e".repeat(257)).build()));
    expectError(
        400,
        InvalidInputError.class,
        () -> CustomerLimits.check(aCustomer().toBuilder().externalId("e".repeat(257)).build()));
    expectError(
        400,
        InvalidInputError.class,
        () -> CustomerLimits.check(aCustomer().toBuilder().vatId("v".repeat(4097)).build()));
  }

  @Test
  void anAddressTextIsNamedWithItsIndex() {
    Address longCity =
        new Address(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "c".repeat(257),
            null,
            null,
            "DE",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    InvalidInputError error =
        expectError(
            400,
            InvalidInputError.class,
            () ->
                CustomerLimits.check(
                    aCustomer().toBuilder().addresses(List.of(address("DE"), longCity)).build()));

    assertThat(error.message()).contains("addresses[1].city");
  }

  @Test
  void moreThanFiveHundredAddressesAreRefused() {
    expectError(
        400,
        InvalidInputError.class,
        () ->
            CustomerLimits.check(
                aCustomer().toBuilder()
                    .addresses(Collections.nCopies(501, address("DE")))
                    .build()));
  }

  @Test
  void customValuesAreCountedOverTheCustomerAndItsAddresses() {
    Customer atBound =
        aCustomer().toBuilder()
            .custom(custom(Map.of("set", Collections.nCopies(998, "a"))))
            .addresses(
                List.of(addressWith(custom(Map.of("n", 1))), addressWith(custom(Map.of("s", "x")))))
            .build();
    CustomerLimits.check(atBound);

    expectError(
        400,
        InvalidInputError.class,
        () ->
            CustomerLimits.check(
                atBound.toBuilder()
                    .addresses(
                        List.of(
                            addressWith(custom(Map.of("n", 1))),
                            addressWith(custom(Map.of("s", List.of("x", "y"))))))
                    .build()));
  }

  @Test
  void aDraftOverABoundIsRefusedBeforeThePasswordIsHashed() {
    AtomicInteger hashes = new AtomicInteger();
    PasswordHasher counting =
        new PasswordHasher() {
          @Override
          public String hash(String plainPassword) {
            hashes.incrementAndGet();
            return plainPassword;
          }

          @Override
          public boolean verify(String plainPassword, String hash) {
            return plainPassword.equals(hash);
          }
        };
    UpdateContext context =
        new UpdateContext(
            RequestScope.project("p"),
            NOW,
            ACTOR,
            new SequentialIds(),
            counting,
            new ShapeOnlyReferences());

    expectError(
        400,
        InvalidInputError.class,
        () ->
            CustomerFactory.create(
                draft().email("a@b.c").password("pw").firstName("x".repeat(4097)).build(),
                context));
    expectError(
        400,
        InvalidInputError.class,
        () ->
            CustomerFactory.create(
                draft()
                    .email("a@b.c")
                    .password("pw")
                    .custom(custom(Map.of("n", new BigDecimal("1e-32000000"))))
                    .build(),
                context));
    assertThat(hashes).hasValue(0);

    assertThat(
            CustomerFactory.create(draft().email("a@b.c").password("pw").build(), context)
                .password())
        .isEqualTo("pw");
    assertThat(hashes).hasValue(1);
  }
}
