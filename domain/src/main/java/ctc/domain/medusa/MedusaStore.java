package ctc.domain.medusa;

import ctc.domain.auth.ApiClient;
import ctc.domain.auth.ApiClientRepository;
import ctc.domain.auth.OAuthServer;
import ctc.domain.auth.Permission;
import ctc.domain.auth.Principal;
import ctc.domain.common.ClientLogging;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ResourceRef;
import ctc.domain.customer.AuthenticationMode;
import ctc.domain.customer.CredentialRequests.CustomerCreatePasswordResetToken;
import ctc.domain.customer.CredentialRequests.CustomerResetPassword;
import ctc.domain.customer.CredentialRequests.CustomerSignin;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerCredentials;
import ctc.domain.customer.CustomerDraft;
import ctc.domain.customer.CustomerRepository;
import ctc.domain.customer.CustomerService;
import ctc.domain.customer.CustomerToken;
import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.SignInThrottle;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.DuplicateFieldError;
import ctc.domain.error.ErrorObject.ExpiredCustomerPasswordTokenError;
import ctc.domain.error.ErrorObject.InvalidCredentialsError;
import ctc.domain.error.ErrorObject.Throttled;
import ctc.domain.medusa.MedusaEvents.PasswordResetEvent;
import ctc.domain.medusa.MedusaPayloads.AddressInput;
import ctc.domain.medusa.MedusaPayloads.Credentials;
import ctc.domain.medusa.MedusaPayloads.PasswordReset;
import ctc.domain.medusa.MedusaPayloads.ProfileUpdate;
import ctc.domain.medusa.MedusaPayloads.Registration;
import ctc.domain.medusa.MedusaTranslation.Plan;
import ctc.domain.update.SideWrites;
import ctc.domain.update.UpdateRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Medusa v1 store API's customer and auth use cases over the commercetools customers (contract
 * medusa-store-api.md): every write is one commercetools update through the customers' write path,
 * with the facade extension stored in its transaction; sessions and bearer tokens are ordinary
 * access tokens of the OAuth server.
 */
public final class MedusaStore {

  /** Contract #13: sessions last 10 h ([V1] session default), bearer tokens 30 days. */
  public static final Duration SESSION_LIFETIME = Duration.ofHours(10);

  public static final Duration BEARER_LIFETIME = Duration.ofDays(30);

  /** Contract #17: the facade's password tokens live 15 minutes. */
  static final int PASSWORD_TOKEN_MINUTES = 15;

  /** Contract #24: a write is retried up to 3 times on a version conflict. */
  static final int RETRIES = 3;

  static final String DUPLICATE_ON_REGISTER =
      "A customer with the given email already has an account. Log in instead";

  /** The project the facade serves and its API client (contract #2). */
  public record Facade(String projectKey, ApiClient client) {
    public RequestScope scope() {
      return RequestScope.project(projectKey);
    }
  }

  /** A valid credential: its customer and the token value. */
  public record Signed(Customer customer, String token) {}

  /** A sign-in's answer body and the token issued with it. */
  public record SignedIn(Map<String, Object> body, String token) {}

  private final List<String> facadeClients;
  private final ApiClientRepository clients;
  private final CustomerService customers;
  private final CustomerRepository repository;
  private final CustomerCredentials credentials;
  private final OAuthServer oauth;
  private final SignInThrottle throttle;
  private final MedusaExtensions extensions;
  private final MedusaEvents events;
  private final IdGenerator ids;

  public MedusaStore(
      List<String> facadeClients,
      ApiClientRepository clients,
      CustomerService customers,
      CustomerRepository repository,
      CustomerCredentials credentials,
      OAuthServer oauth,
      SignInThrottle throttle,
      MedusaExtensions extensions,
      MedusaEvents events,
      IdGenerator ids) {
    this.facadeClients = List.copyOf(facadeClients);
    this.clients = clients;
    this.customers = customers;
    this.repository = repository;
    this.credentials = credentials;
    this.oauth = oauth;
    this.throttle = throttle;
    this.extensions = extensions;
    this.events = events;
    this.ids = ids;
  }

