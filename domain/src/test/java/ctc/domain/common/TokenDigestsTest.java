package ctc.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenDigestsTest {

  @Test
  void sha256OfAbcIsTheKnownTestVector() {
    assertThat(TokenDigests.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void sha256OfTheEmptyStringIsTheKnownTestVector() {
    assertThat(TokenDigests.sha256(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void sha256HashesTheUtf8BytesOfTheValue() {
    // SHA-256 of the two UTF-8 bytes c3 a9 ("é"), not of a single Latin-1 byte.
    assertThat(TokenDigests.sha256("\u00e9"))
        .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
  }

  @Test
  void aDigestIs64LowercaseHexCharacters() {
    assertThat(TokenDigests.sha256("some-token-value")).matches("[0-9a-f]{64}");
  }
}
