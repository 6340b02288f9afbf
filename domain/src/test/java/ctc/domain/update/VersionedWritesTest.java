package ctc.domain.update;

import static ctc.domain.error.ErrorAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceRef;
import ctc.domain.customer.InMemoryTransactions;
import ctc.domain.error.ErrorObject.ConcurrentModificationError;
import ctc.domain.error.ErrorObject.InvalidOperationError;
import ctc.domain.error.ErrorObject.ResourceNotFoundError;
import ctc.domain.error.Errors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The write path on its own, over a resource of its own and a repository that records what it is
 * asked to save.
 */
class VersionedWritesTest {

  private static final RequestScope PROJECT = RequestScope.project("project");
  private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789Z");
  private static final ClientLogging ACTOR = new ClientLogging("writer", false, null, null, null);

  /** A minimal versioned resource: a text with a key. */
  private record Note(String id, String key, long version, String text, Instant modifiedAt)
      implements Versioned<Note> {
    @Override
    public Note touched(long newVersion, Instant at, ClientLogging by, long messages) {
      return new Note(id, key, newVersion, text, at);
    }

    Note withText(String newText) {
      return new Note(id, key, version, newText, modifiedAt);
    }
  }

  private sealed interface NoteAction {}

  private record SetText(String text) implements NoteAction {}

  private record Fail() implements NoteAction {}

  private static final ActionRegistry<Note, NoteAction> ACTIONS =
      ActionRegistry.<Note, NoteAction>builder()
          .silent("setText", SetText.class, (note, action, context) -> note.withText(action.text()))
          .silent(
              "fail",
              Fail.class,
              (note, action, context) -> {
                throw Errors.invalidOperation("No.");
              })
          .build();

  /** Stores notes in memory and keeps every change it is asked to save, in order. */
  private static final class RecordingNotes implements VersionedRepository<Note> {
    private final Map<String, Note> notes = new HashMap<>();
    private final List<Change<Note>> saved = new ArrayList<>();
    private final InMemoryTransactions transactions;
    private final List<String> events;

    RecordingNotes(InMemoryTransactions transactions, List<String> events) {
      this.transactions = transactions;
      this.events = events;
    }

    @Override
    public Optional<Note> findById(String projectKey, String id) {
      return Optional.ofNullable(notes.get(id));
    }

    @Override
    public Optional<Note> findByKey(String projectKey, String key) {
      return notes.values().stream().filter(note -> note.key().equals(key)).findFirst();
    }

    @Override
    public void save(String projectKey, Change<Note> change) {
      events.add(transactions.active() ? "save in transaction" : "save outside a transaction");
      saved.add(change);
      if (change.deletes()) {
        notes.remove(change.before().id());
      } else {
        notes.put(change.after().id(), change.after());
      }
    }
  }

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final List<String> events = new ArrayList<>();
  private final RecordingNotes repository = new RecordingNotes(transactions, events);
  private final VersionedWrites<Note> writes =
      new VersionedWrites<>(repository, transactions, WriteRules.none());
  private final Note stored = stored(new Note("note-1", "first", 3, "old", Instant.EPOCH));

  private Note stored(Note note) {
    repository.notes.put(note.id(), note);
    return note;
  }

  private static UpdateContext context() {
    return new UpdateContext(PROJECT, NOW, ACTOR, null, null, null);
  }

  private Note update(ResourceRef ref, long version, NoteAction... actions) {
    return writes.update(
        PROJECT, ref, () -> new UpdateRequest<>(version, List.of(actions)), ACTIONS, context());
  }

  @Test
  void aStaleVersionIsAConcurrentModificationAndSavesNothing() {
    ConcurrentModificationError error =
        expectError(
            409,
            ConcurrentModificationError.class,
            () -> update(new ResourceRef.ById(stored.id()), 2, new SetText("new")));

    assertThat(error.currentVersion()).isEqualTo(3);
    assertThat(repository.saved).isEmpty();
  }

  @Test
  void aStaleVersionIsReportedBeforeAnyActionRuns() {
    expectError(
        409,
        ConcurrentModificationError.class,
        () -> update(new ResourceRef.ById(stored.id()), 4, new Fail()));

    assertThat(repository.saved).isEmpty();
  }

  @Test
  void aRequestThatChangesNothingKeepsTheVersionAndSavesNothing() {
    Note same = update(new ResourceRef.ByKey("first"), 3, new SetText("old"));

    assertThat(same).isSameAs(stored);
    assertThat(repository.saved).isEmpty();
  }

  @Test
  void aChangeRaisesTheVersionByExactlyOneAndIsSavedOnceInATransaction() {
    Note next =
        update(new ResourceRef.ById(stored.id()), 3, new SetText("new"), new SetText("newer"));

    assertThat(next.version()).isEqualTo(4);
    assertThat(next.text()).isEqualTo("newer");
    assertThat(next.modifiedAt()).isEqualTo(NOW);
    assertThat(repository.saved).hasSize(1);
    Change<Note> change = repository.saved.get(0);
    assertThat(change.before()).isSameAs(stored);
    assertThat(change.after()).isEqualTo(next);
    assertThat(change.cause()).isInstanceOf(Change.Actions.class);
    assertThat(change.steps())
        .extracting(Change.Step::action)
        .containsExactly(new SetText("new"), new SetText("newer"));
    assertThat(change.steps())
        .extracting(Change.Step::before, Change.Step::after)
        .containsExactly(
            tuple(stored, stored.withText("new")),
            tuple(stored.withText("new"), stored.withText("newer")));
    assertThat(change.at()).isEqualTo(NOW);
    assertThat(change.actor()).isEqualTo(ACTOR);
    assertThat(events).containsExactly("save in transaction");
  }

