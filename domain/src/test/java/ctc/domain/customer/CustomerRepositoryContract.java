package ctc.domain.customer;

import static ctc.domain.customer.CustomerFixtures.aCustomer;
import static ctc.domain.customer.CustomerFixtures.store;
import static ctc.domain.error.ErrorAssertions.expectError;
import static ctc.domain.update.Saves.delete;
import static ctc.domain.update.Saves.insert;
import static ctc.domain.update.Saves.update;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.ClientLogging;
import ctc.domain.common.CustomFields;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.DuplicateFieldError;
import ctc.domain.query.Page;
import ctc.domain.query.QueryField;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Sort;
import ctc.domain.query.Where;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CustomerRepository} must do; each adapter's test extends this class with a
 * two-line factory.
 *
 * <p>Every test works in a project of its own ({@code "p-" + UUID}) and gives every customer a
 * random UUID id, so implementations need no cleanup between tests and may share one database.
 */
public abstract class CustomerRepositoryContract {

  private static final Instant T1 = Instant.parse("2024-02-01T10:00:00.001Z");
  private static final Instant T2 = Instant.parse("2024-02-01T10:00:00.002Z");
  private static final Instant T3 = Instant.parse("2024-02-02T00:00:00.999Z");

  /** The repository under test; called once per test, it may return a shared instance. */
  protected abstract CustomerRepository repository();

  private static String newProject() {
    return "p-" + UUID.randomUUID();
  }

  private static Customer customer(String email) {
    return aCustomer().toBuilder().id(UUID.randomUUID().toString()).email(email).build();
  }

  private static Customer inStores(String email, String... storeKeys) {
    return customer(email).toBuilder()
        .stores(Stream.of(storeKeys).map(CustomerFixtures::store).toList())
        .build();
  }

  private static Customer bumped(Customer customer) {
    return customer.touched(
        customer.version() + 1, CustomerFixtures.NOW, CustomerFixtures.ACTOR, 1);
  }

  private static QuerySpec all() {
    return new QuerySpec(new Where.All(), List.of(), 20, 0, true);
  }

  private static QuerySpec where(Where predicate) {
    return new QuerySpec(predicate, List.of(), 20, 0, true);
  }

  private static List<String> ids(Page<Customer> page) {
    return page.results().stream().map(Customer::id).toList();
  }

  // ---------------------------------------------------------------- round trip

  @Test
  void anInsertedCustomerIsFoundByIdWithEveryFieldPreserved() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer customer = everyFieldSet();

    insert(repository, project, customer);

