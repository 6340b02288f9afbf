package ctc.domain.resource;

import ctc.domain.common.ResourceKind;
import ctc.domain.error.Errors;
import ctc.domain.group.CustomerGroup;
import ctc.domain.query.Page;
import ctc.domain.store.Store;
import ctc.domain.type.Type;
import ctc.domain.update.Change;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A {@link ResourceRepository} in memory for one kind of resource, obeying the port's contract
 * ({@link ResourceRepositoryContract}). Whether a customer still references a resource is asked of
 * the {@code isReferenced} predicate (project key, resource), since customers live elsewhere.
 * Thread-safe: every method is synchronized, so each check-and-write is atomic.
 */
public final class InMemoryResourceRepository<R extends KeyedResource<R>>
    implements ResourceRepository<R> {

  private final String typeId;
  private final Function<R, Instant> createdAt;
  private final BiPredicate<String, R> isReferenced;
  private final Map<String, Map<String, R>> projects = new HashMap<>();

  /** {@code kind} is named in ReferenceExists; {@code createdAt} gives the listing order. */
  public InMemoryResourceRepository(
      ResourceKind kind, Function<R, Instant> createdAt, BiPredicate<String, R> isReferenced) {
    this.typeId = kind.typeId();
    this.createdAt = createdAt;
    this.isReferenced = isReferenced;
  }

  /** Stores that no customer references. */
  public static InMemoryResourceRepository<Store> stores() {
    return stores((projectKey, store) -> false);
  }

  public static InMemoryResourceRepository<Store> stores(BiPredicate<String, Store> isReferenced) {
    return new InMemoryResourceRepository<>(ResourceKind.STORE, Store::createdAt, isReferenced);
  }

  /** Customer groups that no customer references. */
  public static InMemoryResourceRepository<CustomerGroup> customerGroups() {
    return customerGroups((projectKey, group) -> false);
  }

  public static InMemoryResourceRepository<CustomerGroup> customerGroups(
      BiPredicate<String, CustomerGroup> isReferenced) {
    return new InMemoryResourceRepository<>(
        ResourceKind.CUSTOMER_GROUP, CustomerGroup::createdAt, isReferenced);
  }

  /** Types that no customer references. */
  public static InMemoryResourceRepository<Type> types() {
    return types((projectKey, type) -> false);
  }

  public static InMemoryResourceRepository<Type> types(BiPredicate<String, Type> isReferenced) {
    return new InMemoryResourceRepository<>(ResourceKind.TYPE, Type::createdAt, isReferenced);
  }

  @Override
  public synchronized Optional<R> findById(String projectKey, String id) {
    return Optional.ofNullable(project(projectKey).get(id));
  }

  @Override
  public synchronized Optional<R> findByKey(String projectKey, String key) {
    return project(projectKey).values().stream()
        .filter(r -> key != null && key.equals(r.key()))
        .findFirst();
  }

  @Override
  public synchronized void save(String projectKey, Change<R> change) {
    if (change.creates()) {
      insert(projectKey, change.after());
    } else if (change.deletes()) {
      delete(projectKey, change.before());
    } else {
      update(projectKey, change.before(), change.after());
    }
  }

  private void insert(String projectKey, R resource) {
    Map<String, R> resources = project(projectKey);
    if (resources.containsKey(resource.id())) {
      throw new IllegalStateException(
          "A " + typeId + " with the id " + resource.id() + " is already stored.");
    }
    requireUniqueKey(resources, resource);
    resources.put(resource.id(), resource);
  }

  private void update(String projectKey, R previous, R next) {
    Map<String, R> resources = project(projectKey);
    R stored = current(resources, previous);
    requireUniqueKey(resources, next);
    resources.put(stored.id(), next);
  }

  private void delete(String projectKey, R resource) {
    Map<String, R> resources = project(projectKey);
    R stored = current(resources, resource);
    if (isReferenced.test(projectKey, stored)) {
      throw Errors.referenceExists(typeId);
    }
    resources.remove(stored.id());
  }

  /** Creation order: createdAt, then id, as the SQL repository lists. */
  @Override
  public synchronized Page<R> list(String projectKey, int limit, int offset, boolean withTotal) {
    List<R> all =
        project(projectKey).values().stream()
            .sorted(Comparator.comparing(createdAt).thenComparing(R::id))
            .toList();
    List<R> page = all.stream().skip(offset).limit(limit).toList();
    return new Page<>(limit, offset, page.size(), withTotal ? (long) all.size() : null, page);
  }

  private Map<String, R> project(String projectKey) {
    return projects.computeIfAbsent(projectKey, k -> new LinkedHashMap<>());
  }

  /** The stored resource when it still has the expected version; 404 when gone, 409 when stale. */
  private static <R extends KeyedResource<R>> R current(Map<String, R> resources, R expected) {
    R stored = resources.get(expected.id());
    if (stored == null) {
      throw Errors.notFoundById(expected.id());
    }
    if (stored.version() != expected.version()) {
      throw Errors.concurrentModification(stored.id(), expected.version(), stored.version());
    }
    return stored;
  }

  private static <R extends KeyedResource<R>> void requireUniqueKey(
      Map<String, R> resources, R candidate) {
    if (candidate.key() == null) {
      return;
    }
    boolean taken =
        resources.values().stream()
            .anyMatch(
                other -> !other.id().equals(candidate.id()) && candidate.key().equals(other.key()));
    if (taken) {
      throw Errors.duplicateField("key", candidate.key());
    }
  }
}
