package ctc.persistence.message;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.aDraft;
import static ctc.domain.customer.CustomerFixtures.draft;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.SecretSealer;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerService;
import ctc.domain.customer.CustomerUpdateAction;
import ctc.domain.customer.CustomerUpdateAction.SetFirstName;
import ctc.domain.customer.CustomerUpdateAction.SetLastName;
import ctc.domain.customer.PlainTestHasher;
import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.message.Message;
import ctc.domain.message.MessagePayload.CustomerCreated;
import ctc.domain.message.MessagePayload.CustomerDeleted;
import ctc.domain.message.MessagePayload.CustomerFirstNameSet;
import ctc.domain.message.MessagePayload.CustomerLastNameSet;
import ctc.domain.message.MessagePayload.CustomerPasswordTokenCreated;
import ctc.domain.message.MessageQueries;
import ctc.domain.message.MessageRecorder;
import ctc.domain.message.MessageSink;
import ctc.domain.query.Page;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.domain.resource.ResourceService;
import ctc.domain.store.Store;
import ctc.domain.store.StoreDraft;
import ctc.domain.store.StoreMessages;
import ctc.domain.store.StoreUpdateAction;
import ctc.domain.store.Stores;
import ctc.domain.update.UpdateRequest;
import ctc.persistence.JdbiTransactions;
import ctc.persistence.customer.JdbiCustomerRepository;
import ctc.persistence.resource.JdbiResourceRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The message storage through the real write path: the messages of every change are written in its
 * transaction, numbered per resource without gaps, also under concurrent writers. Each database's
 * test class supplies the Jdbi.
 */
abstract class SqlMessagesTest {

  private static final int THREADS = 12;
  private static final int UPDATES_PER_THREAD = 3;

  private final String project = "p-" + UUID.randomUUID();
  private final RequestScope scope = RequestScope.project(project);
  private JdbiMessages messages;
  private CustomerService customers;

  protected abstract Jdbi jdbi();

  /** A second pool on the same database: another server instance. */
  protected abstract Jdbi otherInstance();

  @BeforeEach
  void services() {
    messages = messages(jdbi());
    customers = customers(jdbi(), messages);
  }

  private static JdbiMessages messages(Jdbi jdbi) {
    return new JdbiMessages(jdbi, jdbi, new ReversingSealer());
  }

  private CustomerService customers(MessageSink sink) {
    return customers(jdbi(), sink);
  }

  private static CustomerService customers(Jdbi jdbi, MessageSink sink) {
    return new CustomerService(
        new JdbiCustomerRepository(jdbi),
        new JdbiTransactions(jdbi),
        new QueryParameters(new QueryLanguageParser()),
        Clock.systemUTC(),
        new UuidIds(),
        new PlainTestHasher(),
        new ShapeOnlyReferences(),
        sink);
  }

  private static Supplier<UpdateRequest<CustomerUpdateAction>> request(
      long version, CustomerUpdateAction... actions) {
    return () -> new UpdateRequest<>(version, List.of(actions));
  }

  private static ResourceRef byId(String id) {
    return new ResourceRef.ById(id);
  }

  private List<Message> of(Customer customer) {
    return query("resource(id = \"" + customer.id() + "\")", "sequenceNumber asc").results();
  }

  private Page<Message> query(String where, String... sort) {
    return new MessageQueries(messages)
        .query(
            project,
            new QueryParameters.Raw(
                where == null ? List.of() : List.of(where),
                Map.of(),
                List.of(sort),
                "500",
                null,
                null));
  }

  private List<String> types(String where, String... sort) {
    return query(where, sort).results().stream().map(Message::type).toList();
  }

  private Customer create(String email) {
    return customers.create(scope, aDraft(email), ACTOR);
  }

  @Test
  void aCreateStoresCustomerCreatedWithSequenceNumberOne() {
    Customer created = create("jane@example.com");

    List<Message> stored = of(created);

    assertThat(stored).hasSize(1);
    Message message = stored.get(0);
    assertThat(message.payload()).isInstanceOf(CustomerCreated.class);
    assertThat(((CustomerCreated) message.payload()).customer().id()).isEqualTo(created.id());
    assertThat(message.sequenceNumber()).isEqualTo(1);
    assertThat(message.resourceVersion()).isEqualTo(1);
    assertThat(message.createdAt()).isEqualTo(created.createdAt());
    assertThat(message.createdBy()).isEqualTo(ACTOR);
    assertThat(created.lastMessageSequenceNumber()).isEqualTo(1);
  }

