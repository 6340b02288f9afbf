package ctc.persistence.message;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.aDraft;
import static ctc.domain.customer.CustomerFixtures.draft;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ctc.domain.common.IdGenerator;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceIdentifier;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.ResourceRef;
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
import ctc.domain.message.MessageRecorder;
import ctc.domain.message.MessageSink;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  @BeforeEach
  void services() {
    messages = new JdbiMessages(jdbi());
    customers = customers(messages);
  }

  private CustomerService customers(MessageSink sink) {
    return new CustomerService(
        new JdbiCustomerRepository(jdbi()),
        new JdbiTransactions(jdbi()),
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
    return messages.findByResource(
        project, ResourceIdentifier.ofId(ResourceKind.CUSTOMER, customer.id()));
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

    customers.delete(scope, byId(created.id()), () -> 2, ACTOR);

    List<Message> stored = of(created);
    assertThat(stored).extracting(Message::sequenceNumber).containsExactly(1L, 2L, 3L);
    assertThat(stored.get(2).payload()).isEqualTo(new CustomerDeleted("jane@example.com"));
    assertThat(stored.get(2).resourceVersion()).isEqualTo(3);
  }

  @Test
  void concurrentUpdatesNumberTheirMessagesWithoutGapsOrDuplicates() throws Exception {
    Customer created = create("jane@example.com");
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
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
    CustomerService disabled = customers(MessageSink.DISABLED);
    Customer created = disabled.create(scope, aDraft("jane@example.com"), ACTOR);

    Customer updated =
        disabled.update(
            scope,
            byId(created.id()),
            request(1, new SetFirstName("Jane"), new SetLastName("Doe")),
            ACTOR);
    disabled.delete(scope, byId(created.id()), () -> 2, ACTOR);

    assertThat(updated.lastMessageSequenceNumber()).isEqualTo(3);
    assertThat(messages.findAll(project)).isEmpty();
  }

  @Test
  void storeMessagesFollowTheHighestStoredNumber() {
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
        messages.findByResource(project, ResourceIdentifier.ofId(ResourceKind.STORE, store.id()));
    assertThat(stored)
        .extracting(Message::type)
        .containsExactly("StoreCreated", "StoreNameSet", "StoreDeleted");
    assertThat(stored).extracting(Message::sequenceNumber).containsExactly(1L, 2L, 3L);
    assertThat(stored).extracting(Message::resourceVersion).containsExactly(1L, 2L, 3L);
  }

  /** Unique across test classes sharing a database. */
  private static final class UuidIds implements IdGenerator {
    @Override
    public String resourceId() {
      return UUID.randomUUID().toString();
    }

    @Override
    public String addressId() {
      return UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public String tokenValue() {
      return UUID.randomUUID().toString() + UUID.randomUUID();
    }
  }
}
