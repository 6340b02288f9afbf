package ctc.domain.resource;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.Scope;
import ctc.domain.query.Page;
import ctc.domain.query.QueryParameters;
import ctc.domain.update.ActionRegistry;
import ctc.domain.update.UpdateContext;
import ctc.domain.update.UpdateRequest;
import ctc.domain.update.VersionedUpdater;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The endpoints of a referenced resource (stores, customer groups, types): create, get, list, update and delete,
 * with the same version rule and check order as customers.
 */
public final class ResourceService<R extends KeyedResource<R>, D, A> {

  /** Makes version 1 of a resource from its draft. */
  @FunctionalInterface
  public interface Factory<R, D> {
    R create(D draft, UpdateContext context);
  }

  private final ResourceRepository<R> repository;
  private final Factory<R, D> factory;
  private final ActionRegistry<R, A> actions;
  private final Clock clock;
  private final IdGenerator ids;

  public ResourceService(
      ResourceRepository<R> repository,
      Factory<R, D> factory,
      ActionRegistry<R, A> actions,
      Clock clock,
      IdGenerator ids) {
    this.repository = repository;
    this.factory = factory;
    this.actions = actions;
    this.clock = clock;
    this.ids = ids;
  }

  public ActionRegistry<R, A> actions() {
    return actions;
  }

  public R create(Scope scope, D draft, ClientLogging actor) {
    R resource = factory.create(draft, context(scope, actor));
    repository.insert(scope.projectKey(), resource);
    return resource;
  }

  public R get(Scope scope, ResourceRef ref) {
    return find(scope.projectKey(), ref).orElseThrow(ref::notFound);
  }

  public Optional<R> find(String projectKey, ResourceRef ref) {
    return ref instanceof ResourceRef.ById byId
        ? repository.findById(projectKey, byId.id())
        : repository.findByKey(projectKey, ((ResourceRef.ByKey) ref).key());
  }

  public Page<R> list(Scope scope, QueryParameters.Raw parameters) {
    QueryParameters.Paging paging = QueryParameters.paging(parameters);
    return repository.list(scope.projectKey(), paging.limit(), paging.offset(), paging.withTotal());
  }

  public R update(Scope scope, ResourceRef ref, Supplier<UpdateRequest<A>> request, ClientLogging actor) {
    R current = get(scope, ref);
    R next = VersionedUpdater.apply(current, request.get(), actions, context(scope, actor));
    if (next != current) {
      repository.update(scope.projectKey(), current, next);
    }
    return next;
  }

  public R delete(Scope scope, ResourceRef ref, LongSupplier version) {
    R current = get(scope, ref);
    VersionedUpdater.requireVersion(current, version.getAsLong());
    repository.delete(scope.projectKey(), current);
    return current;
  }

  /** These resources hash no passwords and reference nothing, so their handlers get neither service. */
  private UpdateContext context(Scope scope, ClientLogging actor) {
    return new UpdateContext(scope, clock.instant().truncatedTo(ChronoUnit.MILLIS), actor, ids, null, null);
  }
}
