package ctc.persistence.resource;

import static ctc.domain.error.ErrorAssertions.expectError;
import static ctc.domain.update.Saves.delete;
import static ctc.domain.update.Saves.insert;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.Address;
import ctc.domain.common.CustomFields;
import ctc.domain.common.KeyReference;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerFixtures;
import ctc.domain.customer.CustomerGroupAssignment;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject;
import ctc.domain.error.ErrorObject.ReferenceExistsError;
import ctc.domain.error.ErrorObject.ReferencedResourceNotFoundError;
import ctc.domain.group.CustomerGroup;
import ctc.domain.resource.ResourceFixtures;
import ctc.domain.store.Store;
import ctc.domain.type.Type;
import ctc.domain.update.Saves;
import ctc.persistence.customer.JdbiCustomerRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only the SQL schema does for referenced resources: the customer_reference table and its
 * foreign keys refuse to delete a store, customer group or type that a stored customer references,
 * and refuse a customer that references one that does not exist. Each database's test class
 * supplies the Jdbi.
 */
abstract class SqlReferenceIntegrityTest {

  private static final Instant CREATED_AT = ResourceFixtures.CREATED_AT;
  private static final int ROUNDS = 25;

  private final String project = "p-" + UUID.randomUUID();
  private JdbiCustomerRepository customers;
  private JdbiResourceRepository<Store> stores;
  private JdbiResourceRepository<CustomerGroup> groups;
  private JdbiResourceRepository<Type> types;

  protected abstract Jdbi jdbi();

