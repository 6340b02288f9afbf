package ctc.domain.customer;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.ReferenceResolver;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.Transactions;
import ctc.domain.message.MessageRecorder;
import ctc.domain.message.MessageSink;
import ctc.domain.query.Page;
import ctc.domain.query.QueryParameters;
import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Where;
import ctc.domain.update.Change;
import ctc.domain.update.ChangeRecorder;
import ctc.domain.update.SideWrites;
import ctc.domain.update.UpdateContext;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedWrites;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** The Customers API use cases: load, check scope, apply, save, return. */
public final class CustomerService {

  private final CustomerRepository customers;
  private final VersionedWrites<Customer> writes;
  private final QueryParameters queries;
  private final Clock clock;
  private final IdGenerator ids;
  private final PasswordHasher passwords;
  private final ReferenceResolver references;
  private final MessageSink messages;

  public CustomerService(
      CustomerRepository customers,
      Transactions transactions,
      QueryParameters queries,
      Clock clock,
      IdGenerator ids,
      PasswordHasher passwords,
      ReferenceResolver references) {
    this(customers, transactions, queries, clock, ids, passwords, references, MessageSink.NONE);
  }

  /** With the sink that stores the messages of every customer change. */
  public CustomerService(
      CustomerRepository customers,
      Transactions transactions,
      QueryParameters queries,
      Clock clock,
      IdGenerator ids,
      PasswordHasher passwords,
      ReferenceResolver references,
      MessageSink messages) {
    this(
        customers,
        transactions,
        queries,
        clock,
        ids,
        passwords,
        references,
        messages,
        ChangeRecorder.none());
  }

  /**
   * With the sink of the messages and a recorder of what else belongs to every customer change (the
   * Medusa facade's extension follows removed addresses; the change feed that search indexes
   * follow), both run in the change's transaction.
   */
  public CustomerService(
      CustomerRepository customers,
      Transactions transactions,
      QueryParameters queries,
      Clock clock,
      IdGenerator ids,
      PasswordHasher passwords,
      ReferenceResolver references,
      MessageSink messages,
      ChangeRecorder<Customer> beside) {
    this.customers = customers;
    this.writes =
        new VersionedWrites<>(
            customers,
            transactions,
            new StoreVisibility(),
            new MessageRecorder<>(CustomerMessages.INSTANCE, messages, ids).andThen(beside));
    this.queries = queries;
    this.clock = clock;
    this.ids = ids;
    this.passwords = passwords;
    this.references = references;
    this.messages = messages;
  }

  public Customer create(RequestScope scope, CustomerDraft draft, ClientLogging actor) {
    UpdateContext context = context(scope, actor);
    return writes.create(scope, CustomerFactory.create(draft, context), context.now(), actor);
  }

  /**
   * A create with writes that belong to it (a facade's extension record), made from the new
   * customer and stored in its transaction.
   */
  public Customer create(
      RequestScope scope,
      CustomerDraft draft,
      ClientLogging actor,
      Function<Customer, SideWrites> sideWrites) {
    UpdateContext context = context(scope, actor);
    Customer customer = CustomerFactory.create(draft, context);
    return writes.create(scope, customer, context.now(), actor, sideWrites.apply(customer));
  }

  public Customer get(RequestScope scope, ResourceRef ref) {
    return writes.get(scope, ref);
  }

  /** The project's customer, if it exists: for references that may point at a deleted one. */
  public Optional<Customer> find(String projectKey, String id) {
    return customers.findById(projectKey, id);
  }

  public Customer update(
      RequestScope scope,
      ResourceRef ref,
      Supplier<UpdateRequest<CustomerUpdateAction>> request,
      ClientLogging actor) {
    return writes.update(scope, ref, request, CustomerActions.ALL, context(scope, actor));
  }

  /**
   * An update by a facade (the Medusa store API): new addresses get their ids from {@code
   * addressIds} (so that later actions of the request can name them), and {@code sideWrites} are
   * stored in the update's transaction; when {@code changesBeside}, they alone make a new version.
   * {@code then}, when not null, follows the actions in the same version (a new password).
   */
  public Customer update(
      RequestScope scope,
      ResourceRef ref,
      Supplier<UpdateRequest<CustomerUpdateAction>> request,
      ClientLogging actor,
      IdGenerator addressIds,
      SideWrites sideWrites,
      boolean changesBeside,
      Change.Then<Customer> then) {
    UpdateContext base = context(scope, actor);
    UpdateContext context =
        new UpdateContext(
            scope, base.now(), actor, addressIds, base.passwords(), base.references());
    return writes.update(
        scope, ref, request, CustomerActions.ALL, context, sideWrites, changesBeside, then);
  }

  /**
   * Deletes for good; {@code dataErasure} also erases the customer's messages and those of its
   * tokens (the message contract's Decisions).
   */
  public Customer delete(
      RequestScope scope,
      ResourceRef ref,
      LongSupplier version,
      boolean dataErasure,
      ClientLogging actor) {
    return writes.delete(
        scope,
        ref,
        version,
        dataErasure ? Change.Event.ERASED : Change.Event.DELETED,
        context(scope, actor).now(),
        actor);
  }

  public Page<Customer> query(RequestScope scope, QueryParameters.Raw parameters) {
    return customers.query(scope, queries.parse(parameters));
  }

  /** Whether the customer matches the request's {@code where} predicates (GET /me with where). */
  public boolean matches(RequestScope scope, String customerId, QueryParameters.Raw parameters) {
    QuerySpec spec = queries.parse(parameters);
    Where mine =
        new Where.And(
            List.of(
                new Where.Compare(
                    QuerySchema.CUSTOMER.child("id").orElseThrow(),
                    Where.Operator.EQUAL,
                    customerId),
                spec.where()));
    return customers.query(scope, new QuerySpec(mine, List.of(), 1, 0, false)).count() > 0;
  }

  /** Whether at least one customer matches: HEAD on the query endpoint. */
  public boolean exists(RequestScope scope, QueryParameters.Raw parameters) {
    QuerySpec spec = queries.parse(parameters);
    return customers.query(scope, new QuerySpec(spec.where(), List.of(), 1, 0, false)).count() > 0;
  }

  /** The write path of customers, for the credential changes ({@link CustomerCredentials}). */
  VersionedWrites<Customer> writes() {
    return writes;
  }

  /** Where the token messages of {@link CustomerCredentials} go. */
  MessageSink messages() {
    return messages;
  }

  private UpdateContext context(RequestScope scope, ClientLogging actor) {
    return new UpdateContext(
        scope, clock.instant().truncatedTo(ChronoUnit.MILLIS), actor, ids, passwords, references);
  }
}
