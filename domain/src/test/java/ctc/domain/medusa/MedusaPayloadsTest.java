package ctc.domain.medusa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ctc.domain.medusa.MedusaPayloads.AddressInput;
import ctc.domain.medusa.MedusaPayloads.ProfileUpdate;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Medusa's validation of the facade's bodies, with its wording (contract §3.3, #20, #30). */
class MedusaPayloadsTest {

  private static Map<String, Object> body(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static void refused(Runnable read, String... pieces) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            MedusaException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.type()).isEqualTo("invalid_data");
              assertThat(e.getMessage()).contains(pieces);
            });
  }

  @Test
  void credentialsNeedAnEmailAndANonEmptyPassword() {
    assertThat(MedusaPayloads.credentials(body("email", "a@b.co", "password", "x")).email())
        .isEqualTo("a@b.co");
    refused(
        () -> MedusaPayloads.credentials(body()),
        "email must be an email",
        "password should not be empty");
    refused(
        () -> MedusaPayloads.credentials(body("email", "nope", "password", "x")),
        "email must be an email");
    refused(
        () -> MedusaPayloads.credentials(body("email", "a@b.co", "password", 5)),
        "password must be a string");
    refused(
        () ->
            MedusaPayloads.credentials(body("email", "a@b.co", "password", "x", "remember", true)),
        "property remember should not exist");
  }

  @Test
  void registrationRequiresNamesAndChecksThePasswordLength() {
    var registration =
        MedusaPayloads.registration(
            body("email", "a@b.co", "password", "x", "first_name", "A", "last_name", "B"));
    assertThat(registration.phone()).isNull();
    refused(
        () -> MedusaPayloads.registration(body("email", "a@b.co", "password", "x")),
        "first_name must be a string",
        "last_name must be a string");
    refused(
        () ->
            MedusaPayloads.registration(
                body(
                    "email",
                    "a@b.co",
                    "password",
                    "x".repeat(1025),
                    "first_name",
                    "A",
                    "last_name",
                    "B")),
        "password must be shorter than or equal to 1024 characters");
    refused(
        () ->
            MedusaPayloads.registration(
                body(
                    "email",
                    "a@b.co",
                    "password",
                    "x",
                    "first_name",
                    "A",
                    "last_name",
                    "B",
                    "phone",
                    new BigDecimal("123"))),
        "phone must be a string");
  }

  @Test
  void profileUpdatesKnowWhichPropertiesWereSent() {
    Map<String, Object> sent = new HashMap<>();
    sent.put("last_name", null);
    sent.put("billing_address", "addr0001");
    ProfileUpdate update = MedusaPayloads.profileUpdate(sent);
    assertThat(update.has("last_name")).isTrue();
    assertThat(update.lastName()).isNull();
    assertThat(update.has("first_name")).isFalse();
    assertThat(update.billingAddress()).isEqualTo("addr0001");
    assertThat(
            MedusaPayloads.profileUpdate(body("billing_address", body("city", "X")))
                .billingAddress())
        .isInstanceOf(AddressInput.class);
    refused(() -> MedusaPayloads.profileUpdate(body("email", null)), "email must be an email");
    refused(
        () -> MedusaPayloads.profileUpdate(body("metadata", List.of())),
        "metadata must be an object");
    refused(
        () -> MedusaPayloads.profileUpdate(body("billing_address", true)),
        "billing_address must be an address object or an address id");
    refused(
        () -> MedusaPayloads.profileUpdate(body("first_name", 1)), "first_name must be a string");
  }

  @Test
  void addressPayloadsForCreateAndUpdate() {
    AddressInput created =
        MedusaPayloads.addressCreate(
            body(
                "address",
                body(
                    "first_name",
                    "J",
                    "last_name",
                    "D",
                    "address_1",
                    "S",
                    "city",
                    "C",
                    "country_code",
                    "de",
                    "postal_code",
                    "1",
                    "metadata",
                    body("a", 1))));
    assertThat(created.get("country_code")).isEqualTo("de");
    assertThat(created.hasMetadata()).isTrue();
    refused(() -> MedusaPayloads.addressCreate(body()), "address should not be empty");
    refused(
        () -> MedusaPayloads.addressCreate(body("address", "x")),
        "nested property address must be either object or array");
    refused(
        () -> MedusaPayloads.addressCreate(body("address", body("first_name", "J"))),
        "last_name must be a string",
        "country_code must be a string");
    refused(
        () -> MedusaPayloads.addressUpdate(body("country_code", "XX")),
        "country_code must be a valid ISO 3166-1 alpha-2 country code");
    refused(() -> MedusaPayloads.addressUpdate(body("country_code", null)), "country_code");
    refused(
        () -> MedusaPayloads.addressUpdate(body("street", "x")),
        "property street should not exist");

    AddressInput cleared = MedusaPayloads.addressUpdate(body("company", null));
    assertThat(cleared.has("company")).isTrue();
    assertThat(cleared.get("company")).isNull();
    AddressInput wrapped = MedusaPayloads.addressUpdate(body("address", body("city", "X")));
    assertThat(wrapped.get("city")).isEqualTo("X");
  }

  @Test
  void passwordResetAndPaging() {
    refused(
        () -> MedusaPayloads.passwordReset(body("email", "a@b.co")),
        "token must be a string",
        "password should not be empty");
    assertThat(MedusaPayloads.paging("limit", null, 10)).isEqualTo(10);
    assertThat(MedusaPayloads.paging("limit", "3", 10)).isEqualTo(3);
    refused(
        () -> MedusaPayloads.paging("offset", "x", 0),
        "offset must be a number conforming to the specified constraints");
  }
}
