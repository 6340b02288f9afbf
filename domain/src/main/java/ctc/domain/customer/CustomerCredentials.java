package ctc.domain.customer;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.TokenDigests;
import ctc.domain.common.Transactions;
import ctc.domain.customer.CredentialRequests.CustomerChangePassword;
import ctc.domain.customer.CredentialRequests.CustomerCreateEmailToken;
import ctc.domain.customer.CredentialRequests.CustomerCreatePasswordResetToken;
import ctc.domain.customer.CredentialRequests.CustomerEmailVerify;
import ctc.domain.customer.CredentialRequests.CustomerResetPassword;
import ctc.domain.customer.CredentialRequests.CustomerSignin;
import ctc.domain.error.Errors;
import ctc.domain.message.MessageSink;
import ctc.domain.update.Change;
import ctc.domain.update.SideWrites;
import ctc.domain.update.VersionedUpdater;
import ctc.domain.update.VersionedWrites;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in, password change and reset, and email verification (contract C1 rows 12–19, §G1, §G2,
 * §G4). Writes that consume a token run in one transaction with the customer write, so a token is
 * used at most once.
 */
public final class CustomerCredentials {

  /** Decisions table: password token TTL defaults to 34560 minutes; both kinds allow 1..43200. */
  static final int DEFAULT_PASSWORD_TOKEN_MINUTES = 34_560;

  static final int MAX_TOKEN_MINUTES = 43_200;

  private final CustomerService customers;
  private final VersionedWrites<Customer> writes;
  private final CustomerRepository repository;
  private final CustomerTokenRepository tokens;
  private final CustomerSessions sessions;
  private final Transactions transactions;
  private final PasswordHasher passwords;
  private final IdGenerator ids;
  private final Clock clock;

  /**
   * Verified against when there is no password to check, so that the answer takes the same time.
   */
  private final String dummyHash;

  public CustomerCredentials(
      CustomerService customers,
      CustomerRepository repository,
      CustomerTokenRepository tokens,
      CustomerSessions sessions,
      Transactions transactions,
      PasswordHasher passwords,
      IdGenerator ids,
      Clock clock) {
    this.customers = customers;
    this.writes = customers.writes();
    this.repository = repository;
    this.tokens = tokens;
    this.sessions = sessions;
    this.transactions = transactions;
    this.passwords = passwords;
    this.ids = ids;
    this.clock = clock;
    this.dummyHash = passwords.hash(ids.tokenValue());
  }

  /**
   * An unknown email, a wrong password, an ExternalAuth customer and a customer this scope may not
   * sign in all answer InvalidCredentials after the same bcrypt work.
   */
  public Customer signIn(RequestScope scope, CustomerSignin signin) {
    Optional<Customer> customer = signInCustomer(scope, signin.email());
    String hash = customer.map(Customer::password).orElse(null);
    boolean matches = passwords.verify(signin.password(), hash != null ? hash : dummyHash);
    if (hash == null || !matches) {
      throw Errors.invalidCredentials();
    }
    if (signin.anonymousCart() != null || signin.anonymousCartId() != null) {
      throw Errors.referencedResourceNotFound(
          ResourceKind.CART.typeId(),
          signin.anonymousCart() != null ? signin.anonymousCart().id() : signin.anonymousCartId(),
          signin.anonymousCart() != null ? signin.anonymousCart().key() : null);
    }
    return customer.get();
  }

  public Customer changePassword(
      RequestScope scope, CustomerChangePassword change, ClientLogging actor) {
    Customer current = customers.get(scope, new ResourceRef.ById(change.id()));
    Change<Customer> changed =
        VersionedUpdater.change(
            current,
            change.version(),
            Change.Event.PASSWORD_CHANGED,
            customer -> {
              if (customer.password() == null
                  || !passwords.verify(change.currentPassword(), customer.password())) {
                throw Errors.invalidCurrentPassword();
              }
              return withPassword(customer, change.newPassword());
            },
            now(),
            actor);
    return writes.save(
        scope.projectKey(),
        changed,
        SideWrites.after(() -> sessions.revokeAll(scope.projectKey(), current.id())));
  }

