package ctc.domain.resource;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.MutableClock;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceRef;
import ctc.domain.customer.InMemoryTransactions;
import ctc.domain.customer.SequentialIds;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.DuplicateFieldError;
import ctc.domain.error.ErrorObject.InvalidInputError;
import ctc.domain.error.ErrorObject.InvalidJsonInputError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.ReferenceExistsError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import ctc.domain.error.Errors;
import ctc.domain.query.Page;
import ctc.domain.query.QueryParameters;
import ctc.domain.store.Store;
import ctc.domain.store.StoreDraft;
import ctc.domain.store.StoreUpdateAction;
import ctc.domain.store.StoreUpdateAction.SetLanguages;
import ctc.domain.store.StoreUpdateAction.SetName;
import ctc.domain.store.Stores;
import ctc.domain.update.ActionRegistry;
import ctc.domain.update.UpdateRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ResourceServiceTest {

  private static final RequestScope PROJECT = RequestScope.project("test");
  private static final Instant START = Instant.parse("2024-03-04T05:06:07.123456789Z");
  private static final Instant START_MILLIS = Instant.parse("2024-03-04T05:06:07.123Z");
  private static final ClientLogging EDITOR = new ClientLogging("editor", false, null, null, null);
  private static final String FIRST_ID = "00000000-0000-4000-8000-000000000001";

  private final MutableClock clock = new MutableClock(START);
  private final Set<String> referenced = new HashSet<>();
  private final InMemoryResourceRepository<Store> repository =
      InMemoryResourceRepository.stores((projectKey, store) -> referenced.contains(store.id()));
  private final ResourceService<Store, StoreDraft, StoreUpdateAction> service =
      service(Stores.ACTIONS);

  private ResourceService<Store, StoreDraft, StoreUpdateAction> service(
      ActionRegistry<Store, StoreUpdateAction> actions) {
    return new ResourceService<>(
        repository,
        new InMemoryTransactions(),
        Stores::create,
        actions,
        clock,
        new SequentialIds());
  }

  private static StoreDraft draft(String key) {
    return new StoreDraft(key, Map.of("en", "Store " + key), List.of("en"));
  }

  private Store create(String key) {
    return service.create(PROJECT, draft(key), ACTOR);
  }

  private static ResourceRef byId(String id) {
    return new ResourceRef.ById(id);
  }

  private static ResourceRef byKey(String key) {
    return new ResourceRef.ByKey(key);
  }

  private static Supplier<UpdateRequest<StoreUpdateAction>> request(
      long version, StoreUpdateAction... actions) {
    return () -> new UpdateRequest<>(version, List.of(actions));
  }

  private static QueryParameters.Raw paging(String limit, String offset, String withTotal) {
    return new QueryParameters.Raw(List.of(), Map.of(), List.of(), limit, offset, withTotal);
  }

  private static LongSupplier version(long version) {
    return () -> version;
  }

  // ---------------------------------------------------------------- create

  @Test
  void createMakesVersionOneWithAGeneratedId() {
    Store created = create("berlin");

    assertThat(created.id()).isEqualTo(FIRST_ID);
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.key()).isEqualTo("berlin");
    assertThat(created.name()).isEqualTo(Map.of("en", "Store berlin"));
  }

  @Test
  void createStampsEveryTimestampWithTheClockAtMillisecondPrecision() {
    Store created = create("berlin");

    assertThat(created.createdAt()).isEqualTo(START_MILLIS);
    assertThat(created.lastModifiedAt()).isEqualTo(START_MILLIS);
    assertThat(created.versionModifiedAt()).isEqualTo(START_MILLIS);
  }

  @Test
  void createRecordsTheActorAsCreatorAndLastModifier() {
    Store created = create("berlin");

    assertThat(created.createdBy()).isEqualTo(ACTOR);
    assertThat(created.lastModifiedBy()).isEqualTo(ACTOR);
  }

  @Test
  void createStoresTheNewResource() {
    Store created = create("berlin");

    assertThat(repository.findById("test", created.id())).contains(created);
  }

  @Test
  void createWithATakenKeyIsADuplicateField() {
    create("berlin");

    DuplicateFieldError error = expectError(400, DuplicateFieldError.class, () -> create("berlin"));

    assertThat(error.field()).isEqualTo("key");
    assertThat(error.duplicateValue()).isEqualTo("berlin");
  }

  // ---------------------------------------------------------------- get

  @Test
  void getFindsAResourceById() {
    Store created = create("berlin");

    assertThat(service.get(PROJECT, byId(created.id()))).isEqualTo(created);
  }

  @Test
  void getFindsAResourceByKey() {
    Store created = create("berlin");

    assertThat(service.get(PROJECT, byKey("berlin"))).isEqualTo(created);
  }

  @Test
  void getOfAnUnknownIdIsNotFoundNamingTheId() {
    ResourceNotFoundError error =
        expectError(404, ResourceNotFoundError.class, () -> service.get(PROJECT, byId("nope")));

    assertThat(error.message()).isEqualTo("The Resource with ID 'nope' was not found.");
  }

  @Test
  void getOfAnUnknownKeyIsNotFoundNamingTheKey() {
    ResourceNotFoundError error =
        expectError(404, ResourceNotFoundError.class, () -> service.get(PROJECT, byKey("nope")));

    assertThat(error.message()).isEqualTo("The Resource with key 'nope' was not found.");
  }

  @Test
  void getOfAResourceOfAnotherProjectIsNotFound() {
    Store created = create("berlin");

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> service.get(RequestScope.project("other"), byId(created.id())));
  }

  @Test
  void findOfAnUnknownResourceIsEmpty() {
    assertThat(service.find("test", byKey("nope"))).isEmpty();
  }

  // ---------------------------------------------------------------- list

  @Test
  void listPagesInCreationOrderWithTheTotal() {
    Store first = create("first");
    clock.advance(Duration.ofSeconds(1));
    Store second = create("second");
    clock.advance(Duration.ofSeconds(1));
    create("third");

    Page<Store> page = service.list(PROJECT, paging("2", "0", null));

    assertThat(page.results()).containsExactly(first, second);
    assertThat(page.limit()).isEqualTo(2);
    assertThat(page.offset()).isZero();
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  void listSkipsTheOffset() {
    create("first");
    clock.advance(Duration.ofSeconds(1));
    Store second = create("second");

    Page<Store> page = service.list(PROJECT, paging(null, "1", null));

    assertThat(page.results()).containsExactly(second);
    assertThat(page.limit()).isEqualTo(QueryParameters.DEFAULT_LIMIT);
  }

  @Test
  void listWithWithTotalFalseLeavesTheTotalAbsent() {
    create("first");

    assertThat(service.list(PROJECT, paging(null, null, "false")).total()).isNull();
  }

  @Test
  void listWithAWherePredicateIsRefused() {
    QueryParameters.Raw raw =
        new QueryParameters.Raw(List.of("key = \"berlin\""), Map.of(), List.of(), null, null, null);

    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> service.list(PROJECT, raw));

    assertThat(error.message()).startsWith("Malformed parameter: where: ");
  }

  @Test
  void listWithASortIsRefused() {
    QueryParameters.Raw raw =
        new QueryParameters.Raw(List.of(), Map.of(), List.of("key asc"), null, null, null);

    InvalidInputError error =
        expectError(400, InvalidInputError.class, () -> service.list(PROJECT, raw));

    assertThat(error.message()).startsWith("Malformed parameter: sort: ");
  }

  @Test
  void listWithALimitOutOfRangeIsMalformed() {
    InvalidInputError error =
        expectError(
            400, InvalidInputError.class, () -> service.list(PROJECT, paging("501", null, null)));

    assertThat(error.message()).startsWith("Malformed parameter: limit: ");
  }

  // ---------------------------------------------------------------- update

  @Test
  void anUpdateAppliesEveryActionAndRaisesTheVersionOnce() {
    Store created = create("berlin");
    clock.advance(Duration.ofMinutes(1));

    Store updated =
        service.update(
            PROJECT,
            byId(created.id()),
            request(1, new SetName(Map.of("de", "Berlin")), new SetLanguages(List.of("de", "en"))),
            EDITOR);

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.name()).isEqualTo(Map.of("de", "Berlin"));
    assertThat(updated.languages()).containsExactly("de", "en");
  }

  @Test
  void anUpdateStampsTheTimeAndTheEditorButKeepsTheCreation() {
    Store created = create("berlin");
    clock.advance(Duration.ofMinutes(1));

    Store updated =
        service.update(
            PROJECT, byKey("berlin"), request(1, new SetName(Map.of("de", "Berlin"))), EDITOR);

    assertThat(updated.lastModifiedAt()).isEqualTo(START_MILLIS.plus(Duration.ofMinutes(1)));
    assertThat(updated.versionModifiedAt()).isEqualTo(START_MILLIS.plus(Duration.ofMinutes(1)));
    assertThat(updated.lastModifiedBy()).isEqualTo(EDITOR);
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(updated.createdBy()).isEqualTo(ACTOR);
  }

  @Test
  void anUpdateIsStored() {
    Store created = create("berlin");

    Store updated =
        service.update(
            PROJECT, byId(created.id()), request(1, new SetName(Map.of("de", "Berlin"))), EDITOR);

    assertThat(repository.findById("test", created.id())).contains(updated);
  }

  @Test
  void anUpdateThatChangesNothingKeepsTheVersionAndTheResource() {
    Store created = create("berlin");
    clock.advance(Duration.ofMinutes(1));

    Store updated =
        service.update(
            PROJECT, byId(created.id()), request(1, new SetName(created.name())), EDITOR);

    assertThat(updated).isEqualTo(created);
    assertThat(repository.findById("test", created.id())).contains(created);
  }

  @Test
  void anUpdateWithoutActionsKeepsTheVersion() {
    Store created = create("berlin");

    assertThat(service.update(PROJECT, byId(created.id()), request(1), EDITOR).version())
        .isEqualTo(1);
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictBeforeAnyActionRuns() {
    ResourceService<Store, StoreDraft, StoreUpdateAction> failing =
        service(
            ActionRegistry.<Store, StoreUpdateAction>builder()
                .silent(
                    "setName",
                    SetName.class,
                    (store, action, context) -> {
                      throw Errors.invalidOperation("setName failed");
                    })
                .build());
    Store created = failing.create(PROJECT, draft("berlin"), ACTOR);

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () ->
                failing.update(PROJECT, byId(created.id()), request(7, new SetName(null)), EDITOR));

    assertThat(error.currentVersion()).isEqualTo(1);
    assertThat(error.message())
        .isEqualTo(
            "Object "
                + created.id()
                + " has a different version than expected. Expected: 7 - Actual: 1.");
  }

  @Test
  void anActionThatFailsWithTheRightVersionFailsTheWholeUpdate() {
    ResourceService<Store, StoreDraft, StoreUpdateAction> failing =
        service(
            ActionRegistry.<Store, StoreUpdateAction>builder()
                .silent(
                    "setLanguages",
                    SetLanguages.class,
                    (store, action, context) -> store.withLanguages(List.of()))
                .silent(
                    "setName",
                    SetName.class,
                    (store, action, context) -> {
                      throw Errors.invalidOperation("setName failed");
                    })
                .build());
    Store created = failing.create(PROJECT, draft("berlin"), ACTOR);

    expectError(
        400,
        InvalidOperationError.class,
        () ->
            failing.update(
                PROJECT,
                byId(created.id()),
                request(1, new SetLanguages(List.of()), new SetName(null)),
                EDITOR));

    assertThat(repository.findById("test", created.id())).contains(created);
  }

  @Test
  void anUpdateOfAnUnknownResourceIsNotFoundBeforeTheBodyIsRead() {
    Supplier<UpdateRequest<StoreUpdateAction>> unreadable =
        () -> {
          throw Errors.invalidJson("unreadable");
        };

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> service.update(PROJECT, byKey("nope"), unreadable, EDITOR));
  }

  @Test
  void anUnreadableBodyOfAKnownResourceIsInvalidJson() {
    create("berlin");
    Supplier<UpdateRequest<StoreUpdateAction>> unreadable =
        () -> {
          throw Errors.invalidJson("unreadable");
        };

    expectError(
        400,
        InvalidJsonInputError.class,
        () -> service.update(PROJECT, byKey("berlin"), unreadable, EDITOR));
  }

  // ---------------------------------------------------------------- delete

  @Test
  void deleteRemovesTheResourceAndReturnsIt() {
    Store created = create("berlin");

    Store deleted = service.delete(PROJECT, byKey("berlin"), version(1), EDITOR);

    assertThat(deleted).isEqualTo(created);
    assertThat(repository.findById("test", created.id())).isEmpty();
  }

  @Test
  void deleteWithAStaleVersionIsAConflictAndKeepsTheResource() {
    Store created = create("berlin");

    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () -> service.delete(PROJECT, byId(created.id()), version(2), EDITOR));

    assertThat(error.currentVersion()).isEqualTo(1);
    assertThat(repository.findById("test", created.id())).contains(created);
  }

  @Test
  void deleteOfAnUnknownResourceIsNotFoundBeforeTheVersionIsRead() {
    LongSupplier unreadable =
        () -> {
          throw Errors.malformedParameter("version", "missing");
        };

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> service.delete(PROJECT, byId("nope"), unreadable, EDITOR));
  }

  @Test
  void deleteOfAReferencedResourceIsAReferenceExistsAndKeepsTheResource() {
    Store created = create("berlin");
    referenced.add(created.id());

    ReferenceExistsError error =
        expectError(
            400,
            ReferenceExistsError.class,
            () -> service.delete(PROJECT, byId(created.id()), version(1), EDITOR));

    assertThat(error.referencedBy()).isEqualTo("customer");
    assertThat(error.message())
        .isEqualTo("Can not delete a store while it is referenced from at least one customer.");
    assertThat(repository.findById("test", created.id())).contains(created);
  }

  @Test
  void deleteOfAReferencedResourceWithAStaleVersionIsAConflictFirst() {
    Store created = create("berlin");
    referenced.add(created.id());

    expectError(
        409,
        ConcurrentModificationError.class,
        () -> service.delete(PROJECT, byId(created.id()), version(3), EDITOR));
  }
}
