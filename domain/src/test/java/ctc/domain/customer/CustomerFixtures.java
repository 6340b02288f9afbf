package ctc.domain.customer;

import ctc.domain.common.Address;
import ctc.domain.common.ClientLogging;
import ctc.domain.common.KeyReference;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.update.UpdateContext;
import java.time.Instant;
import java.util.UUID;

/** Test data shared by the domain tests and, through the domain test-jar, by the other modules. */
public final class CustomerFixtures {

  /** When {@link #aCustomer()} was created and last modified (millisecond precision, as stored). */
  public static final Instant CREATED_AT = Instant.parse("2024-01-02T03:04:05.678Z");

  /**
   * The fixed "now" of {@link #context()}; later than {@link #CREATED_AT} so that modifications are
   * visible.
   */
  public static final Instant NOW = Instant.parse("2024-06-07T08:09:10.123Z");

  /** The API client acting in {@link #context()} and recorded on {@link #aCustomer()}. */
  public static final ClientLogging ACTOR =
      new ClientLogging("test-client", false, null, null, null);

  /** The plain password of {@link #aCustomer()} and {@link #aDraft(String)}. */
  public static final String PASSWORD = "secret123";

  public static final String EMAIL = "jane.doe@example.com";

  private CustomerFixtures() {}

  /**
   * A valid, global customer at version 1 with a password (hashed by {@link PlainTestHasher}) and
   * no addresses. The id is a fresh random UUID on every call, so customers made here never collide
   * in shared storage.
   */
  public static Customer aCustomer() {
    return Customer.builder()
        .id(UUID.randomUUID().toString())
        .version(1)
        .versionModifiedAt(CREATED_AT)
        .lastMessageSequenceNumber(1)
        .createdAt(CREATED_AT)
        .createdBy(ACTOR)
        .lastModifiedAt(CREATED_AT)
        .lastModifiedBy(ACTOR)
        .email(EMAIL)
        .password(new PlainTestHasher().hash(PASSWORD))
        .firstName("Jane")
        .lastName("Doe")
        .authenticationMode(AuthenticationMode.Password)
        .build();
  }

  /** A minimal valid draft: the email and the password {@value #PASSWORD}. */
  public static CustomerDraft aDraft(String email) {
    return draft().email(email).password(PASSWORD).build();
  }

  /**
   * A builder for drafts that need more than {@link #aDraft(String)}; it starts empty (no email, no
   * password).
   */
  public static CustomerDraftBuilder draft() {
    return new CustomerDraftBuilder();
  }

  /** An address draft with only the (required) country. */
  public static Address address(String country) {
    return address(country, null);
  }

  public static Address address(String country, String key) {
    return new Address(
        null, key, null, null, null, null, null, null, null, null, null, null, null, country, null,
        null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The stored form of a store reference. */
  public static KeyReference store(String key) {
    return KeyReference.store(key);
  }

  /** A store identifier by key, as drafts and actions carry it. */
  public static ResourceIdentifier storeKey(String key) {
    return new ResourceIdentifier("store", null, key);
  }

  /**
   * Project scope "test", {@link #NOW}, {@link #ACTOR}, sequential ids, the plain test hasher,
   * shape-only refs.
   */
  public static UpdateContext context() {
    return context(RequestScope.project("test"));
  }

  public static UpdateContext context(RequestScope scope) {
    return new UpdateContext(
        scope, NOW, ACTOR, new SequentialIds(), new PlainTestHasher(), new ShapeOnlyReferences());
  }
}
