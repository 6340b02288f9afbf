package ctc.domain.resource;

import static ctc.domain.error.ErrorAssertions.expectError;
import static ctc.domain.update.Saves.delete;
import static ctc.domain.update.Saves.insert;
import static ctc.domain.update.Saves.update;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.DuplicateFieldError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import ctc.domain.query.Page;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ResourceRepository} must do, for one kind of resource (store, customer group or
 * type); each adapter's test extends this class with its factories.
 *
 * <p>Every test works in a project of its own ({@code "p-" + UUID}) and gives every resource a
 * random UUID id, so implementations need no cleanup between tests and may share one database.
 */
public abstract class ResourceRepositoryContract<R extends KeyedResource<R>> {

  private static final Instant T1 = Instant.parse("2024-02-01T10:00:00.001Z");
  private static final Instant T2 = Instant.parse("2024-02-01T10:00:00.002Z");
  private static final Instant T3 = Instant.parse("2024-02-02T00:00:00.999Z");

  /** Makes a resource of some kind at version 1. */
  @FunctionalInterface
  public interface Maker<O> {
    O make(String id, String key, Instant createdAt);
  }

  /**
   * A repository of another kind over the same storage as {@link #repository()}, and how to make
   * its resources.
   */
  public record OtherKind<O extends KeyedResource<O>>(
      ResourceRepository<O> repository, Maker<O> maker) {}

  /** The repository under test; called once per test, it may return a shared instance. */
  protected abstract ResourceRepository<R> repository();

  /** A resource of the kind under test at version 1 with every field set that the kind has. */
  protected abstract R resource(String id, String key, Instant createdAt);

  /** Another kind of resource kept beside this one, to show that kinds do not mix. */
  protected abstract OtherKind<?> otherKind();

  private static String newProject() {
    return "p-" + UUID.randomUUID();
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  private R resource(String key) {
    return resource(newId(), key, T1);
  }

  private static <R extends KeyedResource<R>> R bumped(R resource) {
    return resource.touched(resource.version() + 1, T3, ResourceFixtures.MODIFIER, 0);
  }

  /** The next version of {@code resource} under another key: same id, everything else fresh. */
  private R rekeyed(R resource, String key) {
    return bumped(resource(resource.id(), key, T1));
  }

  private static <R extends KeyedResource<R>> List<String> ids(Page<R> page) {
    return page.results().stream().map(KeyedResource::id).toList();
  }

  // ---------------------------------------------------------------- round trip

  @Test
  void anInsertedResourceIsFoundByIdWithEveryFieldPreserved() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R resource = resource("every-field");

    insert(repository, project, resource);

    assertThat(repository.findById(project, resource.id())).contains(resource);
  }

  @Test
  void anInsertedResourceIsFoundByKeyWithEveryFieldPreserved() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R resource = resource("every-field");

    insert(repository, project, resource);

