package ctc.domain.resource;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.Transactions;
import ctc.domain.query.Page;
import ctc.domain.query.QueryParameters;
import ctc.domain.update.ActionRegistry;
import ctc.domain.update.ChangeRecorder;
import ctc.domain.update.UpdateContext;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedWrites;
import ctc.domain.update.WriteRules;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The endpoints of a referenced resource (stores, customer groups, types): create, get, list,
 * update and delete, through the same write path as customers.
 */
public final class ResourceService<R extends KeyedResource<R>, D, A> {

  /** Makes version 1 of a resource from its draft. */
  @FunctionalInterface
  public interface Factory<R, D> {
    R create(D draft, UpdateContext context);
  }

  private final ResourceRepository<R> repository;
  private final VersionedWrites<R> writes;
  private final Factory<R, D> factory;
  private final ActionRegistry<R, A> actions;
  private final Clock clock;
  private final IdGenerator ids;

  public ResourceService(
      ResourceRepository<R> repository,
      Transactions transactions,
      Factory<R, D> factory,
      ActionRegistry<R, A> actions,
      Clock clock,
      IdGenerator ids) {
    this(repository, transactions, factory, actions, clock, ids, ChangeRecorder.none());
  }

  /** With a recorder of every change (the messages of stores). */
  public ResourceService(
      ResourceRepository<R> repository,
      Transactions transactions,
      Factory<R, D> factory,
      ActionRegistry<R, A> actions,
      Clock clock,
      IdGenerator ids,
      ChangeRecorder<R> recorder) {
    this.repository = repository;
    this.writes = new VersionedWrites<>(repository, transactions, WriteRules.none(), recorder);
    this.factory = factory;
    this.actions = actions;
    this.clock = clock;
    this.ids = ids;
  }

  public ActionRegistry<R, A> actions() {
    return actions;
  }

  public R create(RequestScope scope, D draft, ClientLogging actor) {
    UpdateContext context = context(scope, actor);
    return writes.create(scope, factory.create(draft, context), context.now(), actor);
  }

  public R get(RequestScope scope, ResourceRef ref) {
    return writes.get(scope, ref);
  }

  public Optional<R> find(String projectKey, ResourceRef ref) {
    return repository.find(projectKey, ref);
  }

  public Page<R> list(RequestScope scope, QueryParameters.Raw parameters) {
    QueryParameters.Paging paging = QueryParameters.paging(parameters);
    return repository.list(scope.projectKey(), paging.limit(), paging.offset(), paging.withTotal());
  }

  public R update(
      RequestScope scope,
      ResourceRef ref,
      Supplier<UpdateRequest<A>> request,
      ClientLogging actor) {
    return writes.update(scope, ref, request, actions, context(scope, actor));
  }

  public R delete(RequestScope scope, ResourceRef ref, LongSupplier version, ClientLogging actor) {
    return writes.delete(scope, ref, version, context(scope, actor).now(), actor);
  }

  /**
   * These resources hash no passwords and reference nothing, so their handlers get neither service.
   */
  private UpdateContext context(RequestScope scope, ClientLogging actor) {
    return new UpdateContext(
        scope, clock.instant().truncatedTo(ChronoUnit.MILLIS), actor, ids, null, null);
  }
}
