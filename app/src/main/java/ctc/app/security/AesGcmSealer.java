package ctc.app.security;

import ctc.domain.common.SecretSealer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random nonce per value, written as {@code aes-gcm$nonce$ciphertext}
 * (Base64url). The key never lives in the database: it comes from the environment or from a file
 * beside the embedded database. A value sealed under another key, or tampered with, does not open.
 * Thread-safe.
 */
public final class AesGcmSealer implements SecretSealer {

  public static final int KEY_BYTES = 32;
  private static final String PREFIX = "aes-gcm$";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public AesGcmSealer(byte[] key) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("The sealing key must have " + KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /** A key that lives only as long as this process: for servers without a place to keep one. */
  public static AesGcmSealer withRandomKey() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new AesGcmSealer(key);
  }

  /** The key in {@code file}, created with a random key (readable by its owner only) if absent. */
  public static AesGcmSealer withKeyFile(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, ENCODER.encode(key), StandardOpenOption.CREATE_NEW);
        ownerOnly(file);
      }
      return new AesGcmSealer(
          DECODER.decode(Files.readString(file, StandardCharsets.US_ASCII).trim()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the key file " + file, e);
    }
  }

  /** The key as Base64 (standard or URL alphabet), e.g. from an environment variable. */
  public static AesGcmSealer withKey(String base64) {
    String trimmed = base64.trim();
    return new AesGcmSealer(
        trimmed.contains("+") || trimmed.contains("/")
            ? Base64.getDecoder().decode(trimmed)
            : DECODER.decode(trimmed));
  }

  @Override
  public String seal(String secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return PREFIX + ENCODER.encodeToString(nonce) + "$" + ENCODER.encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  @Override
  public Optional<String> open(String sealed) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = sealed.substring(PREFIX.length()).split("\\$", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      byte[] nonce = DECODER.decode(parts[0]);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      return Optional.of(
          new String(cipher.doFinal(DECODER.decode(parts[1])), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its own access rules apply.
    }
  }
}