  @Test
  void anUpdateWithTwoMessagesStoresTheNextTwoNumbersWithOneResourceVersion() {
    Customer created = create("jane@example.com");

    Customer updated =
        customers.update(
            scope,
            byId(created.id()),
            request(1, new SetFirstName("Jane"), new SetLastName("Doe")),
            ACTOR);

    List<Message> stored = of(created);
    assertThat(stored).extracting(Message::sequenceNumber).containsExactly(1L, 2L, 3L);
    assertThat(stored.subList(1, 3))
        .extracting(Message::payload)
        .containsExactly(new CustomerFirstNameSet("Jane"), new CustomerLastNameSet("Doe"));
    assertThat(stored.subList(1, 3)).extracting(Message::resourceVersion).containsOnly(2L);
    assertThat(stored.subList(1, 3))
        .extracting(Message::createdAt)
        .containsOnly(updated.lastModifiedAt());
    assertThat(updated.lastMessageSequenceNumber()).isEqualTo(3);
  }

  @Test
  void aNoOpAndAFailedUpdateStoreNothing() {
    Customer created =
        customers.create(
            scope,
            draft().email("jane@example.com").password("secret123").firstName("Jane").build(),
            ACTOR);

    customers.update(scope, byId(created.id()), request(1, new SetFirstName("Jane")), ACTOR);
    expectError(
        409,
        ConcurrentModificationError.class,
        () ->
            customers.update(
                scope, byId(created.id()), request(7, new SetFirstName("Joan")), ACTOR));

    assertThat(of(created)).extracting(Message::sequenceNumber).containsExactly(1L);
  }

  @Test
  void aRolledBackChangeLeavesNoMessage() {
    Customer created = create("jane@example.com");

    assertThatThrownBy(
            () ->
                new JdbiTransactions(jdbi())
                    .inTransaction(
                        () -> {
                          customers.update(
                              scope, byId(created.id()), request(1, new SetFirstName("J")), ACTOR);
                          throw new IllegalStateException("after the change");
                        }))
        .hasMessage("after the change");

    assertThat(of(created)).extracting(Message::sequenceNumber).containsExactly(1L);
    assertThat(customers.get(scope, byId(created.id())).version()).isEqualTo(1);
  }

  @Test
  void aDeleteStoresCustomerDeletedAfterTheEarlierMessages() {
    Customer created = create("jane@example.com");
    customers.update(scope, byId(created.id()), request(1, new SetFirstName("Jane")), ACTOR);

    customers.delete(scope, byId(created.id()), () -> 2, false, ACTOR);

    List<Message> stored = of(created);
    assertThat(stored).extracting(Message::sequenceNumber).containsExactly(1L, 2L, 3L);
    assertThat(stored.get(2).payload()).isEqualTo(new CustomerDeleted("jane@example.com"));
    assertThat(stored.get(2).resourceVersion()).isEqualTo(3);
  }

  @Test
  void concurrentUpdatesNumberTheirMessagesWithoutGapsOrDuplicates() throws Exception {
    racingWriters(List.of(customers));
  }

  @Test
  void writersOfTwoInstancesNumberTheirMessagesWithoutGapsOrDuplicates() throws Exception {
    racingWriters(List.of(customers, customers(otherInstance(), messages(otherInstance()))));
  }