  @BeforeEach
  void repositories() {
    customers = new JdbiCustomerRepository(jdbi());
    stores = SqlResources.stores(jdbi());
    groups = SqlResources.customerGroups(jdbi());
    types = SqlResources.types(jdbi());
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  private Store store(String key) {
    Store store = ResourceFixtures.store(newId(), key, CREATED_AT);
    insert(stores, project, store);
    return store;
  }

  private CustomerGroup group(String key) {
    CustomerGroup group = ResourceFixtures.group(newId(), key, CREATED_AT);
    insert(groups, project, group);
    return group;
  }

  private Type type(String key) {
    Type type =
        ResourceFixtures.type(newId(), key, CREATED_AT, List.of("customer", "address"), List.of());
    insert(types, project, type);
    return type;
  }

  private static ResourceIdentifier groupRef(String id) {
    return ResourceIdentifier.ofId(ResourceKind.CUSTOMER_GROUP, id);
  }

  private static CustomFields customOf(String typeId) {
    return new CustomFields(ResourceIdentifier.ofId(ResourceKind.TYPE, typeId), Map.of());
  }

  private static Address addressWith(CustomFields custom) {
    return CustomerFixtures.address("DE").withId("addr0001").withCustom(custom);
  }

  private static Customer customer(UnaryOperator<Customer.Builder> fields) {
    return fields.apply(CustomerFixtures.aCustomer().toBuilder()).build();
  }

  private Customer stored(UnaryOperator<Customer.Builder> fields) {
    Customer customer = customer(fields);
    insert(customers, project, customer);
    return customer;
  }

  private Customer update(Customer customer, UnaryOperator<Customer.Builder> fields) {
    Customer next =
        fields
            .apply(customer.toBuilder())
            .build()
            .touched(customer.version() + 1, CustomerFixtures.NOW, CustomerFixtures.ACTOR, 1);
    Saves.update(customers, project, customer, next);
    return next;
  }

  // ---------------------------------------------------------------- deleting a referenced resource

  @Test
  void deletingAStoreACustomerIsInIsAReferenceExistsAndKeepsTheStore() {
    Store berlin = store("berlin");
    stored(c -> c.stores(List.of(KeyReference.store("berlin"))));

    ReferenceExistsError error =
        expectError(400, ReferenceExistsError.class, () -> delete(stores, project, berlin));

    assertThat(error.referencedBy()).isEqualTo("customer");
    assertThat(error.message())
        .isEqualTo("Can not delete a store while it is referenced from at least one customer.");
    assertThat(stores.findById(project, berlin.id())).contains(berlin);
  }

  @Test
  void deletingTheCustomersGroupIsAReferenceExistsAndKeepsTheGroup() {
    CustomerGroup gold = group("gold");
    stored(c -> c.customerGroup(groupRef(gold.id())));

    ReferenceExistsError error =
        expectError(400, ReferenceExistsError.class, () -> delete(groups, project, gold));

    assertThat(error.message()).contains("customer-group");
    assertThat(groups.findById(project, gold.id())).contains(gold);
  }

  @Test
  void deletingAGroupOfTheCustomersGroupAssignmentsIsAReferenceExists() {
    CustomerGroup gold = group("gold");
    stored(
        c -> c.customerGroupAssignments(List.of(new CustomerGroupAssignment(groupRef(gold.id())))));

    expectError(400, ReferenceExistsError.class, () -> delete(groups, project, gold));

    assertThat(groups.findById(project, gold.id())).contains(gold);
  }

  @Test
  void deletingTheCustomersCustomTypeIsAReferenceExistsAndKeepsTheType() {
    Type extras = type("extras");
    stored(c -> c.custom(customOf(extras.id())));

    ReferenceExistsError error =
        expectError(400, ReferenceExistsError.class, () -> delete(types, project, extras));

    assertThat(error.message())
        .isEqualTo("Can not delete a type while it is referenced from at least one customer.");
    assertThat(types.findById(project, extras.id())).contains(extras);
  }

  @Test
  void deletingTheCustomTypeOfAnAddressIsAReferenceExists() {
    Type extras = type("address-extras");
    stored(c -> c.addresses(List.of(addressWith(customOf(extras.id())))));

    expectError(400, ReferenceExistsError.class, () -> delete(types, project, extras));

    assertThat(types.findById(project, extras.id())).contains(extras);
  }

  @Test
  void aReferencedResourceStaysReferencedAfterItsOwnUpdate() {
    Store berlin = store("berlin");
    stored(c -> c.stores(List.of(KeyReference.store("berlin"))));
    Store renamed =
        berlin.withName(Map.of("en", "Berlin-Mitte")).touched(2, CustomerFixtures.NOW, null, 0);
    Saves.update(stores, project, berlin, renamed);

    expectError(400, ReferenceExistsError.class, () -> delete(stores, project, renamed));
  }

  // ---------------------------------------------------------------- once nobody references it

  @Test
  void aStoreCanBeDeletedOnceTheCustomerLeftIt() {
    Store berlin = store("berlin");
    Customer customer = stored(c -> c.stores(List.of(KeyReference.store("berlin"))));
    update(customer, c -> c.stores(List.of()));

    delete(stores, project, berlin);

    assertThat(stores.findById(project, berlin.id())).isEmpty();
  }

  @Test
  void aStoreCanBeDeletedOnceTheCustomerMovedToAnotherStore() {
    Store berlin = store("berlin");
    Store paris = store("paris");
    Customer customer = stored(c -> c.stores(List.of(KeyReference.store("berlin"))));
    update(customer, c -> c.stores(List.of(KeyReference.store("paris"))));

    delete(stores, project, berlin);

    expectError(400, ReferenceExistsError.class, () -> delete(stores, project, paris));
  }

  @Test
  void aGroupCanBeDeletedOnceTheCustomerNoLongerHasIt() {
    CustomerGroup gold = group("gold");
    CustomerGroup silver = group("silver");
    Customer customer =
        stored(
            c ->
                c.customerGroup(groupRef(gold.id()))
                    .customerGroupAssignments(
                        List.of(new CustomerGroupAssignment(groupRef(silver.id())))));
    update(customer, c -> c.customerGroup(null).customerGroupAssignments(List.of()));

    delete(groups, project, gold);
    delete(groups, project, silver);

    assertThat(groups.list(project, 20, 0, true).total()).isZero();
  }

  @Test
  void aTypeCanBeDeletedOnceTheCustomerAndItsAddressesDropIt() {
    Type extras = type("extras");
    Customer customer =
        stored(
            c ->
                c.custom(customOf(extras.id()))
                    .addresses(List.of(addressWith(customOf(extras.id())))));
    update(customer, c -> c.custom(null).addresses(List.of(addressWith(null))));

    delete(types, project, extras);

    assertThat(types.findById(project, extras.id())).isEmpty();
  }

  @Test
  void everyResourceCanBeDeletedOnceTheCustomerIsDeleted() {
    Store berlin = store("berlin");
    CustomerGroup gold = group("gold");
    Type extras = type("extras");
    Customer customer =
        stored(
            c ->
                c.stores(List.of(KeyReference.store("berlin")))
                    .customerGroup(groupRef(gold.id()))
                    .custom(customOf(extras.id())));
    delete(customers, project, customer);

    delete(stores, project, berlin);
    delete(groups, project, gold);
    delete(types, project, extras);

    assertThat(stores.findById(project, berlin.id())).isEmpty();
    assertThat(groups.findById(project, gold.id())).isEmpty();
    assertThat(types.findById(project, extras.id())).isEmpty();
  }

  @Test
  void anUnrelatedCustomerDoesNotKeepAResourceAlive() {
    Store berlin = store("berlin");
    store("paris");
    stored(c -> c.stores(List.of(KeyReference.store("paris"))));

    delete(stores, project, berlin);

    assertThat(stores.findById(project, berlin.id())).isEmpty();
  }

  // ---------------------------------------------------------------- referencing what does not
  // exist

  @Test
  void insertingACustomerInAnUnknownStoreIsAReferencedResourceNotFoundAndStoresNothing() {
    store("berlin");
    Customer customer =
        customer(c -> c.stores(List.of(KeyReference.store("berlin"), KeyReference.store("rome"))));

    ReferencedResourceNotFoundError error =
        expectError(
            400, ReferencedResourceNotFoundError.class, () -> insert(customers, project, customer));

    assertThat(error.typeId()).isEqualTo("store");
    assertThat(error.key()).isEqualTo("rome");
    assertThat(error.id()).isNull();
    assertThat(customers.findById(project, customer.id())).isEmpty();
  }

  @Test
  void aFailedInsertLeavesTheOtherStoresItNamedDeletable() {
    Store berlin = store("berlin");
    Customer customer =
        customer(c -> c.stores(List.of(KeyReference.store("berlin"), KeyReference.store("rome"))));
    expectError(
        400, ReferencedResourceNotFoundError.class, () -> insert(customers, project, customer));

    delete(stores, project, berlin);

    assertThat(stores.findById(project, berlin.id())).isEmpty();
  }

  @Test
  void aStoreOfAnotherProjectDoesNotCountForTheCustomer() {
    insert(stores, "other-" + project, ResourceFixtures.store(newId(), "berlin", CREATED_AT));
    Customer customer = customer(c -> c.stores(List.of(KeyReference.store("berlin"))));

    ReferencedResourceNotFoundError error =
        expectError(
            400, ReferencedResourceNotFoundError.class, () -> insert(customers, project, customer));

    assertThat(error.key()).isEqualTo("berlin");
    assertThat(customers.findById(project, customer.id())).isEmpty();
  }

  @Test
  void aGroupWithTheStoresKeyIsNoStore() {
    group("berlin");
    Customer customer = customer(c -> c.stores(List.of(KeyReference.store("berlin"))));

    expectError(
        400, ReferencedResourceNotFoundError.class, () -> insert(customers, project, customer));
  }

  @Test
  void updatingACustomerIntoAnUnknownStoreIsAReferencedResourceNotFoundAndChangesNothing() {
    store("berlin");
    Customer customer = stored(c -> c.stores(List.of(KeyReference.store("berlin"))));

    ReferencedResourceNotFoundError error =
        expectError(
            400,
            ReferencedResourceNotFoundError.class,
            () -> update(customer, c -> c.stores(List.of(KeyReference.store("rome")))));

    assertThat(error.key()).isEqualTo("rome");
    assertThat(customers.findById(project, customer.id())).contains(customer);
  }

  @Test
  void insertingACustomerWithAnUnknownGroupIdIsAReferencedResourceNotFoundAndStoresNothing() {
    Customer customer = customer(c -> c.customerGroup(groupRef(newId())));

    expectError(
        400, ReferencedResourceNotFoundError.class, () -> insert(customers, project, customer));

    assertThat(customers.findById(project, customer.id())).isEmpty();
  }

  @Test
  void insertingACustomerWithAnUnknownTypeIdIsAReferencedResourceNotFoundAndStoresNothing() {
    Customer customer = customer(c -> c.custom(customOf(newId())));

    expectError(
        400, ReferencedResourceNotFoundError.class, () -> insert(customers, project, customer));

    assertThat(customers.findById(project, customer.id())).isEmpty();
  }

  @Test
  void updatingACustomerToAGroupThatWasDeletedIsAReferencedResourceNotFoundAndChangesNothing() {
    CustomerGroup gold = group("gold");
    delete(groups, project, gold);
    Customer customer = stored(c -> c);

    expectError(
        400,
        ReferencedResourceNotFoundError.class,
        () -> update(customer, c -> c.customerGroup(groupRef(gold.id()))));

    assertThat(customers.findById(project, customer.id())).contains(customer);
  }

  // ---------------------------------------------------------------- keys across kinds and projects

  @Test
  void aStoreAndAGroupWithTheSameKeyInOneProjectAreIndependent() {
    Store store = store("shared");
    CustomerGroup group = group("shared");
    stored(c -> c.customerGroup(groupRef(group.id())));

    delete(stores, project, store);

    assertThat(stores.findByKey(project, "shared")).isEmpty();
    assertThat(groups.findByKey(project, "shared")).contains(group);
  }

  @Test
  void aCustomerInAStoreDoesNotKeepAGroupWithTheStoresKeyAlive() {
    store("shared");
    CustomerGroup group = group("shared");
    stored(c -> c.stores(List.of(KeyReference.store("shared"))));

    delete(groups, project, group);

    assertThat(groups.findByKey(project, "shared")).isEmpty();
  }

  @Test
  void twoProjectsMayHaveStoresWithTheSameKeyAndOnlyTheReferencedOneIsKept() {
    String other = "other-" + project;
    Store mine = store("berlin");
    Store theirs = ResourceFixtures.store(newId(), "berlin", CREATED_AT);
    insert(stores, other, theirs);
    stored(c -> c.stores(List.of(KeyReference.store("berlin"))));

    delete(stores, other, theirs);

    assertThat(stores.findById(other, theirs.id())).isEmpty();
    expectError(400, ReferenceExistsError.class, () -> delete(stores, project, mine));
  }

  // ---------------------------------------------------------------- races

  @Test
  void aCustomerInsertRacingTheDeleteOfItsGroupNeverLeavesTheCustomerWithoutItsGroup()
      throws Exception {
    race(
        round -> {
          CustomerGroup gold = group("gold-" + round);
          return new Contenders(
              customer(
                  c ->
                      c.email("racer" + round + "@example.com").customerGroup(groupRef(gold.id()))),
              () -> delete(groups, project, gold),
              () -> groups.findById(project, gold.id()).isPresent());
        });
  }

  @Test
  void aCustomerInsertRacingTheDeleteOfItsStoreNeverLeavesTheCustomerWithoutItsStore()
      throws Exception {
    race(
        round -> {
          Store store = store("store-" + round);
          return new Contenders(
              customer(
                  c ->
                      c.email("racer" + round + "@example.com")
                          .stores(List.of(KeyReference.store(store.key())))),
              () -> delete(stores, project, store),
              () -> stores.findById(project, store.id()).isPresent());
        });
  }

  /** A customer to insert and the delete of a resource it references, started together. */
  private record Contenders(Customer customer, Runnable delete, BooleanSupplier resourceExists) {}

  /**
   * Runs both writes of each round at once: exactly one must win, and the loser must fail with the
   * error of its kind, so that a stored customer never references a resource that is gone.
   */
  private void race(IntFunction<Contenders> rounds) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Contenders contenders = rounds.apply(round);
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Throwable> insert =
            threads.submit(
                () -> outcome(start, () -> insert(customers, project, contenders.customer())));
        Future<Throwable> delete = threads.submit(() -> outcome(start, contenders.delete()));
        Throwable inserted = insert.get(30, TimeUnit.SECONDS);
        Throwable deleted = delete.get(30, TimeUnit.SECONDS);

        assertThat(List.of(inserted == null, deleted == null))
            .as("round %d: exactly one write wins", round)
            .containsExactlyInAnyOrder(true, false);
        if (inserted == null) {
          assertThat(errorOf(deleted)).isInstanceOf(ReferenceExistsError.class);
          assertThat(contenders.resourceExists().getAsBoolean()).isTrue();
        } else {
          assertThat(errorOf(inserted)).isInstanceOf(ReferencedResourceNotFoundError.class);
          assertThat(customers.findById(project, contenders.customer().id())).isEmpty();
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static Throwable outcome(CyclicBarrier start, Runnable write) throws Exception {
    start.await(10, TimeUnit.SECONDS);
    try {
      write.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static ErrorObject errorOf(Throwable thrown) {
    assertThat(thrown).isInstanceOf(CommercetoolsException.class);
    return ((CommercetoolsException) thrown).error();
  }
}
