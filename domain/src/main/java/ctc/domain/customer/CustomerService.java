package ctc.domain.customer;

import ctc.domain.common.ResourceRef;
import ctc.domain.common.ClientLogging;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.ReferenceResolver;
import ctc.domain.common.Scope;
import ctc.domain.error.Errors;
import ctc.domain.query.Page;
import ctc.domain.query.QueryParameters;
import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Where;
import ctc.domain.update.UpdateContext;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedUpdater;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** The Customers API use cases: load, check scope, apply, save, return. */
public final class CustomerService {

  private final CustomerRepository customers;
  private final QueryParameters queries;
  private final Clock clock;
  private final IdGenerator ids;
  private final PasswordHasher passwords;
  private final ReferenceResolver references;

  public CustomerService(
      CustomerRepository customers,
      QueryParameters queries,
      Clock clock,
      IdGenerator ids,
      PasswordHasher passwords,
      ReferenceResolver references) {
    this.customers = customers;
    this.queries = queries;
    this.clock = clock;
    this.ids = ids;
    this.passwords = passwords;
    this.references = references;
  }

  public Customer create(Scope scope, CustomerDraft draft, ClientLogging actor) {
    Customer customer = CustomerFactory.create(draft, context(scope, actor));
    requireVisible(scope, customer);
    customers.insert(scope.projectKey(), customer);
    return customer;
  }

  public Customer get(Scope scope, ResourceRef ref) {
    return (ref instanceof ResourceRef.ById byId
            ? customers.findById(scope.projectKey(), byId.id())
            : customers.findByKey(scope.projectKey(), ((ResourceRef.ByKey) ref).key()))
        .filter(customer -> scope.admits(customer.stores()))
        .orElseThrow(ref::notFound);
  }

  /**
   * The request is read only once the customer is found, so that an unknown customer answers 404 before any body
   * error (Decisions table: 404 → 400 body → 409 version → 400 actions).
   */
  public Customer update(
      Scope scope, ResourceRef ref, Supplier<UpdateRequest<CustomerUpdateAction>> request, ClientLogging actor) {
    Customer current = get(scope, ref);
    Customer next = VersionedUpdater.apply(current, request.get(), CustomerActions.ALL, context(scope, actor));
    if (next != current) {
      requireVisible(scope, next);
      CustomerLimits.check(next);
      customers.update(scope.projectKey(), current, next);
    }
    return next;
  }

  /** Deletes for good; {@code dataErasure} asks for that anyway, since nothing is kept after a delete. */
  public Customer delete(Scope scope, ResourceRef ref, LongSupplier version) {
    Customer current = get(scope, ref);
    VersionedUpdater.requireVersion(current, version.getAsLong());
    customers.delete(scope.projectKey(), current);
    return current;
  }

  public Page<Customer> query(Scope scope, QueryParameters.Raw parameters) {
    return customers.query(scope, queries.parse(parameters));
  }

  /** Whether the customer matches the request's {@code where} predicates (GET /me with where). */
  public boolean matches(Scope scope, String customerId, QueryParameters.Raw parameters) {
    QuerySpec spec = queries.parse(parameters);
    Where mine = new Where.And(List.of(new Where.Compare(QuerySchema.CUSTOMER.child("id").orElseThrow(),
        Where.Operator.EQUAL, customerId), spec.where()));
    return customers.query(scope, new QuerySpec(mine, List.of(), 1, 0, false)).count() > 0;
  }

  /** Whether at least one customer matches: HEAD on the query endpoint. */
  public boolean exists(Scope scope, QueryParameters.Raw parameters) {
    QuerySpec spec = queries.parse(parameters);
    return customers.query(scope, new QuerySpec(spec.where(), List.of(), 1, 0, false)).count() > 0;
  }

  /**
   * A write through a store's path may not move the customer out of that store: the store would lose a customer it
   * cannot see any more, and the caller, scoped to that store, would have acted on another store's data.
   */
  private static void requireVisible(Scope scope, Customer customer) {
    if (!scope.admits(customer.stores())) {
      throw Errors.customerLeavesStore(scope.storeKey());
    }
  }

  private UpdateContext context(Scope scope, ClientLogging actor) {
    return new UpdateContext(
        scope, clock.instant().truncatedTo(ChronoUnit.MILLIS), actor, ids, passwords, references);
  }
}
