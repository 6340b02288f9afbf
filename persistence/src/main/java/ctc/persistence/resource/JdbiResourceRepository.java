package ctc.persistence.resource;

import ctc.domain.common.ResourceKind;
import ctc.domain.query.Page;
import ctc.domain.resource.KeyedResource;
import ctc.domain.resource.ResourceRepository;
import ctc.domain.update.Change;
import ctc.persistence.Documents;
import ctc.persistence.ReadCache;
import ctc.persistence.SqlErrors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Stores, customer groups or types in the shared resource table, told apart by their kind's {@code
 * typeId}. The key is a unique index, every write checks the version in its statement, and a delete
 * of a resource that a customer references is refused by the customer_reference foreign key
 * (ReferenceExists). Reads by id and by key go through a {@link ReadCache} (every in-store request
 * reads its store), which every write of the resource drops. Thread-safe.
 */
public final class JdbiResourceRepository<R extends KeyedResource<R>>
    implements ResourceRepository<R> {

  /** What a resource is cached by: its id or its key, in its project. */
  public record CacheKey(String projectKey, String value, boolean isKey) {}

  private final Jdbi jdbi;
  private final ReadCache<CacheKey, R> cache;
  private final String typeId;
  private final Class<R> type;
  private final Function<R, Instant> createdAt;
  private final Documents documents = new Documents();

  /** Every read goes to the database. */
  public JdbiResourceRepository(
      Jdbi jdbi, ResourceKind kind, Class<R> type, Function<R, Instant> createdAt) {
    this(jdbi, kind, type, createdAt, ReadCache.off(jdbi));
  }

  public JdbiResourceRepository(
      Jdbi jdbi,
      ResourceKind kind,
      Class<R> type,
      Function<R, Instant> createdAt,
      ReadCache<CacheKey, R> cache) {
    this.jdbi = jdbi;
    this.cache = cache;
    this.typeId = kind.typeId();
    this.type = type;
    this.createdAt = createdAt;
  }

  @Override
  public Optional<R> findById(String projectKey, String id) {
    return cache.get(
        new CacheKey(projectKey, id, false),
        () ->
            jdbi.withExtension(ResourceDao.class, dao -> dao.findById(typeId, projectKey, id))
                .map(this::read));
  }

  @Override
  public Optional<R> findByKey(String projectKey, String key) {
    return cache.get(
        new CacheKey(projectKey, key, true),
        () ->
            jdbi.withExtension(ResourceDao.class, dao -> dao.findByKey(typeId, projectKey, key))
                .map(this::read));
  }

  @Override
  public void save(String projectKey, Change<R> change) {
    if (change.creates()) {
      insert(projectKey, change.after());
    } else if (change.deletes()) {
      delete(projectKey, change.before());
    } else {
      update(projectKey, change.before(), change.after());
    }
  }

  private void insert(String projectKey, R resource) {
    write(
        resource,
        () ->
            jdbi.useExtension(
                ResourceDao.class,
                dao ->
                    dao.insert(
                        resource.id(),
                        typeId,
                        projectKey,
                        resource.key(),
                        resource.version(),
                        createdAt.apply(resource).atOffset(ZoneOffset.UTC),
                        documents.write(resource))));
  }

  private void update(String projectKey, R previous, R next) {
    write(
        next,
        () ->
            jdbi.useTransaction(
                handle -> {
                  ResourceDao dao = handle.attach(ResourceDao.class);
                  if (dao.update(
                          next.id(),
                          projectKey,
                          next.key(),
                          next.version(),
                          documents.write(next),
                          previous.version())
                      == 0) {
                    throw SqlErrors.staleOrGone(
                        previous, () -> dao.versionOf(typeId, projectKey, previous.id()));
                  }
                  written(handle, projectKey, previous, next);
                }));
  }

  private void delete(String projectKey, R resource) {
    write(
        resource,
        () ->
            jdbi.useTransaction(
                handle -> {
                  ResourceDao dao = handle.attach(ResourceDao.class);
                  if (dao.delete(resource.id(), projectKey, resource.version()) == 0) {
                    throw SqlErrors.staleOrGone(
                        resource, () -> dao.versionOf(typeId, projectKey, resource.id()));
                  }
                  written(handle, projectKey, resource, resource);
                }));
  }

  @Override
  public Page<R> list(String projectKey, int limit, int offset, boolean withTotal) {
    return jdbi.withExtension(
        ResourceDao.class,
        dao -> {
          List<R> results =
              dao.list(typeId, projectKey, limit, offset).stream().map(this::read).toList();
          return new Page<>(
              limit,
              offset,
              results.size(),
              withTotal ? dao.count(typeId, projectKey) : null,
              results);
        });
  }

  /** Drops what the cache holds under the resource's id and its keys before and after. */
  private void written(Handle handle, String projectKey, R before, R after) {
    cache.written(handle, new CacheKey(projectKey, after.id(), false));
    for (R version : List.of(before, after)) {
      if (version.key() != null) {
        cache.written(handle, new CacheKey(projectKey, version.key(), true));
      }
    }
  }

  private R read(String document) {
    return documents.read(document, type);
  }

  private void write(R resource, Runnable work) {
    try {
      work.run();
    } catch (JdbiException e) {
      throw SqlErrors.translateResourceWrite(e, typeId, resource.key());
    }
  }
}