    assertThat(repository.findById(project, customer.id()))
        .hasValueSatisfying(found -> assertThat(comparable(found)).isEqualTo(comparable(customer)));
  }

  @Test
  void anInsertedCustomerIsFoundByKeyWithEveryFieldPreserved() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer customer = everyFieldSet();

    insert(repository, project, customer);

    assertThat(repository.findByKey(project, customer.key()))
        .hasValueSatisfying(found -> assertThat(comparable(found)).isEqualTo(comparable(customer)));
  }

  @Test
  void aCustomerWithOnlyTheRequiredFieldsKeepsItsAbsentFieldsAbsent() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer customer =
        Customer.builder()
            .id(UUID.randomUUID().toString())
            .version(1)
            .versionModifiedAt(T1)
            .lastMessageSequenceNumber(1)
            .createdAt(T1)
            .lastModifiedAt(T1)
            .email("minimal@example.com")
            .authenticationMode(AuthenticationMode.ExternalAuth)
            .build();

    insert(repository, project, customer);

    assertThat(repository.findById(project, customer.id())).contains(customer);
  }

  @Test
  void findingAnUnknownIdOrKeyGivesNothing() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, customer("someone@example.com").toBuilder().key("known").build());

    assertThat(repository.findById(project, UUID.randomUUID().toString())).isEmpty();
    assertThat(repository.findByKey(project, "unknown")).isEmpty();
  }

  @Test
  void aCustomerOfOneProjectIsInvisibleInAnother() {
    CustomerRepository repository = repository();
    String project = newProject();
    String other = newProject();
    Customer customer = customer("someone@example.com").toBuilder().key("shared-key").build();

    insert(repository, project, customer);

    assertThat(repository.findById(other, customer.id())).isEmpty();
    assertThat(repository.findByKey(other, "shared-key")).isEmpty();
    assertThat(repository.query(RequestScope.project(other), all()).results()).isEmpty();
  }

  @Test
  void twoProjectsMayHoldCustomersWithTheSameEmailKeyAndCustomerNumber() {
    CustomerRepository repository = repository();
    String project = newProject();
    String other = newProject();
    Customer first =
        customer("same@example.com").toBuilder().key("same-key").customerNumber("C-1").build();
    Customer second =
        customer("same@example.com").toBuilder().key("same-key").customerNumber("C-1").build();

    insert(repository, project, first);
    insert(repository, other, second);

    assertThat(repository.findByKey(project, "same-key")).map(Customer::id).contains(first.id());
    assertThat(repository.findByKey(other, "same-key")).map(Customer::id).contains(second.id());
  }

  // ---------------------------------------------------------------- versioned writes

  @Test
  void anUpdateWithTheStoredVersionStoresTheNextState() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer customer = customer("someone@example.com");
    insert(repository, project, customer);
    Customer next = bumped(customer.toBuilder().firstName("Changed").key("new-key").build());

    update(repository, project, customer, next);

    assertThat(repository.findById(project, customer.id())).contains(next);
    assertThat(repository.findByKey(project, "new-key")).contains(next);
  }

  @Test
  void anUpdateWithAStaleVersionIsRejectedWithTheCurrentVersion() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer customer = customer("someone@example.com");
    insert(repository, project, customer);
    Customer second = bumped(customer.toBuilder().firstName("Second").build());
    update(repository, project, customer, second);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () ->
                update(
                    repository,
                    project,
                    customer,
                    bumped(customer.toBuilder().firstName("Lost").build())));

    assertThat(error.currentVersion()).isEqualTo(2);
    assertThat(error.message())
        .isEqualTo(
            "Object "
                + customer.id()
                + " has a different version than expected. Expected: 1 - Actual: 2.");
    assertThat(repository.findById(project, customer.id())).contains(second);
  }

  @Test
  void aDeleteWithAStaleVersionIsRejectedAndKeepsTheCustomer() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer customer = customer("someone@example.com");
    insert(repository, project, customer);
    Customer second = bumped(customer.toBuilder().firstName("Second").build());
    update(repository, project, customer, second);

    ConcurrentModificationError error =
        expectError(
            409, ConcurrentModificationError.class, () -> delete(repository, project, customer));

    assertThat(error.currentVersion()).isEqualTo(2);
    assertThat(repository.findById(project, customer.id())).contains(second);
  }

  @Test
  void aDeletedCustomerIsGone() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer customer = customer("someone@example.com").toBuilder().key("gone").build();
    insert(repository, project, customer);

    delete(repository, project, customer);

    assertThat(repository.findById(project, customer.id())).isEmpty();
    assertThat(repository.findByKey(project, "gone")).isEmpty();
    assertThat(repository.query(RequestScope.project(project), all()).results()).isEmpty();
  }

  @Test
  void theEmailKeyAndCustomerNumberOfADeletedCustomerCanBeUsedAgain() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer customer =
        customer("reuse@example.com").toBuilder().key("reuse").customerNumber("C-9").build();
    insert(repository, project, customer);
    delete(repository, project, customer);
    Customer successor =
        customer("reuse@example.com").toBuilder().key("reuse").customerNumber("C-9").build();

    insert(repository, project, successor);

    assertThat(repository.findByKey(project, "reuse")).contains(successor);
  }

  // ---------------------------------------------------------------- unique key and customer number

  @Test
  void insertingADuplicateKeyIsRejected() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, customer("first@example.com").toBuilder().key("taken").build());

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                insert(
                    repository,
                    project,
                    customer("second@example.com").toBuilder().key("taken").build()));

    assertThat(error.field()).isEqualTo("key");
    assertThat(error.duplicateValue()).isEqualTo("taken");
  }

  @Test
  void updatingToAnotherCustomersKeyIsRejected() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, customer("first@example.com").toBuilder().key("taken").build());
    Customer second = customer("second@example.com");
    insert(repository, project, second);

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                update(
                    repository, project, second, bumped(second.toBuilder().key("taken").build())));

    assertThat(error.field()).isEqualTo("key");
    assertThat(repository.findById(project, second.id())).contains(second);
  }

  @Test
  void insertingADuplicateCustomerNumberIsRejected() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(
        repository,
        project,
        customer("first@example.com").toBuilder().customerNumber("C-1").build());

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                insert(
                    repository,
                    project,
                    customer("second@example.com").toBuilder().customerNumber("C-1").build()));

    assertThat(error.field()).isEqualTo("customerNumber");
    assertThat(error.duplicateValue()).isEqualTo("C-1");
  }

  @Test
  void updatingToAnotherCustomersCustomerNumberIsRejected() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(
        repository,
        project,
        customer("first@example.com").toBuilder().customerNumber("C-1").build());
    Customer second = customer("second@example.com");
    insert(repository, project, second);

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                update(
                    repository,
                    project,
                    second,
                    bumped(second.toBuilder().customerNumber("C-1").build())));

    assertThat(error.field()).isEqualTo("customerNumber");
  }

  @Test
  void customersWithoutKeyOrCustomerNumberDoNotConflict() {
    CustomerRepository repository = repository();
    String project = newProject();

    insert(repository, project, customer("first@example.com"));
    insert(repository, project, customer("second@example.com"));

    assertThat(repository.query(RequestScope.project(project), all()).total()).isEqualTo(2);
  }

  // ---------------------------------------------------------------- email uniqueness (contract
  // §G3)

  @Test
  void aGlobalCustomerConflictsWithAGlobalCustomerOfTheSameEmailInAnyCase() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, customer("jane@example.com"));

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () -> insert(repository, project, customer("Jane@Example.COM")));

    assertThat(error.field()).isEqualTo("email");
    assertThat(error.duplicateValue()).isEqualTo("Jane@Example.COM");
    assertThat(error.message())
        .isEqualTo("There is already an existing customer with the provided email.");
  }

  @Test
  void aGlobalCustomerConflictsWithAStoreCustomerOfTheSameEmail() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, inStores("jane@example.com", "berlin"));

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () -> insert(repository, project, customer("jane@example.com")));

    assertThat(error.field()).isEqualTo("email");
  }

  @Test
  void aStoreCustomerConflictsWithAGlobalCustomerOfTheSameEmail() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, customer("jane@example.com"));

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () -> insert(repository, project, inStores("JANE@example.com", "berlin")));

    assertThat(error.field()).isEqualTo("email");
  }

  @Test
  void aStoreCustomerConflictsWithACustomerSharingOneOfItsStores() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, inStores("jane@example.com", "berlin", "paris"));

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () -> insert(repository, project, inStores("jane@example.com", "paris", "rome")));

    assertThat(error.field()).isEqualTo("email");
  }

  @Test
  void storeCustomersInDisjointStoresMayShareAnEmail() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer berlin = inStores("jane@example.com", "berlin");
    Customer paris = inStores("Jane@example.com", "paris");

    insert(repository, project, berlin);
    insert(repository, project, paris);

    assertThat(repository.findById(project, paris.id())).contains(paris);
  }

  @Test
  void movingAStoreCustomerIntoAStoreOfItsNamesakeIsRejected() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, inStores("jane@example.com", "berlin"));
    Customer paris = inStores("jane@example.com", "paris");
    insert(repository, project, paris);

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                update(
                    repository,
                    project,
                    paris,
                    bumped(
                        paris.toBuilder()
                            .stores(List.of(store("paris"), store("berlin")))
                            .build())));

    assertThat(error.field()).isEqualTo("email");
    assertThat(repository.findById(project, paris.id())).contains(paris);
  }

  @Test
  void makingAStoreCustomerGlobalIsRejectedWhenAnotherStoreHasItsEmail() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, inStores("jane@example.com", "berlin"));
    Customer paris = inStores("jane@example.com", "paris");
    insert(repository, project, paris);

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                update(
                    repository,
                    project,
                    paris,
                    bumped(paris.toBuilder().stores(List.of()).build())));

    assertThat(error.field()).isEqualTo("email");
  }

  @Test
  void changingTheEmailToAnotherCustomersEmailIsRejected() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, customer("taken@example.com"));
    Customer other = customer("other@example.com");
    insert(repository, project, other);

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () ->
                update(
                    repository,
                    project,
                    other,
                    bumped(other.toBuilder().email("TAKEN@example.com").build())));

    assertThat(error.field()).isEqualTo("email");
    assertThat(error.duplicateValue()).isEqualTo("TAKEN@example.com");
    assertThat(repository.findById(project, other.id())).contains(other);
  }

  @Test
  void aCustomerMayChangeTheCaseOfItsOwnEmail() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer customer = customer("jane@example.com");
    insert(repository, project, customer);
    Customer next = bumped(customer.toBuilder().email("Jane@Example.com").build());

    update(repository, project, customer, next);

    assertThat(repository.findById(project, customer.id())).contains(next);
  }

  // ---------------------------------------------------------------- query

  @Test
  void equalsOnEmailIsCaseSensitive() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer anna = customer("Anna@Example.com");
    insert(repository, project, anna);
    insert(repository, project, customer("bert@example.com"));

    Page<Customer> exact =
        repository.query(
            RequestScope.project(project), where(eq(QueryField.EMAIL, "Anna@Example.com")));
    Page<Customer> lower =
        repository.query(
            RequestScope.project(project), where(eq(QueryField.EMAIL, "anna@example.com")));

    assertThat(ids(exact)).containsExactly(anna.id());
    assertThat(lower.results()).isEmpty();
  }

  @Test
  void equalsOnLowercaseEmailFindsTheEmailInAnyCase() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer anna = customer("Anna@Example.com");
    insert(repository, project, anna);
    insert(repository, project, customer("bert@example.com"));

    Page<Customer> page =
        repository.query(
            RequestScope.project(project),
            where(eq(QueryField.LOWERCASE_EMAIL, "anna@example.com")));

    assertThat(ids(page)).containsExactly(anna.id());
  }

  @Test
  void equalsOnIsEmailVerifiedMatchesTheBoolean() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer verified = customer("verified@example.com").toBuilder().isEmailVerified(true).build();
    Customer unverified = customer("unverified@example.com");
    insert(repository, project, verified);
    insert(repository, project, unverified);

    Page<Customer> yes =
        repository.query(
            RequestScope.project(project), where(eq(QueryField.IS_EMAIL_VERIFIED, true)));
    Page<Customer> no =
        repository.query(
            RequestScope.project(project), where(eq(QueryField.IS_EMAIL_VERIFIED, false)));

    assertThat(ids(yes)).containsExactly(verified.id());
    assertThat(ids(no)).containsExactly(unverified.id());
  }

  @Test
  void andMatchesOnlyCustomersMatchingEveryTerm() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer annaSmith =
        customer("a1@example.com").toBuilder().firstName("Anna").lastName("Smith").build();
    insert(repository, project, annaSmith);
    insert(
        repository,
        project,
        customer("a2@example.com").toBuilder().firstName("Anna").lastName("Jones").build());
    insert(
        repository,
        project,
        customer("b1@example.com").toBuilder().firstName("Bert").lastName("Smith").build());

    Page<Customer> page =
        repository.query(
            RequestScope.project(project),
            where(
                new Where.And(
                    List.of(
                        eq(QueryField.FIRST_NAME, "Anna"), eq(QueryField.LAST_NAME, "Smith")))));

    assertThat(ids(page)).containsExactly(annaSmith.id());
  }

  @Test
  void sortingByFirstNameDescendingOrdersTheResults() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer anna = customer("anna@example.com").toBuilder().firstName("Anna").build();
    Customer bert = customer("bert@example.com").toBuilder().firstName("Bert").build();
    Customer carl = customer("carl@example.com").toBuilder().firstName("Carl").build();
    insert(repository, project, bert);
    insert(repository, project, anna);
    insert(repository, project, carl);

    Page<Customer> page =
        repository.query(
            RequestScope.project(project),
            new QuerySpec(
                new Where.All(), List.of(Sort.by(QueryField.FIRST_NAME, false)), 20, 0, true));

    assertThat(ids(page)).containsExactly(carl.id(), bert.id(), anna.id());
  }

  @Test
  void withoutSortResultsAreOrderedByCreatedAtThenById() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer late = customer("late@example.com").toBuilder().createdAt(T3).build();
    Customer twinA = customer("twin-a@example.com").toBuilder().createdAt(T2).build();
    Customer twinB = customer("twin-b@example.com").toBuilder().createdAt(T2).build();
    Customer early = customer("early@example.com").toBuilder().createdAt(T1).build();
    Stream.of(late, twinA, early, twinB).forEach(c -> insert(repository, project, c));
    List<String> twinsById = Stream.of(twinA.id(), twinB.id()).sorted().toList();

    Page<Customer> page = repository.query(RequestScope.project(project), all());

    assertThat(ids(page))
        .containsExactly(early.id(), twinsById.get(0), twinsById.get(1), late.id());
  }

  @Test
  void anExplicitSortIsFollowedByIdAscendingAsTieBreaker() {
    CustomerRepository repository = repository();
    String project = newProject();
    List<Customer> smiths =
        Stream.of("s1", "s2", "s3")
            .map(name -> customer(name + "@example.com").toBuilder().lastName("Smith").build())
            .toList();
    smiths.forEach(c -> insert(repository, project, c));
    List<String> byId = smiths.stream().map(Customer::id).sorted().toList();

    Page<Customer> ascending =
        repository.query(
            RequestScope.project(project),
            new QuerySpec(
                new Where.All(), List.of(Sort.by(QueryField.LAST_NAME, true)), 20, 0, true));
    Page<Customer> descending =
        repository.query(
            RequestScope.project(project),
            new QuerySpec(
                new Where.All(), List.of(Sort.by(QueryField.LAST_NAME, false)), 20, 0, true));

    assertThat(ids(ascending)).containsExactlyElementsOf(byId);
    assertThat(ids(descending)).containsExactlyElementsOf(byId);
  }

  @Test
  void limitAndOffsetSelectAPageAndTotalCountsEveryMatch() {
    CustomerRepository repository = repository();
    String project = newProject();
    List<Customer> customers =
        List.of(
            customer("c1@example.com").toBuilder().createdAt(T1).build(),
            customer("c2@example.com").toBuilder().createdAt(T2).build(),
            customer("c3@example.com").toBuilder().createdAt(T3).build(),
            customer("c4@example.com").toBuilder().createdAt(T3.plusMillis(1)).build(),
            customer("c5@example.com").toBuilder().createdAt(T3.plusMillis(2)).build());
    customers.forEach(c -> insert(repository, project, c));

    Page<Customer> page =
        repository.query(
            RequestScope.project(project), new QuerySpec(new Where.All(), List.of(), 2, 1, true));

    assertThat(page.limit()).isEqualTo(2);
    assertThat(page.offset()).isEqualTo(1);
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.total()).isEqualTo(5L);
    assertThat(ids(page)).containsExactly(customers.get(1).id(), customers.get(2).id());
  }

  @Test
  void aPageBeyondTheLastMatchIsEmptyButStillCountsTheTotal() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, customer("c1@example.com"));
    insert(repository, project, customer("c2@example.com"));

    Page<Customer> page =
        repository.query(
            RequestScope.project(project), new QuerySpec(new Where.All(), List.of(), 20, 5, true));

    assertThat(page.count()).isZero();
    assertThat(page.results()).isEmpty();
    assertThat(page.total()).isEqualTo(2L);
  }

  @Test
  void limitZeroReturnsNoResultsButTheTotal() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, customer("c1@example.com"));

    Page<Customer> page =
        repository.query(
            RequestScope.project(project), new QuerySpec(new Where.All(), List.of(), 0, 0, true));

    assertThat(page.results()).isEmpty();
    assertThat(page.total()).isEqualTo(1L);
  }

  @Test
  void withTotalFalseLeavesTheTotalOut() {
    CustomerRepository repository = repository();
    String project = newProject();
    insert(repository, project, customer("c1@example.com"));

    Page<Customer> page =
        repository.query(
            RequestScope.project(project), new QuerySpec(new Where.All(), List.of(), 20, 0, false));

    assertThat(page.total()).isNull();
    assertThat(page.count()).isEqualTo(1);
  }

  @Test
  void aStoreScopeQuerySeesGlobalCustomersAndThoseOfItsStoreOnly() {
    CustomerRepository repository = repository();
    String project = newProject();
    Customer global = customer("global@example.com").toBuilder().createdAt(T1).build();
    Customer berlin = inStores("berlin@example.com", "berlin").toBuilder().createdAt(T2).build();
    Customer both =
        inStores("both@example.com", "paris", "berlin").toBuilder().createdAt(T3).build();
    Customer paris = inStores("paris@example.com", "paris");
    Stream.of(global, berlin, both, paris).forEach(c -> insert(repository, project, c));

    Page<Customer> page = repository.query(new RequestScope(project, "berlin"), all());

    assertThat(ids(page)).containsExactly(global.id(), berlin.id(), both.id());
    assertThat(page.total()).isEqualTo(3L);
  }

  @Test
  void customTextsLongerThanTheIndexedPrefixAreComparedWhole() {
    CustomerRepository repository = repository();
    String project = newProject();
    String start = "x".repeat(3_000);
    Customer endsInA = withNote("a@example.com", start + "A").toBuilder().createdAt(T1).build();
    Customer endsInB = withNote("b@example.com", start + "B").toBuilder().createdAt(T2).build();
    insert(repository, project, endsInA);
    insert(repository, project, endsInB);

    assertThat(
            ids(
                repository.query(
                    RequestScope.project(project),
                    where("custom(fields(note = \"" + start + "A\"))"))))
        .containsExactly(endsInA.id());
    assertThat(
            ids(
                repository.query(
                    RequestScope.project(project),
                    where("custom(fields(note in (\"" + start + "B\", \"other\")))"))))
        .containsExactly(endsInB.id());
    assertThat(
            ids(
                repository.query(
                    RequestScope.project(project),
                    where("custom(fields(note != \"" + start + "A\"))"))))
        .containsExactly(endsInB.id());
    assertThat(
            ids(
                repository.query(
                    RequestScope.project(project),
                    where("custom(fields(note = \"" + start + "\"))"))))
        .isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  /** A customer with every field set, so that a round trip shows what an implementation loses. */
  private static Customer everyFieldSet() {
    String id = UUID.randomUUID().toString();
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("street", "Main Street");
    nested.put("levels", List.of(1L, 2L, 3L));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("text", "hello");
    fields.put("count", 42L);
    fields.put("ratio", new BigDecimal("12.5"));
    fields.put("flag", true);
    fields.put("tags", List.of("a", "b"));
    fields.put("nested", nested);
    Address home =
        new Address(
            "addrHome",
            "home",
            "Dr.",
            "Ms.",
            "Jane",
            "Doe",
            "Main Street",
            "1a",
            "Floor 2",
            "10115",
            "Berlin",
            "Berlin region",
            "Berlin state",
            "DE",
            "ACME",
            "Sales",
            "B1",
            "12",
            "PO 1",
            "+49 30 1",
            "+49 170 1",
            "home@example.com",
            "+49 30 2",
            "Ring twice",
            "ext-addr-1",
            new CustomFields(
                ResourceIdentifier.ofId(ResourceKind.TYPE, UUID.randomUUID().toString()),
                Map.of("doorCode", "1234", "floor", 2L)));
    Address work = CustomerFixtures.address("FR", "work").withId("addrWork");
    return Customer.builder()
        .id(id)
        .version(3)
        .versionModifiedAt(Instant.parse("2024-03-04T05:06:07.891Z"))
        .lastMessageSequenceNumber(7)
        .createdAt(Instant.parse("2024-01-02T03:04:05.006Z"))
        .createdBy(new ClientLogging("creator-client", false, null, null, null))
        .lastModifiedAt(Instant.parse("2024-03-04T05:06:07.891Z"))
        .lastModifiedBy(
            new ClientLogging(
                "modifier-client",
                false,
                "ext-user",
                "anon-1",
                ResourceIdentifier.ofId(ResourceKind.CUSTOMER, id)))
        .key("jane-key")
        .customerNumber("C-0001")
        .externalId("ext-1")
        .email("Jane.Doe@Example.com")
        .password("hashed:321terces")
        .firstName("Jane")
        .lastName("Doe")
        .middleName("Q")
        .title("Dr.")
        .salutation("Ms.")
        .dateOfBirth(LocalDate.of(1980, 2, 29))
        .companyName("ACME")
        .vatId("DE123456789")
        .addresses(List.of(home, work))
        .defaultShippingAddressId("addrHome")
        .shippingAddressIds(List.of("addrHome", "addrWork"))
        .defaultBillingAddressId("addrWork")
        .billingAddressIds(List.of("addrWork"))
        .isEmailVerified(true)
        .customerGroup(
            ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, UUID.randomUUID().toString()))
        .customerGroupAssignments(
            List.of(
                new CustomerGroupAssignment(
                    ResourceIdentifier.ofId(
                        ResourceKind.CUSTOMER_GROUP, UUID.randomUUID().toString())),
                new CustomerGroupAssignment(
                    ResourceIdentifier.ofId(
                        ResourceKind.CUSTOMER_GROUP, UUID.randomUUID().toString()))))
        .custom(
            new CustomFields(
                ResourceIdentifier.ofId(ResourceKind.TYPE, UUID.randomUUID().toString()), fields))
        .locale("de-DE")
        .stores(List.of(store("berlin"), store("paris")))
        .authenticationMode(AuthenticationMode.Password)
        .build();
  }

  /**
   * The customer with every number inside custom fields replaced by a canonical BigDecimal. Storage
   * that goes through JSON may hand back 42 as Integer, Long or BigDecimal and 12.5 as Double or
   * BigDecimal; all of these mean the same JSON number, so the comparison must not depend on the
   * Java type. The values used above (42, 12.5, 1, 2, 3) are exact in binary floating point, so
   * even a Double round trip keeps them equal.
   */
  private static Customer comparable(Customer customer) {
    return customer.toBuilder()
        .custom(comparable(customer.custom()))
        .addresses(
            customer.addresses().stream().map(a -> a.withCustom(comparable(a.custom()))).toList())
        .build();
  }

  private static CustomFields comparable(CustomFields custom) {
    if (custom == null) {
      return null;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    custom.fields().forEach((name, value) -> fields.put(name, comparableValue(value)));
    return new CustomFields(custom.type(), fields);
  }

  private static Object comparableValue(Object value) {
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CustomerRepositoryContract::comparableValue).toList();
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .collect(
              Collectors.toMap(
                  e -> String.valueOf(e.getKey()),
                  e -> comparableValue(e.getValue()),
                  (a, b) -> a,
                  LinkedHashMap::new));
    }
    return value;
  }

  private static Customer withNote(String email, String note) {
    return customer(email).toBuilder()
        .custom(
            new CustomFields(
                ResourceIdentifier.ofId(ResourceKind.TYPE, "notes"), Map.of("note", note)))
        .build();
  }

  private static QuerySpec where(String predicate) {
    return new QueryParameters(new QueryLanguageParser())
        .parse(new QueryParameters.Raw(List.of(predicate), Map.of(), List.of(), null, null, null));
  }

  /** {@code field = value} on a top-level customer field. */
  private static Where eq(QueryField field, Object value) {
    return new Where.Compare(
        QuerySchema.CUSTOMER.child(field.jsonName()).orElseThrow(), Where.Operator.EQUAL, value);
  }
}
