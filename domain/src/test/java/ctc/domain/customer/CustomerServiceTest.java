package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.NOW;
import static ctc.domain.customer.CustomerFixtures.aDraft;
import static ctc.domain.customer.CustomerFixtures.draft;
import static ctc.domain.customer.CustomerFixtures.store;
import static ctc.domain.customer.CustomerFixtures.storeKey;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.customer.CustomerUpdateAction.AddStore;
import ctc.domain.customer.CustomerUpdateAction.ChangeEmail;
import ctc.domain.customer.CustomerUpdateAction.RemoveAddress;
import ctc.domain.customer.CustomerUpdateAction.RemoveStore;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetKey;
import ctc.domain.customer.CustomerUpdateAction.SetStores;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.DuplicateFieldError;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import ctc.domain.query.Page;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.domain.query.QuerySpec;
import ctc.domain.update.Change;
import ctc.domain.update.UpdateRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {

  private static final RequestScope PROJECT = RequestScope.project("test");
  private static final RequestScope BERLIN = new RequestScope("test", "berlin");
  private static final RequestScope PARIS = new RequestScope("test", "paris");

  private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();
  private final CustomerService service = service(repository);

  private static CustomerService service(CustomerRepository repository) {
    return new CustomerService(
        repository,
        new InMemoryTransactions(),
        new QueryParameters(new QueryLanguageParser()),
        Clock.fixed(NOW.plusNanos(456_789), ZoneOffset.UTC),
        new SequentialIds(),
        new PlainTestHasher(),
        new ShapeOnlyReferences());
  }

  private static ResourceRef byId(String id) {
    return new ResourceRef.ById(id);
  }

  private static ResourceRef byKey(String key) {
    return new ResourceRef.ByKey(key);
  }

  private static Supplier<UpdateRequest<CustomerUpdateAction>> request(
      long version, CustomerUpdateAction... actions) {
    return () -> new UpdateRequest<>(version, List.of(actions));
  }

  private static QueryParameters.Raw where(String where) {
    return new QueryParameters.Raw(List.of(where), Map.of(), List.of(), null, null, null);
  }

  private static QueryParameters.Raw everything() {
    return new QueryParameters.Raw(List.of(), Map.of(), List.of(), null, null, null);
  }

  private Customer create(String email) {
    return service.create(PROJECT, aDraft(email), ACTOR);
  }

  private Customer createInStore(String email, String store) {
    return service.create(
        PROJECT, draft().email(email).password("secret123").stores(storeKey(store)).build(), ACTOR);
  }

  // ---------------------------------------------------------------- create

  @Test
  void createStoresTheNewCustomer() {
    Customer created = create("jane@example.com");

    assertThat(created.version()).isEqualTo(1);
    assertThat(repository.findById("test", created.id())).contains(created);
  }

  @Test
  void createStampsTheTimeAtMillisecondPrecision() {
    Customer created = create("jane@example.com");

    assertThat(created.createdAt()).isEqualTo(NOW);
    assertThat(created.lastModifiedAt()).isEqualTo(NOW);
  }

  @Test
  void createInAStoreWithoutStoresPutsTheCustomerInThatStore() {
    Customer created = service.create(BERLIN, aDraft("jane@example.com"), ACTOR);

    assertThat(created.stores()).containsExactly(store("berlin"));
  }

  @Test
  void createWithATakenEmailIsADuplicateField() {
    create("jane@example.com");

    DuplicateFieldError error =
        expectError(400, DuplicateFieldError.class, () -> create("JANE@example.com"));

    assertThat(error.field()).isEqualTo("email");
  }

  @Test
  void createWithATakenKeyIsADuplicateField() {
    service.create(
        PROJECT, draft().email("a@example.com").password("secret123").key("taken").build(), ACTOR);

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                service.create(
                    PROJECT,
                    draft().email("b@example.com").password("secret123").key("taken").build(),
                    ACTOR));

    assertThat(error.field()).isEqualTo("key");
  }

  @Test
  void createOfAnInvalidDraftStoresNothing() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> service.create(PROJECT, draft().email("jane@example.com").build(), ACTOR));

    assertThat(service.query(PROJECT, everything()).total()).isZero();
  }

  @Test
  void createInAStoreForOnlyAnotherStoreIsRefusedAndStoresNothing() {
    InvalidOperationError error =
        expectError(
            400,
            InvalidOperationError.class,
            () ->
                service.create(
                    BERLIN,
                    draft()
                        .email("jane@example.com")
                        .password("secret123")
                        .stores(storeKey("paris"))
                        .build(),
                    ACTOR));

    assertThat(error.message()).contains("'berlin'");
    assertThat(service.query(PROJECT, everything()).total()).isZero();
  }

  @Test
  void createInAStoreForThatStoreAndAnotherIsAccepted() {
    Customer created =
        service.create(
            BERLIN,
            draft()
                .email("jane@example.com")
                .password("secret123")
                .stores(storeKey("berlin"), storeKey("paris"))
                .build(),
            ACTOR);

    assertThat(created.stores()).containsExactly(store("berlin"), store("paris"));
  }

  // ---------------------------------------------------------------- get

  @Test
  void getFindsACustomerById() {
    Customer created = create("jane@example.com");

    assertThat(service.get(PROJECT, byId(created.id()))).isEqualTo(created);
  }

  @Test
  void getFindsACustomerByKey() {
    Customer created =
        service.create(
            PROJECT,
            draft().email("jane@example.com").password("secret123").key("jane").build(),
            ACTOR);

    assertThat(service.get(PROJECT, byKey("jane"))).isEqualTo(created);
  }

  @Test
  void getOfAnUnknownIdIsNotFound() {
    ResourceNotFoundError error =
        expectError(404, ResourceNotFoundError.class, () -> service.get(PROJECT, byId("x")));

    assertThat(error.message()).isEqualTo("The Resource with ID 'x' was not found.");
  }

  @Test
  void getOfAnUnknownKeyIsNotFound() {
    ResourceNotFoundError error =
        expectError(404, ResourceNotFoundError.class, () -> service.get(PROJECT, byKey("k")));

    assertThat(error.message()).isEqualTo("The Resource with key 'k' was not found.");
  }

  @Test
  void getInAnotherProjectIsNotFound() {
    Customer created = create("jane@example.com");

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> service.get(RequestScope.project("other"), byId(created.id())));
  }

  @Test
  void aStoreScopeDoesNotSeeACustomerOfAnotherStore() {
    Customer parisian = createInStore("jane@example.com", "paris");

    ResourceNotFoundError error =
        expectError(
            404, ResourceNotFoundError.class, () -> service.get(BERLIN, byId(parisian.id())));

    assertThat(error.message())
        .isEqualTo("The Resource with ID '" + parisian.id() + "' was not found.");
  }

  @Test
  void aStoreScopeSeesGlobalCustomersAndThoseOfItsStore() {
    Customer global = create("global@example.com");
    Customer berliner = createInStore("berliner@example.com", "berlin");

    assertThat(service.get(BERLIN, byId(global.id()))).isEqualTo(global);
    assertThat(service.get(BERLIN, byId(berliner.id()))).isEqualTo(berliner);
  }

  // ---------------------------------------------------------------- update

  @Test
  void updateAppliesTheActionsAndStoresTheResult() {
    Customer created = create("jane@example.com");

    Customer updated =
        service.update(PROJECT, byId(created.id()), request(1, new SetFirstName("Joan")), ACTOR);

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.firstName()).isEqualTo("Joan");
    assertThat(service.get(PROJECT, byId(created.id()))).isEqualTo(updated);
  }

  @Test
  void updateInAStoreThatMovesTheCustomerToAnotherStoreIsRefusedAndChangesNothing() {
    Customer berliner = createInStore("jane@example.com", "berlin");

    expectError(
        400,
        InvalidOperationError.class,
        () ->
            service.update(
                BERLIN,
                byId(berliner.id()),
                request(1, new SetFirstName("Joan"), new SetStores(List.of(storeKey("paris")))),
                ACTOR));

    assertThat(service.get(PROJECT, byId(berliner.id()))).isEqualTo(berliner);
  }

  @Test
  void updateInAStoreThatRemovesItsStoreFromSeveralIsRefused() {
    Customer created =
        service.create(
            PROJECT,
            draft()
                .email("jane@example.com")
                .password("secret123")
                .stores(storeKey("berlin"), storeKey("paris"))
                .build(),
            ACTOR);

    expectError(
        400,
        InvalidOperationError.class,
        () ->
            service.update(
                BERLIN,
                byId(created.id()),
                request(1, new RemoveStore(storeKey("berlin"))),
                ACTOR));
  }

  @Test
  void updateInAStoreMayMakeTheCustomerGlobalOrAddStores() {
    Customer berliner = createInStore("jane@example.com", "berlin");

    Customer twoStores =
        service.update(
            BERLIN, byId(berliner.id()), request(1, new AddStore(storeKey("paris"))), ACTOR);
    Customer global =
        service.update(BERLIN, byId(berliner.id()), request(2, new SetStores(List.of())), ACTOR);

    assertThat(twoStores.stores()).containsExactly(store("berlin"), store("paris"));
    assertThat(global.stores()).isEmpty();
  }

  @Test
  void updateProjectWideMayMoveACustomerBetweenStores() {
    Customer berliner = createInStore("jane@example.com", "berlin");

    Customer parisian =
        service.update(
            PROJECT,
            byId(berliner.id()),
            request(1, new SetStores(List.of(storeKey("paris")))),
            ACTOR);

    assertThat(parisian.stores()).containsExactly(store("paris"));
  }

  @Test
  void updateByKeyWorksLikeById() {
    service.create(
        PROJECT,
        draft().email("jane@example.com").password("secret123").key("jane").build(),
        ACTOR);

    Customer updated =
        service.update(PROJECT, byKey("jane"), request(1, new SetFirstName("Joan")), ACTOR);

    assertThat(updated.firstName()).isEqualTo("Joan");
  }

  @Test
  void anUpdateThatChangesNothingKeepsTheVersion() {
    Customer created = create("jane@example.com");

    Customer updated = service.update(PROJECT, byId(created.id()), request(1), ACTOR);

    assertThat(updated).isEqualTo(created);
    assertThat(service.get(PROJECT, byId(created.id())).version()).isEqualTo(1);
  }

  @Test
  void anUpdateWithAStaleVersionIsAConcurrentModification() {
    Customer created = create("jane@example.com");
    service.update(PROJECT, byId(created.id()), request(1, new SetFirstName("Joan")), ACTOR);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () ->
                service.update(
                    PROJECT, byId(created.id()), request(1, new SetFirstName("Lost")), ACTOR));

    assertThat(error.currentVersion()).isEqualTo(2);
    assertThat(service.get(PROJECT, byId(created.id())).firstName()).isEqualTo("Joan");
  }

  @Test
  void anUpdateOfAnUnknownCustomerIsNotFoundBeforeTheBodyIsRead() {
    AtomicBoolean read = new AtomicBoolean();
    Supplier<UpdateRequest<CustomerUpdateAction>> body =
        () -> {
          read.set(true);
          return new UpdateRequest<>(1, List.of());
        };

    expectError(
        404, ResourceNotFoundError.class, () -> service.update(PROJECT, byId("x"), body, ACTOR));

    assertThat(read).isFalse();
  }

  @Test
  void anUpdateInAnotherStoreIsNotFound() {
    Customer parisian = createInStore("jane@example.com", "paris");

    expectError(
        404,
        ResourceNotFoundError.class,
        () ->
            service.update(
                BERLIN, byId(parisian.id()), request(1, new SetFirstName("Joan")), ACTOR));
  }

  @Test
  void aFailingActionLeavesTheStoredCustomerAlone() {
    Customer created = create("jane@example.com");

    expectError(
        400,
        InvalidOperationError.class,
        () ->
            service.update(
                PROJECT,
                byId(created.id()),
                request(1, new SetFirstName("Joan"), new RemoveAddress("nope", null)),
                ACTOR));

    assertThat(service.get(PROJECT, byId(created.id()))).isEqualTo(created);
  }

  @Test
  void changingTheEmailToATakenEmailIsADuplicateField() {
    create("taken@example.com");
    Customer other = create("other@example.com");

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                service.update(
                    PROJECT,
                    byId(other.id()),
                    request(1, new ChangeEmail("Taken@Example.com")),
                    ACTOR));

    assertThat(error.field()).isEqualTo("email");
    assertThat(service.get(PROJECT, byId(other.id())).email()).isEqualTo("other@example.com");
  }

  @Test
  void settingATakenKeyIsADuplicateField() {
    service.create(
        PROJECT, draft().email("a@example.com").password("secret123").key("taken").build(), ACTOR);
    Customer other = create("b@example.com");

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                service.update(PROJECT, byId(other.id()), request(1, new SetKey("taken")), ACTOR));

    assertThat(error.field()).isEqualTo("key");
  }

  @Test
  void aWriteRaceLostInTheRepositoryIsAConcurrentModification() {
    Customer created = create("jane@example.com");
    CustomerService racing = service(new RacingRepository(repository));

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () ->
                racing.update(
                    PROJECT, byId(created.id()), request(1, new SetFirstName("Joan")), ACTOR));

    assertThat(error.currentVersion()).isEqualTo(2);
    assertThat(service.get(PROJECT, byId(created.id())).firstName()).isEqualTo("Winner");
  }

  // ---------------------------------------------------------------- delete

  @Test
  void deleteRemovesTheCustomerAndReturnsIt() {
    Customer created = create("jane@example.com");

    Customer deleted = service.delete(PROJECT, byId(created.id()), () -> 1, false, ACTOR);

    assertThat(deleted).isEqualTo(created);
    expectError(404, ResourceNotFoundError.class, () -> service.get(PROJECT, byId(created.id())));
  }

  @Test
  void deleteByKeyRemovesTheCustomer() {
    service.create(
        PROJECT,
        draft().email("jane@example.com").password("secret123").key("jane").build(),
        ACTOR);

    service.delete(PROJECT, byKey("jane"), () -> 1, false, ACTOR);

    expectError(404, ResourceNotFoundError.class, () -> service.get(PROJECT, byKey("jane")));
  }

  @Test
  void aDeleteWithAStaleVersionIsAConcurrentModification() {
    Customer created = create("jane@example.com");
    service.update(PROJECT, byId(created.id()), request(1, new SetFirstName("Joan")), ACTOR);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () -> service.delete(PROJECT, byId(created.id()), () -> 1, false, ACTOR));

    assertThat(error.currentVersion()).isEqualTo(2);
    assertThat(service.get(PROJECT, byId(created.id())).version()).isEqualTo(2);
  }

  @Test
  void aDeleteOfAnUnknownCustomerIsNotFoundBeforeTheVersionIsRead() {
    AtomicBoolean read = new AtomicBoolean();

    expectError(
        404,
        ResourceNotFoundError.class,
        () ->
            service.delete(
                PROJECT,
                byId("x"),
                () -> {
                  read.set(true);
                  return 1;
                },
                false,
                ACTOR));

    assertThat(read).isFalse();
  }

  @Test
  void aDeleteInAnotherStoreIsNotFound() {
    Customer parisian = createInStore("jane@example.com", "paris");

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> service.delete(BERLIN, byId(parisian.id()), () -> 1, false, ACTOR));
    assertThat(service.get(PARIS, byId(parisian.id()))).isEqualTo(parisian);
  }

  // ---------------------------------------------------------------- query and exists

  @Test
  void queryReturnsTheMatchingCustomers() {
    Customer jane = create("Jane@example.com");
    create("john@example.com");

    Page<Customer> page = service.query(PROJECT, where("lowercaseEmail = \"jane@example.com\""));

    assertThat(page.results()).containsExactly(jane);
    assertThat(page.total()).isEqualTo(1L);
    assertThat(page.limit()).isEqualTo(20);
  }

  @Test
  void queryInAStoreSeesOnlyWhatTheStoreAdmits() {
    Customer global = create("global@example.com");
    Customer berliner = createInStore("berliner@example.com", "berlin");
    createInStore("parisian@example.com", "paris");

    Page<Customer> page = service.query(BERLIN, everything());

    assertThat(page.results())
        .extracting(Customer::id)
        .containsExactlyInAnyOrder(global.id(), berliner.id());
  }

  @Test
  void aMalformedQueryIsInvalidInput() {
    expectError(400, InvalidInputError.class, () -> service.query(PROJECT, where("email = ")));
  }

  @Test
  void existsTellsWhetherAnyCustomerMatches() {
    create("jane@example.com");

    assertThat(service.exists(PROJECT, where("email = \"jane@example.com\""))).isTrue();
    assertThat(service.exists(PROJECT, where("email = \"john@example.com\""))).isFalse();
  }

  @Test
  void existsInAStoreIgnoresCustomersOfOtherStores() {
    createInStore("jane@example.com", "paris");

    assertThat(service.exists(BERLIN, where("email = \"jane@example.com\""))).isFalse();
    assertThat(service.exists(PARIS, where("email = \"jane@example.com\""))).isTrue();
  }

  /**
   * Lets another writer win the race: just before the first update is stored, someone else stores
   * theirs.
   */
  private static final class RacingRepository implements CustomerRepository {
    private final CustomerRepository delegate;

    RacingRepository(CustomerRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<Customer> findById(String projectKey, String id) {
      return delegate.findById(projectKey, id);
    }

    @Override
    public Optional<Customer> findByKey(String projectKey, String key) {
      return delegate.findByKey(projectKey, key);
    }

    @Override
    public List<Customer> findByEmail(String projectKey, String email) {
      return delegate.findByEmail(projectKey, email);
    }

    @Override
    public void save(String projectKey, Change<Customer> change) {
      if (!change.creates() && !change.deletes()) {
        Customer previous = change.before();
        delegate.save(
            projectKey,
            new Change<>(
                previous,
                previous.toBuilder().firstName("Winner").version(previous.version() + 1).build(),
                change.cause(),
                change.at(),
                null));
      }
      delegate.save(projectKey, change);
    }

    @Override
    public Page<Customer> query(RequestScope scope, QuerySpec spec) {
      return delegate.query(scope, spec);
    }
  }
}
