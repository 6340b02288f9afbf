package ctc.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HmacSecretHasherTest {

  private final HmacSecretHasher hasher = new HmacSecretHasher();
  private final String secret = new RandomIds().tokenValue();

  @Test
  void aHashVerifiesItsSecretOnlyAndDoesNotContainIt() {
    String hash = hasher.hash(secret);

    assertThat(hash)
        .startsWith("hmac-sha256$")
        .doesNotContain(secret)
        .hasSizeLessThanOrEqualTo(128);
    assertThat(hasher.verify(secret, hash)).isTrue();
    assertThat(hasher.verify(secret + "x", hash)).isFalse();
    assertThat(hasher.verify(secret.substring(1), hash)).isFalse();
  }

  @Test
  void eachHashHasItsOwnSaltAndAnotherInstanceVerifiesIt() {
    String first = hasher.hash(secret);
    String second = hasher.hash(secret);

    assertThat(first).isNotEqualTo(second);
    assertThat(new HmacSecretHasher().verify(secret, first)).isTrue();
    assertThat(new HmacSecretHasher().verify(secret, second)).isTrue();
  }

  @Test
  void bcryptAndDamagedHashesAreNotItsOwnAndNeverVerify() {
    String bcrypt = new BcryptPasswordHasher(4).hash(secret);
    String hash = hasher.hash(secret);

    assertThat(hasher.recognises(bcrypt)).isFalse();
    assertThat(hasher.recognises(hash)).isTrue();
    assertThat(hasher.verify(secret, bcrypt)).isFalse();
    assertThat(hasher.verify(secret, hash.substring(0, hash.length() - 2))).isFalse();
    assertThat(hasher.verify(secret, "hmac-sha256$not base64$!")).isFalse();
    assertThat(hasher.verify(secret, "hmac-sha256$only-one-part")).isFalse();
  }
}