  /**
   * A new password without the current one (the Medusa facade, whose storefronts change it so), to
   * follow a write's actions in its version with CustomerPasswordUpdated like {@link
   * #changePassword}; which sessions end is the caller's.
   */
  public Change.Then<Customer> newPassword(String newPassword) {
    return new Change.Then<>(
        Change.Event.PASSWORD_CHANGED, customer -> withPassword(customer, newPassword));
  }

  /** Finds the customer by email as sign-in would (contract §G1); none is 404. */
  public CustomerToken createPasswordToken(
      RequestScope scope, CustomerCreatePasswordResetToken request, ClientLogging actor) {
    String value = ids.tokenValue();
    Customer customer =
        signInCustomer(scope, request.email())
            .orElseThrow(() -> Errors.notFoundByEmail(request.email()));
    requirePasswordMode(customer);
    int minutes =
        ttl(request.ttlMinutes() == null ? DEFAULT_PASSWORD_TOKEN_MINUTES : request.ttlMinutes());
    return issue(
        scope,
        customer,
        TokenKind.PASSWORD,
        value,
        minutes,
        request.invalidateOlderTokens(),
        actor);
  }

  public Customer customerOfPasswordToken(RequestScope scope, String value) {
    return valid(scope, TokenKind.PASSWORD, value, null).customer();
  }

  /** A successful reset ends every password token and every session of the customer. */
  public Customer resetPassword(
      RequestScope scope, CustomerResetPassword reset, ClientLogging actor) {
    return resetPassword(scope, reset, null, actor);
  }

  /**
   * A reset through /me: the token must belong to {@code customerId} (the token's customer),
   * otherwise it is not found.
   */
  public Customer resetPassword(
      RequestScope scope, CustomerResetPassword reset, String customerId, ClientLogging actor) {
    TokenOf tokenOf = valid(scope, TokenKind.PASSWORD, reset.tokenValue(), customerId);
    String id = tokenOf.customer().id();
    Change<Customer> changed =
        VersionedUpdater.change(
            tokenOf.customer(),
            reset.version(),
            Change.Event.PASSWORD_RESET,
            customer -> withPassword(customer, reset.newPassword()),
            now(),
            actor);
    return writes.save(
        scope.projectKey(),
        changed,
        new SideWrites(
            () -> consume(tokenOf.token()),
            () -> {
              tokens.deleteAll(id, TokenKind.PASSWORD);
              sessions.revokeAll(scope.projectKey(), id);
            }));
  }

  public CustomerToken createEmailToken(
      RequestScope scope, CustomerCreateEmailToken request, ClientLogging actor) {
    Customer customer = customers.get(scope, new ResourceRef.ById(request.id()));
    if (request.version() != null) {
      VersionedUpdater.requireVersion(customer, request.version());
    }
    int minutes = ttl(request.ttlMinutes());
    return issue(
        scope,
        customer,
        TokenKind.EMAIL,
        ids.tokenValue(),
        minutes,
        request.invalidateOlderTokens(),
        actor);
  }

  public Customer customerOfEmailToken(RequestScope scope, String value) {
    return valid(scope, TokenKind.EMAIL, value, null).customer();
  }

  /**
   * Marks the email verified (a new version, CustomerEmailVerified) and ends every email token of
   * the customer.
   */
  public Customer confirmEmail(
      RequestScope scope, CustomerEmailVerify verify, ClientLogging actor) {
    return confirmEmail(scope, verify, null, actor);
  }