  @Test
  void onlyTheActionsThatChangedTheResourceAreInTheChange() {
    update(
        new ResourceRef.ById(stored.id()),
        3,
        new SetText("old"),
        new SetText("new"),
        new SetText("new"));

    assertThat(repository.saved.get(0).steps())
        .extracting(Change.Step::action)
        .containsExactly(new SetText("new"));
  }

  @Test
  void aFailingActionSavesNothing() {
    expectError(
        400,
        InvalidOperationError.class,
        () -> update(new ResourceRef.ById(stored.id()), 3, new SetText("new"), new Fail()));

    assertThat(repository.saved).isEmpty();
  }

  @Test
  void anUnknownResourceIsNotFoundBeforeTheBodyIsRead() {
    AtomicBoolean read = new AtomicBoolean();
    Supplier<UpdateRequest<NoteAction>> body =
        () -> {
          read.set(true);
          throw Errors.invalidJson("unreadable");
        };

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> writes.update(PROJECT, new ResourceRef.ByKey("nope"), body, ACTIONS, context()));

    assertThat(read).isFalse();
    assertThat(repository.saved).isEmpty();
  }

  @Test
  void aResourceTheScopeDoesNotSeeIsNotFound() {
    WriteRules<Note> hidden =
        new WriteRules<>() {
          @Override
          public boolean visible(RequestScope scope, Note note) {
            return false;
          }

          @Override
          public void check(RequestScope scope, Note next) {}
        };
    VersionedWrites<Note> hiding = new VersionedWrites<>(repository, transactions, hidden);

    expectError(
        404,
        ResourceNotFoundError.class,
        () -> hiding.get(PROJECT, new ResourceRef.ById(stored.id())));
  }

  @Test
  void theRulesRefuseANewVersionBeforeItIsSaved() {
    WriteRules<Note> noEmptyText =
        new WriteRules<>() {
          @Override
          public boolean visible(RequestScope scope, Note note) {
            return true;
          }

          @Override
          public void check(RequestScope scope, Note next) {
            if (next.text().isEmpty()) {
              throw Errors.invalidOperation("Empty.");
            }
          }
        };
    VersionedWrites<Note> checked = new VersionedWrites<>(repository, transactions, noEmptyText);

    expectError(
        400,
        InvalidOperationError.class,
        () ->
            checked.update(
                PROJECT,
                new ResourceRef.ById(stored.id()),
                () -> new UpdateRequest<>(3, List.of(new SetText(""))),
                ACTIONS,
                context()));

    assertThat(repository.saved).isEmpty();
  }

  @Test
  void aDeleteChecksTheVersionThenSavesTheDeletionWithItsActor() {
    expectError(
        409,
        ConcurrentModificationError.class,
        () -> writes.delete(PROJECT, new ResourceRef.ById(stored.id()), () -> 2, NOW, ACTOR));
    assertThat(repository.saved).isEmpty();

    Note deleted = writes.delete(PROJECT, new ResourceRef.ById(stored.id()), () -> 3, NOW, ACTOR);

    assertThat(deleted).isSameAs(stored);
    assertThat(repository.saved).containsExactly(Change.deleted(stored, NOW, ACTOR));
  }

  @Test
  void aCreateIsSavedAsACreatedChange() {
    Note note = new Note("note-2", "second", 1, "hello", NOW);

    writes.create(PROJECT, note, NOW, ACTOR);

    assertThat(repository.saved).containsExactly(Change.created(note, NOW, ACTOR));
  }

  @Test
  void anotherChangeIsCheckedAgainstTheVersionBeforeItsEditRuns() {
    AtomicBoolean edited = new AtomicBoolean();

    expectError(
        409,
        ConcurrentModificationError.class,
        () ->
            VersionedUpdater.change(
                stored,
                2L,
                Change.Event.PASSWORD_CHANGED,
                note -> {
                  edited.set(true);
                  return note;
                },
                NOW,
                ACTOR));

    assertThat(edited).isFalse();
  }

  @Test
  void anotherChangeAlwaysMakesANewVersionEvenWithoutAVersionInTheRequest() {
    Change<Note> change =
        VersionedUpdater.change(
            stored, null, Change.Event.EMAIL_VERIFIED, note -> note, NOW, ACTOR);

    assertThat(change.after().version()).isEqualTo(4);
    assertThat(change.cause()).isEqualTo(Change.Event.EMAIL_VERIFIED);
  }

  @Test
  void sideWritesRunAroundTheSaveInItsTransaction() {
    Change<Note> change =
        VersionedUpdater.change(
            stored, 3L, Change.Event.PASSWORD_RESET, note -> note.withText("reset"), NOW, ACTOR);

    Note saved =
        writes.save(
            PROJECT.projectKey(),
            change,
            new SideWrites(
                () ->
                    events.add(transactions.active() ? "before in transaction" : "before outside"),
                () ->
                    events.add(transactions.active() ? "after in transaction" : "after outside")));

    assertThat(saved).isEqualTo(change.after());
    assertThat(events)
        .containsExactly("before in transaction", "save in transaction", "after in transaction");
  }

  @Test
  void aFailingSideWriteBeforeTheSaveKeepsTheChangeFromBeingSaved() {
    Change<Note> change =
        VersionedUpdater.change(
            stored, 3L, Change.Event.PASSWORD_RESET, note -> note.withText("reset"), NOW, ACTOR);

    expectError(
        404,
        ResourceNotFoundError.class,
        () ->
            writes.save(
                PROJECT.projectKey(),
                change,
                new SideWrites(
                    () -> {
                      throw Errors.tokenNotFound();
                    },
                    () -> events.add("after"))));

    assertThat(repository.saved).isEmpty();
    assertThat(events).isEmpty();
  }
}