  /** THREADS writers, spread over the instances, update one customer until each got its turns. */
  private void racingWriters(List<CustomerService> instances) throws Exception {
    Customer created = create("jane@example.com");
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        CustomerService customers = instances.get(t % instances.size());
        Callable<Integer> writer =
            () -> {
              start.await(10, TimeUnit.SECONDS);
              int conflicts = 0;
              for (int i = 0; i < UPDATES_PER_THREAD; i++) {
                while (true) {
                  Customer current = customers.get(scope, byId(created.id()));
                  try {
                    customers.update(
                        scope,
                        byId(created.id()),
                        request(
                            current.version(),
                            new SetFirstName("f" + thread + "-" + i),
                            new SetLastName("l" + thread + "-" + i)),
                        ACTOR);
                    break;
                  } catch (CommercetoolsException e) {
                    if (e.statusCode() != 409) {
                      throw e;
                    }
                    conflicts++;
                  }
                }
              }
              return conflicts;
            };
        results.add(pool.submit(writer));
      }
      for (Future<Integer> result : results) {
        result.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    long n = 1 + 2L * THREADS * UPDATES_PER_THREAD;
    assertThat(of(created))
        .extracting(Message::sequenceNumber)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, n).boxed().toList());
    assertThat(customers.get(scope, byId(created.id())).lastMessageSequenceNumber()).isEqualTo(n);
  }

  @Test
  void disabledStoresNoneButTheNumbersStillAdvance() {
    CustomerService disabled = customers(MessageSink.storingNone(messages));
    Customer created = disabled.create(scope, aDraft("jane@example.com"), ACTOR);

    Customer updated =
        disabled.update(
            scope,
            byId(created.id()),
            request(1, new SetFirstName("Jane"), new SetLastName("Doe")),
            ACTOR);
    disabled.delete(scope, byId(created.id()), () -> 2, false, ACTOR);

    assertThat(updated.lastMessageSequenceNumber()).isEqualTo(3);
    assertThat(query(null).results()).isEmpty();
  }

  @Test
  void switchedOnAgainTheNumbersGoOnWithoutReuse() {
    Customer created =
        customers(MessageSink.storingNone(messages))
            .create(scope, aDraft("jane@example.com"), ACTOR);

    customers.update(scope, byId(created.id()), request(1, new SetFirstName("Jane")), ACTOR);

    assertThat(of(created)).extracting(Message::sequenceNumber).containsExactly(2L);
  }

  @Test
  void dataErasureLeavesOnlyCustomerDeletedWithoutPersonalData() {
    Customer created =
        customers.create(
            scope,
            draft().email("jane@example.com").password("secret123").key("jane").build(),
            ACTOR);
    Customer other = create("joe@example.com");
    customers.update(scope, byId(created.id()), request(1, new SetFirstName("Jane")), ACTOR);

    customers.delete(scope, byId(created.id()), () -> 2, true, ACTOR);

    List<Message> stored = of(created);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).payload()).isEqualTo(new CustomerDeleted(null));
    assertThat(stored.get(0).sequenceNumber()).isEqualTo(3);
    assertThat(stored.get(0).resourceUserProvidedIdentifiers()).isNull();
    assertThat(of(other)).hasSize(1);
  }

  @Test
  void dataErasureAlsoErasesWhatAnEarlierRunStoredWhenMessagesAreOff() {
    Customer created = create("jane@example.com");

    customers(MessageSink.storingNone(messages))
        .delete(scope, byId(created.id()), () -> 1, true, ACTOR);

    assertThat(of(created)).isEmpty();
  }

  @Test
  void queriesReadTheColumnsOfBaseAndPayloadFields() {
    Customer jane =
        customers.create(
            scope,
            draft().email("jane@example.com").password("secret123").key("jane").build(),
            ACTOR);
    Customer joe = create("joe@example.com");
    customers.update(
        scope,
        byId(jane.id()),
        request(1, new CustomerUpdateAction.ChangeEmail("jane.doe@example.com")),
        ACTOR);
    customers.update(scope, byId(joe.id()), request(1, new SetFirstName("Joe")), ACTOR);

    assertThat(types("type = \"CustomerEmailChanged\"")).containsExactly("CustomerEmailChanged");
    assertThat(types("oldEmail = \"jane@example.com\" and email = \"jane.doe@example.com\""))
        .containsExactly("CustomerEmailChanged");
    assertThat(types("resourceUserProvidedIdentifiers(key = \"jane\")"))
        .containsExactly("CustomerCreated", "CustomerEmailChanged");
    assertThat(types("resourceUserProvidedIdentifiers is not defined"))
        .containsExactly("CustomerCreated", "CustomerFirstNameSet");
    assertThat(types("email != \"jane.doe@example.com\"")).hasSize(3);
    assertThat(types("type in (\"CustomerCreated\", \"CustomerFirstNameSet\") and version = 1"))
        .hasSize(3);
    assertThat(
            types(
                "resource(typeId = \"customer\" and id = \""
                    + joe.id()
                    + "\") and sequenceNumber > 1"))
        .containsExactly("CustomerFirstNameSet");
    assertThat(types("resourceVersion = 2", "type desc"))
        .containsExactly("CustomerFirstNameSet", "CustomerEmailChanged");
    assertThat(types("not(email is defined)")).hasSize(3);
    assertThat(query("sequenceNumber = 1").total()).isEqualTo(2);
  }

  @Test
  void theDefaultOrderIsCreationTimeThenSequenceNumberThenId() throws InterruptedException {
    Customer created = create("jane@example.com");
    // Times have milliseconds: the update must come at a later one than the create.
    Thread.sleep(5);
    customers.update(
        scope,
        byId(created.id()),
        request(1, new SetFirstName("Jane"), new SetLastName("Doe")),
        ACTOR);

    assertThat(query(null).results())
        .extracting(Message::sequenceNumber)
        .containsExactly(1L, 2L, 3L);
    List<Message> newestFirst = query(null, "createdAt desc").results();
    assertThat(newestFirst)
        .extracting(Message::sequenceNumber)
        .as("within one change, the id orders, not the sequence number")
        .containsExactlyInAnyOrder(2L, 3L, 1L)
        .endsWith(1L);
    assertThat(newestFirst.get(0).id()).isLessThan(newestFirst.get(1).id());
  }

  @Test
  void aTokenValueIsStoredSealedAndShownOpened() {
    Message token =
        new Message(
            UUID.randomUUID().toString(),
            ResourceIdentifier.ofId(
                ResourceKind.CUSTOMER_PASSWORD_TOKEN, UUID.randomUUID().toString()),
            1,
            1,
            Instant.parse("2026-11-30T10:00:00Z"),
            ACTOR,
            new CustomerPasswordTokenCreated(
                "c-1", Instant.parse("2026-11-30T11:00:00Z"), "the-value", false),
            null);

    new JdbiTransactions(jdbi())
        .inTransaction(
            () -> {
              messages.append(project, List.of(token));
              return null;
            });

    String document =
        jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT document FROM message WHERE id = :id")
                        .bind("id", token.id())
                        .mapTo(String.class)
                        .one());
    assertThat(document).doesNotContain("the-value").contains("eulav-eht");
    assertThat(messages.find(project, token.id())).contains(token);
    assertThat(types("customerId = \"c-1\"")).containsExactly("CustomerPasswordTokenCreated");
  }

  @Test
  void retentionDeletesWhatIsOlderThanItsDeadlineOnly() {
    Customer created = create("jane@example.com");
    Instant createdAt = of(created).get(0).createdAt();

    messages.purgeCreatedBefore(createdAt);
    assertThat(of(created)).hasSize(1);
    assertThat(messages.purgeCreatedBefore(createdAt.plusMillis(1))).isPositive();
    assertThat(of(created)).isEmpty();
  }

  @Test
  void storesNumberTheirMessagesLikeCustomers() {
    ResourceService<Store, StoreDraft, StoreUpdateAction> stores =
        new ResourceService<>(
            new JdbiResourceRepository<>(jdbi(), ResourceKind.STORE, Store.class, Store::createdAt),
            new JdbiTransactions(jdbi()),
            Stores::create,
            Stores.ACTIONS,
            Clock.systemUTC(),
            new UuidIds(),
            new MessageRecorder<>(StoreMessages.INSTANCE, messages, new UuidIds()));
    Store store =
        stores.create(scope, new StoreDraft("berlin", Map.of("en", "Berlin"), null), ACTOR);

    stores.update(
        scope,
        byId(store.id()),
        () ->
            new UpdateRequest<StoreUpdateAction>(
                1, List.of(new StoreUpdateAction.SetName(Map.of("en", "Berlin Mitte")))),
        ACTOR);
    stores.delete(scope, byId(store.id()), () -> 2, ACTOR);

    List<Message> stored =
        query("resource(typeId = \"store\" and id = \"" + store.id() + "\")").results();
    assertThat(stored)
        .extracting(Message::type)
        .containsExactly("StoreCreated", "StoreNameSet", "StoreDeleted");
    assertThat(stored).extracting(Message::sequenceNumber).containsExactly(1L, 2L, 3L);
    assertThat(stored).extracting(Message::resourceVersion).containsExactly(1L, 2L, 3L);
  }

  /** Seals by reversing, so that a test can see the sealed form in the stored document. */
  private static final class ReversingSealer implements SecretSealer {
    @Override
    public String seal(String secret) {
      return new StringBuilder(secret).reverse().toString();
    }

    @Override
    public Optional<String> open(String sealed) {
      return Optional.of(seal(sealed));
    }
  }
}