  /**
   * A confirmation through /me: the token must belong to {@code customerId}, otherwise it is not
   * found.
   */
  public Customer confirmEmail(
      RequestScope scope, CustomerEmailVerify verify, String customerId, ClientLogging actor) {
    TokenOf tokenOf = valid(scope, TokenKind.EMAIL, verify.tokenValue(), customerId);
    String id = tokenOf.customer().id();
    Change<Customer> changed =
        VersionedUpdater.change(
            tokenOf.customer(),
            verify.version(),
            Change.Event.EMAIL_VERIFIED,
            customer -> customer.toBuilder().isEmailVerified(true).build(),
            now(),
            actor);
    return writes.save(
        scope.projectKey(),
        changed,
        new SideWrites(
            () -> consume(tokenOf.token()), () -> tokens.deleteAll(id, TokenKind.EMAIL)));
  }

  private Optional<Customer> signInCustomer(RequestScope scope, String email) {
    return repository.findByEmail(scope.projectKey(), email).stream()
        .filter(customer -> scope.admitsSignIn(customer.stores()))
        .findFirst();
  }

  /**
   * Only customers in Password mode have a password: an ExternalAuth customer cannot get one
   * through a reset.
   */
  private Customer withPassword(Customer current, String newPassword) {
    requirePasswordMode(current);
    return current.toBuilder()
        .password(passwords.hash(CustomerRules.password(newPassword)))
        .build();
  }

  private CustomerToken issue(
      RequestScope scope,
      Customer customer,
      TokenKind kind,
      String value,
      int minutes,
      Boolean invalidateOlder,
      ClientLogging actor) {
    Instant now = now();
    boolean invalidate = Boolean.TRUE.equals(invalidateOlder);
    StoredToken token =
        new StoredToken(
            ids.resourceId(),
            scope.projectKey(),
            customer.id(),
            kind,
            TokenDigests.sha256(value),
            now.plus(Duration.ofMinutes(minutes)),
            now,
            invalidate);
    MessageSink messages = customers.messages();
    transactions.inTransaction(
        () -> {
          if (invalidate) {
            tokens.deleteAll(customer.id(), kind);
          }
          tokens.insert(token);
          if (messages.stores()) {
            messages.append(
                scope.projectKey(),
                List.of(CustomerMessages.tokenCreated(token, value, minutes, actor, ids)));
          }
          return token;
        });
    return new CustomerToken(
        token.id(), customer.id(), value, token.expiresAt(), invalidate, now, now, actor, actor);
  }

  private static void requirePasswordMode(Customer customer) {
    if (customer.authenticationMode() != AuthenticationMode.Password) {
      throw Errors.noPasswordInMode(customer.authenticationMode().name());
    }
  }

  /** A token and the customer it belongs to. */
  private record TokenOf(StoredToken token, Customer customer) {}

  /**
   * The token of this value and kind in the scope's project, and its customer. Unknown, belonging
   * to a customer the scope does not admit, or (with {@code owner}) to another customer, is 404
   * without naming the customer; only then is an expired token 400.
   */
  private TokenOf valid(RequestScope scope, TokenKind kind, String value, String owner) {
    StoredToken token =
        tokens
            .findByDigest(scope.projectKey(), kind, TokenDigests.sha256(value))
            .filter(found -> owner == null || found.customerId().equals(owner))
            .orElseThrow(Errors::tokenNotFound);
    Customer customer =
        repository
            .findById(scope.projectKey(), token.customerId())
            .filter(found -> scope.admits(found.stores()))
            .orElseThrow(Errors::tokenNotFound);
    if (token.expiredAt(now())) {
      throw kind == TokenKind.PASSWORD ? Errors.expiredPasswordToken() : Errors.expiredEmailToken();
    }
    return new TokenOf(token, customer);
  }

  /** Takes the token out first: of two requests racing with one token, the second finds it gone. */
  private void consume(StoredToken token) {
    if (!tokens.delete(token.id())) {
      throw Errors.tokenNotFound();
    }
  }

  private static int ttl(int minutes) {
    if (minutes < 1 || minutes > MAX_TOKEN_MINUTES) {
      throw Errors.valueOutOfRange("ttlMinutes", minutes, 1, MAX_TOKEN_MINUTES);
    }
    return minutes;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