  /**
   * The facade of the project, if switched on (contract #2): the first listed client of the
   * project, while it exists and holds {@code manage_my_profile} or {@code manage_project}.
   */
  public Optional<Facade> facade(String projectKey) {
    for (String id : facadeClients) {
      Optional<ApiClient> client = clients.findById(id);
      if (client.isPresent() && client.get().projectKey().equals(projectKey)) {
        return client.get().grants(Permission.MANAGE_MY_PROFILE)
            ? Optional.of(new Facade(projectKey, client.get()))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The first valid credential of the request, the cookie's before the bearer token (contract §4):
   * an active access token of the project with a customer id and {@code manage_my_profile} (or
   * {@code manage_project}), whose customer exists.
   */
  public Optional<Signed> authenticate(Facade facade, String cookie, String bearer) {
    for (String value : new String[] {cookie, bearer}) {
      Optional<Signed> signed = valid(facade, value);
      if (signed.isPresent()) {
        return signed;
      }
    }
    return Optional.empty();
  }

  /**
   * 5.1 and 5.2: a session (with {@code oldSession} ended) or a bearer token. The Customers API's
   * sign-in throttle counts per account and, since every storefront visitor acts through the one
   * facade client, per {@code requester} (the caller's address) instead of per client: otherwise
   * anyone could spend the whole storefront's budget of failures.
   */
  public SignedIn signIn(
      Facade facade,
      Map<String, Object> body,
      boolean session,
      String oldSession,
      String requester) {
    Credentials given = MedusaPayloads.credentials(body);
    Customer customer;
    try {
      customer =
          throttle.signIn(
              facade.projectKey(),
              given.email(),
              facade.client().id() + "@" + requester,
              () ->
                  credentials.signIn(
                      facade.scope(),
                      new CustomerSignin(
                          given.email(), given.password(), null, null, null, null, null)));
    } catch (CommercetoolsException e) {
      if (e.error() instanceof InvalidCredentialsError) {
        throw MedusaException.unauthorized();
      }
      throw translate(e, DUPLICATE_ON_REGISTER);
    }
    if (!session) {
      String token = oauth.customerToken(facade.client(), customer.id(), BEARER_LIFETIME);
      return new SignedIn(Map.of("access_token", token), token);
    }
    return new SignedIn(
        MedusaView.customerWithOrders(customer, extension(facade, customer.id())),
        newSession(facade, customer.id(), oldSession));
  }

  /** 5.6: registers a global customer in Password mode and signs it in. */
  public SignedIn register(Facade facade, Map<String, Object> body, String oldSession) {
    Registration registration = MedusaPayloads.registration(body);
    String email = MedusaTranslation.lowerCaseEmail(registration.email());
    if (!repository.findByEmail(facade.projectKey(), email).isEmpty()) {
      throw MedusaException.duplicate(DUPLICATE_ON_REGISTER);
    }
    CustomerDraft draft =
        new CustomerDraft(
            null,
            null,
            null,
            email,
            registration.password(),
            registration.firstName(),
            registration.lastName(),
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
            false,
            null,
            null,
            null,
            null,
            null,
            AuthenticationMode.Password,
            null,
            null,
            null);
    MedusaExtension extension = MedusaExtension.EMPTY.withPhone(registration.phone());
    Customer created;
    try {
      created =
          customers.create(
              facade.scope(),
              draft,
              actor(facade, null),
              customer ->
                  extension.keepsNothing()
                      ? SideWrites.NONE
                      : SideWrites.after(
                          () -> extensions.save(facade.projectKey(), customer.id(), extension)));
    } catch (CommercetoolsException e) {
      throw translate(e, DUPLICATE_ON_REGISTER);
    }
    return new SignedIn(
        MedusaView.customer(created, extension), newSession(facade, created.id(), oldSession));
  }

  /** 5.3 (with orders) and 5.9. */
  public Map<String, Object> me(Facade facade, Signed signed, boolean withOrders) {
    Customer customer = signed.customer();
    MedusaExtension extension = extension(facade, customer.id());
    return withOrders
        ? MedusaView.customerWithOrders(customer, extension)
        : MedusaView.customer(customer, extension);
  }

  /** 5.10. */
  public Map<String, Object> update(Facade facade, Signed signed, Map<String, Object> body) {
    ProfileUpdate update = MedusaPayloads.profileUpdate(body);
    return write(
        facade,
        signed,
        (customer, extension, newId) ->
            MedusaTranslation.profile(customer, extension, update, newId));
  }

  /** 5.11. */
  public Map<String, Object> addAddress(Facade facade, Signed signed, Map<String, Object> body) {
    AddressInput input = MedusaPayloads.addressCreate(body);
    return write(
        facade,
        signed,
        (customer, extension, newId) ->
            MedusaTranslation.addAddress(customer, extension, input, newId));
  }

  /** 5.12. */
  public Map<String, Object> updateAddress(
      Facade facade, Signed signed, String addressId, Map<String, Object> body) {
    AddressInput input = MedusaPayloads.addressUpdate(body);
    return write(
        facade,
        signed,
        (customer, extension, newId) ->
            MedusaTranslation.updateAddress(customer, extension, addressId, input));
  }

  /** 5.13. */
  public Map<String, Object> deleteAddress(Facade facade, Signed signed, String addressId) {
    return write(
        facade,
        signed,
        (customer, extension, newId) ->
            MedusaTranslation.deleteAddress(customer, extension, addressId));
  }

  /** 5.5: whether a customer of contract #3 has the email, ignoring case; never fails. */
  public boolean exists(Facade facade, String email) {
    return email != null && email.length() <= 1024 && signInCustomer(facade, email).isPresent();
  }

  /**
   * 5.7: a 15-minute password token for a customer of contract #3, announced by the event; nothing
   * for an unknown email.
   */
  public void passwordToken(Facade facade, Map<String, Object> body) {
    String email = MedusaPayloads.email(body);
    Optional<Customer> customer = signInCustomer(facade, email);
    if (customer.isEmpty()) {
      return;
    }
    CustomerToken token;
    try {
      token =
          credentials.createPasswordToken(
              facade.scope(),
              new CustomerCreatePasswordResetToken(
                  customer.get().email(), PASSWORD_TOKEN_MINUTES, false),
              actor(facade, null));
    } catch (CommercetoolsException e) {
      return;
    }
    Customer known = customer.get();
    events.passwordReset(
        facade.projectKey(),
        new PasswordResetEvent(
            known.id(), known.email(), known.firstName(), known.lastName(), token.value()));
  }

  /** 5.8: the commercetools reset, for a token of the email's customer (contract #17, #18). */
  public Map<String, Object> passwordReset(Facade facade, Map<String, Object> body) {
    PasswordReset reset = MedusaPayloads.passwordReset(body);
    Customer customer =
        signInCustomer(facade, reset.email()).orElseThrow(MedusaException::invalidResetToken);
    Customer after;
    try {
      Customer owner = credentials.customerOfPasswordToken(facade.scope(), reset.token());
      if (!owner.id().equals(customer.id())) {
        throw MedusaException.invalidResetToken();
      }
      after =
          credentials.resetPassword(
              facade.scope(),
              new CustomerResetPassword(reset.token(), reset.password(), null),
              customer.id(),
              actor(facade, null));
    } catch (CommercetoolsException e) {
      int status = e.statusCode();
      if (status == 404 || e.error() instanceof ExpiredCustomerPasswordTokenError) {
        throw MedusaException.invalidResetToken();
      }
      throw translate(e, DUPLICATE_ON_REGISTER);
    }
    return MedusaView.customer(after, extension(facade, after.id()));
  }

  /** 5.4 (contract #15): ends the request's valid session and bearer token. */
  public void signOut(Facade facade, String cookie, String bearer) {
    for (String value : new String[] {cookie, bearer}) {
      if (valid(facade, value).isPresent()) {
        oauth.revokeAccessToken(value);
      }
    }
  }

  /** Who writes: the facade client, and the signed-in customer if any (contract #25). */
  static ClientLogging actor(Facade facade, String customerId) {
    return new ClientLogging(
        facade.client().id(),
        false,
        null,
        null,
        customerId == null ? null : ResourceIdentifier.ofId(ResourceKind.CUSTOMER, customerId));
  }

  /** The plan of one write, from the customer and extension as they are now. */
  @FunctionalInterface
  interface Planner {
    Plan plan(Customer customer, MedusaExtension extension, String newAddressId);
  }

  /**
   * One facade write (contract #24, #25): planned from the current customer, stored as one
   * commercetools update at its version with the extension beside it, retried on a version
   * conflict. A plan that changes nothing writes nothing. A new password follows the actions in the
   * same version (#25) and ends every other token of the customer in its transaction (#16).
   */
  private Map<String, Object> write(Facade facade, Signed signed, Planner planner) {
    String id = signed.customer().id();
    RequestScope scope = facade.scope();
    ClientLogging actor = actor(facade, id);
    for (int attempt = 0; ; attempt++) {
      Customer current =
          repository.findById(facade.projectKey(), id).orElseThrow(MedusaException::unauthorized);
      MedusaExtension extension = extension(facade, id);
      String newAddressId = freshAddressId(current);
      Plan plan = planner.plan(current, extension, newAddressId);
      requireFreeEmail(facade, current, plan);
      boolean extensionChanges = plan.changesExtension(extension);
      if (plan.actions().isEmpty() && !extensionChanges && plan.newPassword() == null) {
        return MedusaView.customer(current, extension);
      }
      try {
        boolean newPassword = plan.newPassword() != null;
        Customer after =
            customers.update(
                scope,
                new ResourceRef.ById(id),
                () -> new UpdateRequest<>(current.version(), plan.actions()),
                actor,
                new PresetAddressId(newAddressId, ids),
                SideWrites.after(
                    () -> {
                      if (extensionChanges) {
                        extensions.save(facade.projectKey(), id, plan.extension());
                      }
                      if (newPassword) {
                        oauth.revokeCustomerTokensExcept(facade.projectKey(), id, signed.token());
                      }
                    }),
                extensionChanges,
                newPassword ? credentials.newPassword(plan.newPassword()) : null);
        return MedusaView.customer(after, plan.extension());
      } catch (CommercetoolsException e) {
        if (e.error() instanceof ConcurrentModificationError && attempt < RETRIES) {
          continue;
        }
        throw translate(e, null);
      }
    }
  }

  /** A changed email no other customer of the project has, in any case (contract #7). */
  private void requireFreeEmail(Facade facade, Customer current, Plan plan) {
    for (Object action : plan.actions()) {
      if (action instanceof ChangeEmail change) {
        boolean taken =
            repository.findByEmail(facade.projectKey(), change.email()).stream()
                .anyMatch(other -> !other.id().equals(current.id()));
        if (taken) {
          throw MedusaException.duplicate(
              "Customer with email " + change.email() + " already exists.");
        }
      }
    }
  }

  /**
   * A commercetools error the facade's own checks did not catch first (contract §8); {@code
   * duplicateMessage} is the message of a duplicate email.
   */
  static MedusaException translate(CommercetoolsException e, String duplicateMessage) {
    if (e.error() instanceof DuplicateFieldError duplicate) {
      return MedusaException.duplicate(
          duplicateMessage != null
              ? duplicateMessage
              : "Customer with email " + duplicate.duplicateValue() + " already exists.");
    }
    if (e.error() instanceof ConcurrentModificationError) {
      return MedusaException.conflict();
    }
    if (e.error() instanceof Throttled) {
      return MedusaException.tooManyRequests();
    }
    if (e.statusCode() == 404) {
      return MedusaException.unauthorized();
    }
    if (e.statusCode() == 400) {
      return MedusaException.invalidData(e.error().message());
    }
    return MedusaException.unknown();
  }

  private Optional<Signed> valid(Facade facade, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Principal principal;
    try {
      principal = oauth.authenticate(value);
    } catch (CommercetoolsException e) {
      return Optional.empty();
    }
    if (principal.customerId() == null
        || !principal.grants(Permission.MANAGE_MY_PROFILE, facade.projectKey())) {
      return Optional.empty();
    }
    return repository
        .findById(facade.projectKey(), principal.customerId())
        .map(customer -> new Signed(customer, value));
  }

  /** A new session token; a still-valid session of the facade in the request's cookie ends. */
  private String newSession(Facade facade, String customerId, String oldSession) {
    if (oldSession != null && !oldSession.isBlank()) {
      try {
        Principal old = oauth.authenticate(oldSession);
        if (old.clientId().equals(facade.client().id())
            && old.projectKey().equals(facade.projectKey())) {
          oauth.revokeAccessToken(oldSession);
        }
      } catch (CommercetoolsException e) {
        // not a valid token: nothing to end
      }
    }
    return oauth.customerToken(facade.client(), customerId, SESSION_LIFETIME);
  }

  /** Contract #3: global customers in Password mode, by email ignoring case. */
  private Optional<Customer> signInCustomer(Facade facade, String email) {
    return repository.findByEmail(facade.projectKey(), email).stream()
        .filter(c -> c.global() && c.authenticationMode() == AuthenticationMode.Password)
        .findFirst();
  }

  private MedusaExtension extension(Facade facade, String customerId) {
    return extensions.find(facade.projectKey(), customerId).orElse(MedusaExtension.EMPTY);
  }

  private String freshAddressId(Customer customer) {
    Set<String> taken = new HashSet<>();
    customer.addresses().forEach(a -> taken.add(a.id()));
    String id = ids.addressId();
    while (taken.contains(id)) {
      id = ids.addressId();
    }
    return id;
  }

  /** Hands out a chosen address id first, so that later actions of a request can name it. */
  private record PresetAddressId(List<String> preset, IdGenerator delegate) implements IdGenerator {
    PresetAddressId(String first, IdGenerator delegate) {
      this(new ArrayList<>(List.of(first)), delegate);
    }

    @Override
    public String resourceId() {
      return delegate.resourceId();
    }

    @Override
    public synchronized String addressId() {
      return preset.isEmpty() ? delegate.addressId() : preset.remove(0);
    }

    @Override
    public String tokenValue() {
      return delegate.tokenValue();
    }
  }
}