    assertThat(repository.findByKey(project, "every-field")).contains(resource);
  }

  @Test
  void findingAnUnknownIdOrKeyGivesNothing() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    insert(repository, project, resource("known"));

    assertThat(repository.findById(project, newId())).isEmpty();
    assertThat(repository.findByKey(project, "unknown")).isEmpty();
  }

  @Test
  void resourcesWithoutAKeyMayBeManyAndAreFoundById() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R first = resource(null);
    R second = resource(null);

    insert(repository, project, first);
    insert(repository, project, second);

    assertThat(repository.findById(project, first.id())).contains(first);
    assertThat(repository.findById(project, second.id())).contains(second);
  }

  // ---------------------------------------------------------------- projects and kinds

  @Test
  void aResourceOfOneProjectIsInvisibleInAnother() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    String other = newProject();
    R resource = resource("shared-key");

    insert(repository, project, resource);

    assertThat(repository.findById(other, resource.id())).isEmpty();
    assertThat(repository.findByKey(other, "shared-key")).isEmpty();
    assertThat(repository.list(other, 20, 0, true).results()).isEmpty();
  }

  @Test
  void twoProjectsMayHoldResourcesWithTheSameKey() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    String other = newProject();
    R first = resource("same-key");
    R second = resource("same-key");

    insert(repository, project, first);
    insert(repository, other, second);

    assertThat(repository.findByKey(project, "same-key")).contains(first);
    assertThat(repository.findByKey(other, "same-key")).contains(second);
  }

  @Test
  void aResourceIsInvisibleToTheRepositoryOfAnotherKind() {
    invisibleToTheOtherKind(otherKind());
  }

  private <O extends KeyedResource<O>> void invisibleToTheOtherKind(OtherKind<O> other) {
    String project = newProject();
    R resource = resource("mine");

    insert(repository(), project, resource);

    assertThat(other.repository().findById(project, resource.id())).isEmpty();
    assertThat(other.repository().findByKey(project, "mine")).isEmpty();
    assertThat(other.repository().list(project, 20, 0, true).total()).isZero();
  }

  @Test
  void anotherKindMayUseTheSameKeyInTheSameProject() {
    sameKeyInAnotherKind(otherKind());
  }

  private <O extends KeyedResource<O>> void sameKeyInAnotherKind(OtherKind<O> other) {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R mine = resource("shared");
    O theirs = other.maker().make(newId(), "shared", T1);

    insert(repository, project, mine);
    insert(other.repository(), project, theirs);

    assertThat(repository.findByKey(project, "shared")).contains(mine);
    assertThat(other.repository().findByKey(project, "shared")).contains(theirs);
  }

  // ---------------------------------------------------------------- key uniqueness

  @Test
  void aSecondResourceWithATakenKeyIsADuplicateFieldAndIsNotStored() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    insert(repository, project, resource("taken"));
    R second = resource("taken");

    DuplicateFieldError error =
        expectError(400, DuplicateFieldError.class, () -> insert(repository, project, second));

    assertThat(error.field()).isEqualTo("key");
    assertThat(error.duplicateValue()).isEqualTo("taken");
    assertThat(repository.findById(project, second.id())).isEmpty();
  }

  // ---------------------------------------------------------------- update

  @Test
  void anUpdateWithTheStoredVersionReplacesTheResource() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R resource = resource("k1");
    insert(repository, project, resource);
    R next = bumped(resource);

    update(repository, project, resource, next);

    assertThat(repository.findById(project, resource.id())).contains(next);
    assertThat(repository.findByKey(project, "k1")).contains(next);
  }

  @Test
  void anUpdateMayChangeTheKey() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R resource = resource("old-key");
    insert(repository, project, resource);
    R next = rekeyed(resource, "new-key");

    update(repository, project, resource, next);

    assertThat(repository.findByKey(project, "new-key")).contains(next);
    assertThat(repository.findByKey(project, "old-key")).isEmpty();
  }

  @Test
  void anUpdateToATakenKeyIsADuplicateFieldAndChangesNothing() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    insert(repository, project, resource("taken"));
    R resource = resource("mine");
    insert(repository, project, resource);

    DuplicateFieldError error =
        expectError(
            400,
            DuplicateFieldError.class,
            () -> update(repository, project, resource, rekeyed(resource, "taken")));

    assertThat(error.field()).isEqualTo("key");
    assertThat(error.duplicateValue()).isEqualTo("taken");
    assertThat(repository.findById(project, resource.id())).contains(resource);
  }

  @Test
  void anUpdateWithAStaleVersionIsAConcurrentModificationAndChangesNothing() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R resource = resource("k1");
    insert(repository, project, resource);
    R second = bumped(resource);
    update(repository, project, resource, second);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () -> update(repository, project, resource, bumped(resource)));

    assertThat(error.currentVersion()).isEqualTo(2);
    assertThat(repository.findById(project, resource.id())).contains(second);
  }

  @Test
  void anUpdateOfADeletedResourceIsNotFound() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R resource = resource("k1");
    insert(repository, project, resource);
    delete(repository, project, resource);

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> update(repository, project, resource, bumped(resource)));

    assertThat(repository.findById(project, resource.id())).isEmpty();
  }

  // ---------------------------------------------------------------- delete

  @Test
  void aDeleteWithTheStoredVersionRemovesTheResource() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R resource = resource("k1");
    insert(repository, project, resource);

    delete(repository, project, resource);

    assertThat(repository.findById(project, resource.id())).isEmpty();
    assertThat(repository.findByKey(project, "k1")).isEmpty();
    assertThat(repository.list(project, 20, 0, true).total()).isZero();
  }

  @Test
  void aDeleteWithAStaleVersionIsAConcurrentModificationAndKeepsTheResource() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R resource = resource("k1");
    insert(repository, project, resource);
    R second = bumped(resource);
    update(repository, project, resource, second);

    ConcurrentModificationError error =
        expectError(
            409, ConcurrentModificationError.class, () -> delete(repository, project, resource));

    assertThat(error.currentVersion()).isEqualTo(2);
    assertThat(repository.findById(project, resource.id())).contains(second);
  }

  @Test
  void deletingAResourceThatIsGoneIsNotFound() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R resource = resource("k1");
    insert(repository, project, resource);
    delete(repository, project, resource);

    expectError(404, ResourceNotFoundError.class, () -> delete(repository, project, resource));
  }

  @Test
  void theKeyOfADeletedResourceCanBeUsedAgain() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    R first = resource("reused");
    insert(repository, project, first);
    delete(repository, project, first);
    R second = resource("reused");

    insert(repository, project, second);

    assertThat(repository.findByKey(project, "reused")).contains(second);
  }

  // ---------------------------------------------------------------- list

  @Test
  void listGivesTheResourcesInCreationOrderThenById() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    List<String> tied = Stream.of(newId(), newId()).sorted().toList();
    R late = resource(newId(), "late", T3);
    R earlyB = resource(tied.get(1), "early-b", T1);
    R middle = resource(newId(), "middle", T2);
    R earlyA = resource(tied.get(0), "early-a", T1);
    List.of(late, earlyB, middle, earlyA)
        .forEach(resource -> insert(repository, project, resource));

    assertThat(ids(repository.list(project, 20, 0, true)))
        .containsExactly(earlyA.id(), earlyB.id(), middle.id(), late.id());
  }

  @Test
  void listPagesWithLimitAndOffsetAndCountsTheTotal() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    List<R> resources =
        List.of(
            resource(newId(), "r1", T1), resource(newId(), "r2", T2), resource(newId(), "r3", T3));
    resources.forEach(resource -> insert(repository, project, resource));

    Page<R> page = repository.list(project, 1, 1, true);

    assertThat(page.limit()).isEqualTo(1);
    assertThat(page.offset()).isEqualTo(1);
    assertThat(page.count()).isEqualTo(1);
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.results()).containsExactly(resources.get(1));
  }

  @Test
  void listWithoutTotalLeavesTheTotalAbsent() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    insert(repository, project, resource("r1"));

    Page<R> page = repository.list(project, 20, 0, false);

    assertThat(page.total()).isNull();
    assertThat(page.count()).isEqualTo(1);
  }

  @Test
  void listBeyondTheLastResourceIsEmptyButStillCountsTheTotal() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    insert(repository, project, resource("r1"));
    insert(repository, project, resource("r2"));

    Page<R> page = repository.list(project, 20, 5, true);

    assertThat(page.results()).isEmpty();
    assertThat(page.count()).isZero();
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void listWithLimitZeroGivesOnlyTheTotal() {
    ResourceRepository<R> repository = repository();
    String project = newProject();
    insert(repository, project, resource("r1"));

    Page<R> page = repository.list(project, 0, 0, true);

    assertThat(page.results()).isEmpty();
    assertThat(page.total()).isEqualTo(1);
  }
}
