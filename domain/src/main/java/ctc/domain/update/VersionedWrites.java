package ctc.domain.update;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.Transactions;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The one write path of every versioned resource: load by id or key, check the version, apply,
 * save. Every change of a version passes through {@link #save}, which stores it in one transaction
 * with the writes that belong to it. A resource adds only its {@link WriteRules}.
 */
public final class VersionedWrites<R extends Versioned<R>> {

  private final VersionedRepository<R> repository;
  private final Transactions transactions;
  private final WriteRules<R> rules;
  private final ChangeRecorder<R> recorder;

  public VersionedWrites(
      VersionedRepository<R> repository, Transactions transactions, WriteRules<R> rules) {
    this(repository, transactions, rules, ChangeRecorder.none());
  }

  /** With a recorder that writes what belongs to every change (its messages). */
  public VersionedWrites(
      VersionedRepository<R> repository,
      Transactions transactions,
      WriteRules<R> rules,
      ChangeRecorder<R> recorder) {
    this.repository = repository;
    this.transactions = transactions;
    this.rules = rules;
    this.recorder = recorder;
  }

  /** The resource the path names, if the scope sees it; otherwise 404. */
  public R get(RequestScope scope, ResourceRef ref) {
    return repository
        .find(scope.projectKey(), ref)
        .filter(resource -> rules.visible(scope, resource))
        .orElseThrow(ref::notFound);
  }

  public R create(RequestScope scope, R resource, Instant at, ClientLogging actor) {
    return create(scope, resource, at, actor, SideWrites.NONE);
  }

  /** A create with writes that belong to it (a facade's extension record). */
  public R create(
      RequestScope scope, R resource, Instant at, ClientLogging actor, SideWrites sideWrites) {
    rules.check(scope, resource);
    return save(scope.projectKey(), Change.created(resource, at, actor), sideWrites);
  }

  /**
   * The request is read only once the resource is found, so that an unknown resource answers 404
   * before any body error (Decisions table: 404 → 400 body → 409 version → 400 actions). A request
   * that changes nothing saves nothing.
   */
  public <A> R update(
      RequestScope scope,
      ResourceRef ref,
      Supplier<UpdateRequest<A>> request,
      ActionRegistry<R, A> actions,
      UpdateContext context) {
    return update(scope, ref, request, actions, context, SideWrites.NONE, false);
  }

  /**
   * An update with writes beside the resource that belong to it (a facade's extension record),
   * stored in its transaction. When {@code changesBeside}, the request makes a new version even if
   * its actions change nothing; otherwise such a request saves nothing, its side writes included.
   */
  public <A> R update(
      RequestScope scope,
      ResourceRef ref,
      Supplier<UpdateRequest<A>> request,
      ActionRegistry<R, A> actions,
      UpdateContext context,
      SideWrites sideWrites,
      boolean changesBeside) {
    return update(scope, ref, request, actions, context, sideWrites, changesBeside, null);
  }

  /** As above, with {@code then} (when not null) following the actions in the same version. */
  public <A> R update(
      RequestScope scope,
      ResourceRef ref,
      Supplier<UpdateRequest<A>> request,
      ActionRegistry<R, A> actions,
      UpdateContext context,
      SideWrites sideWrites,
      boolean changesBeside,
      Change.Then<R> then) {
    R current = get(scope, ref);
    Optional<Change<R>> change =
        VersionedUpdater.update(current, request.get(), actions, context, changesBeside, then);
    change.ifPresent(
        changed -> {
          rules.check(scope, changed.after());
          save(scope.projectKey(), changed, sideWrites);
        });
    return change.map(Change::after).orElse(current);
  }

  /** Answers the resource as it was stored (its last version). */
  public R delete(
      RequestScope scope, ResourceRef ref, LongSupplier version, Instant at, ClientLogging actor) {
    return delete(scope, ref, version, Change.Event.DELETED, at, actor);
  }

  /**
   * A deletion ({@code DELETED}) or one that also erases what was recorded of the resource ({@code
   * ERASED}); answers the resource as it was stored.
   */
  public R delete(
      RequestScope scope,
      ResourceRef ref,
      LongSupplier version,
      Change.Event deletion,
      Instant at,
      ClientLogging actor) {
    if (!deletion.deletes()) {
      throw new IllegalArgumentException("Not a deletion: " + deletion);
    }
    R current = get(scope, ref);
    VersionedUpdater.requireVersion(current, version.getAsLong());
    save(scope.projectKey(), new Change<>(current, null, deletion, at, actor), SideWrites.NONE);
    return current;
  }

  /**
   * Stores the change with its side writes and what the recorder writes for it (after the
   * repository's conditional write, so under its row lock), all or nothing; answers the resource
   * after it.
   */
  public R save(String projectKey, Change<R> change, SideWrites sideWrites) {
    return transactions.inTransaction(
        () -> {
          sideWrites.before().run();
          repository.save(projectKey, change);
          recorder.record(projectKey, change);
          sideWrites.after().run();
          return change.after();
        });
  }
}
