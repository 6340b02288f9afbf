package ctc.persistence.customer;

import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerLimits;
import ctc.domain.customer.CustomerLinks;
import ctc.domain.customer.CustomerRepository;
import ctc.domain.customer.EmailUniqueness;
import ctc.domain.error.Errors;
import ctc.domain.query.Page;
import ctc.domain.query.QueryField;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Where;
import ctc.domain.update.Change;
import ctc.persistence.Documents;
import ctc.persistence.ReadCache;
import ctc.persistence.SqlErrors;
import ctc.persistence.customer.CustomerTables.Owned;
import ctc.persistence.customer.CustomerTables.StoredCustomer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Customers in SQL. Every write is one transaction: the version check is part of the UPDATE/DELETE
 * statement, key and customer number are unique indexes, and email uniqueness is checked while
 * holding the email's lock row. Reads by id, by key and by email go through {@link ReadCache}s,
 * which every write of the customer drops. Thread-safe.
 */
public final class JdbiCustomerRepository implements CustomerRepository {

  /**
   * The customer's JSON document, refused before any database work when it is over its size bound.
   */
  private String document(Customer customer) {
    String document = documents.write(customer);
    if (document.getBytes(StandardCharsets.UTF_8).length > CustomerLimits.MAX_DOCUMENT_BYTES) {
      throw Errors.resourceSizeLimitExceeded(CustomerLimits.MAX_DOCUMENT_SIZE);
    }
    return document;
  }

  /** What customers are cached by: an id, a key or a lower-cased email, in their project. */
  public record CacheKey(String projectKey, String value, By by) {

    /** The kind of value. */
    public enum By {
      ID,
      KEY,
      EMAIL
    }

    static CacheKey id(String projectKey, String id) {
      return new CacheKey(projectKey, id, By.ID);
    }

    static CacheKey key(String projectKey, String key) {
      return new CacheKey(projectKey, key, By.KEY);
    }

    static CacheKey email(String projectKey, String email) {
      return new CacheKey(projectKey, EmailUniqueness.normalize(email), By.EMAIL);
    }
  }

  private final Jdbi jdbi;
  private final Jdbi queries;
  private final ReadCache<CacheKey, Customer> cache;

  /** The customers of a lower-cased email (one per store at most, and one global). */
  private final ReadCache<CacheKey, List<Customer>> byEmail;

  /** The OAuth tokens' cache: a customer's deletion deletes its tokens (ON DELETE CASCADE). */
  private final ReadCache<?, ?> tokens;

  private final Documents documents = new Documents();

  /** Queries run on the same pool as everything else (tests that do not look at pools). */
  public JdbiCustomerRepository(Jdbi jdbi) {
    this(jdbi, jdbi, ReadCache.off(jdbi), ReadCache.off(jdbi), ReadCache.off(jdbi));
  }

  /**
   * Queries run on {@code queries}, a pool of their own with a statement timeout ({@link
   * ctc.persistence.Database}); {@code tokens} is the cache of the OAuth tokens, which a deletion
   * drops.
   */
  public JdbiCustomerRepository(
      Jdbi jdbi,
      Jdbi queries,
      ReadCache<CacheKey, Customer> cache,
      ReadCache<CacheKey, List<Customer>> byEmail,
      ReadCache<?, ?> tokens) {
    this.jdbi = jdbi;
    this.queries = queries;
    this.cache = cache;
    this.byEmail = byEmail;
    this.tokens = tokens;
  }

  @Override
  public Optional<Customer> findById(String projectKey, String id) {
    return cache.get(
        CacheKey.id(projectKey, id),
        () ->
            documentsBy(CustomerDao.FIND_BY_ID, projectKey, id).stream()
                .findFirst()
                .map(this::read));
  }

  @Override
  public Optional<Customer> findByKey(String projectKey, String key) {
    return cache.get(
        CacheKey.key(projectKey, key),
        () ->
            documentsBy(CustomerDao.FIND_BY_KEY, projectKey, key).stream()
                .findFirst()
                .map(this::read));
  }

  /**
   * The documents of the project's customers whose column (of {@code sql}) has the value. Reads on
   * the request path use the fluent API: attaching a SqlObject builds a handler for each of its
   * methods on every call, and JFR put 8% of an update's time there.
   */
  private List<String> documentsBy(String sql, String projectKey, String value) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(sql)
                .bind("projectKey", projectKey)
                .bind("value", value)
                .mapTo(String.class)
                .list());
  }

  @Override
  public List<Customer> findByEmail(String projectKey, String email) {
    CacheKey lowercase = CacheKey.email(projectKey, email);
    return byEmail
        .get(
            lowercase,
            () -> {
              List<Customer> found =
                  documentsBy(CustomerDao.FIND_BY_LOWERCASE_EMAIL, projectKey, lowercase.value())
                      .stream()
                      .map(this::read)
                      .toList();
              return found.isEmpty() ? Optional.empty() : Optional.of(found);
            })
        .orElse(List.of());
  }

  @Override
  public void save(String projectKey, Change<Customer> change) {
    if (change.creates()) {
      insert(projectKey, change.after());
    } else if (change.deletes()) {
      delete(projectKey, change.before());
    } else {
      update(projectKey, change.before(), change.after());
    }
  }

  private void insert(String projectKey, Customer customer) {
    String document = document(customer);
    write(
        handle -> {
          CustomerDao dao = handle.attach(CustomerDao.class);
          requireUniqueEmail(dao, projectKey, customer);
          CustomerTables.CUSTOMER.insert(
              handle, new StoredCustomer(projectKey, customer, document));
          insertStores(handle, projectKey, customer);
          link(dao, projectKey, customer);
          SearchRows.insert(handle, projectKey, customer);
          written(handle, projectKey, null, customer);
        },
        customer);
  }

  private void update(String projectKey, Customer previous, Customer next) {
    String document = document(next);
    write(
        handle -> {
          int updated =
              CustomerTables.CUSTOMER
                  .bind(
                      handle.createUpdate(CustomerTables.UPDATE_CUSTOMER),
                      new StoredCustomer(projectKey, next, document))
                  .bind("expected_version", previous.version())
                  .execute();
          if (updated == 0) {
            throw SqlErrors.staleOrGone(
                previous,
                () -> handle.attach(CustomerDao.class).versionOf(projectKey, previous.id()));
          }
          if (!previous.stores().equals(next.stores())) {
            CustomerTables.STORE.deleteOfCustomer(handle, next.id());
            insertStores(handle, projectKey, next);
          }
          if (CustomerLinks.changed(previous, next)) {
            CustomerDao dao = handle.attach(CustomerDao.class);
            dao.deleteReferences(next.id());
            link(dao, projectKey, next);
          }
          if (SearchRows.changed(previous, next)) {
            SearchRows.delete(handle, next.id());
            SearchRows.insert(handle, projectKey, next);
          }
          if (EmailUniqueness.needsCheck(previous, next)) {
            requireUniqueEmail(handle.attach(CustomerDao.class), projectKey, next);
          }
          written(handle, projectKey, previous, next);
        },
        next);
  }

  private void delete(String projectKey, Customer customer) {
    write(
        handle -> {
          CustomerDao dao = handle.attach(CustomerDao.class);
          if (dao.delete(projectKey, customer.id(), customer.version()) == 0) {
            throw SqlErrors.staleOrGone(customer, () -> dao.versionOf(projectKey, customer.id()));
          }
          written(handle, projectKey, customer, null);
          tokens.writtenAll(handle);
        },
        customer);
  }

  @Override
  public Page<Customer> query(RequestScope scope, QuerySpec spec) {
    Optional<String> email = exactEmail(spec);
    if (email.isPresent()) {
      return withEmail(scope, spec, email.get());
    }
    try {
      return queries.withHandle(handle -> page(handle, scope, spec));
    } catch (JdbiException e) {
      throw SqlErrors.translateQuery(e);
    }
  }

  /**
   * The email of a query that is {@code email = "…"} and nothing else, in the default order: the
   * most common query (a storefront or back office looking a customer up), answered like a read by
   * key.
   */
  private static Optional<String> exactEmail(QuerySpec spec) {
    Where where = spec.where();
    if (where instanceof Where.And and && and.terms().size() == 1) {
      where = and.terms().get(0);
    }
    if (spec.sort().isEmpty()
        && where instanceof Where.Compare compare
        && compare.operator() == Where.Operator.EQUAL
        && compare.field().equals(QueryField.EMAIL.node())
        && compare.value() instanceof String value) {
      return Optional.of(value);
    }
    return Optional.empty();
  }

  /**
   * What the SQL of the query answers, from the customers sharing the email's lower-cased form:
   * those with exactly this email that the scope admits, by creation time and id.
   */
  private Page<Customer> withEmail(RequestScope scope, QuerySpec spec, String email) {
    List<Customer> matches =
        findByEmail(scope.projectKey(), email).stream()
            .filter(customer -> customer.email().equals(email))
            .filter(customer -> scope.admits(customer.stores()))
            .sorted(Comparator.comparing(Customer::createdAt).thenComparing(Customer::id))
            .toList();
    int from = Math.min(spec.offset(), matches.size());
    List<Customer> results = matches.subList(from, Math.min(from + spec.limit(), matches.size()));
    return new Page<>(
        spec.limit(),
        spec.offset(),
        results.size(),
        spec.withTotal() ? (long) matches.size() : null,
        results);
  }

  private Page<Customer> page(Handle handle, RequestScope scope, QuerySpec spec) {
    CustomerQueries.Sql select = CustomerQueries.select(scope, spec);
    List<Customer> results =
        handle
            .createQuery(select.text())
            .bindMap(select.parameters())
            .mapTo(String.class)
            .map(this::read)
            .list();
    Long total = null;
    if (spec.withTotal()) {
      CustomerQueries.Sql count = CustomerQueries.count(scope, spec);
      total = handle.createQuery(count.text()).bindMap(count.parameters()).mapTo(Long.class).one();
    }
    return new Page<>(spec.limit(), spec.offset(), results.size(), total, results);
  }

  private Customer read(String document) {
    return documents.read(document, Customer.class);
  }

  private static void insertStores(Handle handle, String projectKey, Customer customer) {
    CustomerTables.STORE.insertAll(
        handle,
        CustomerLinks.storeKeys(customer).stream()
            .map(store -> new Owned<>(projectKey, customer.id(), store))
            .toList());
  }

  /**
   * Serialises writers of one email on its lock row, then rejects a conflict with any committed
   * customer.
   */
  private void requireUniqueEmail(CustomerDao dao, String projectKey, Customer customer) {
    String email = EmailUniqueness.normalize(customer.email());
    // The purge deletes lock rows of emails no customer has (ExpiredRows); one may go between these
    // statements.
    do {
      dao.createEmailLock(projectKey, email);
    } while (dao.lockEmail(projectKey, email) == null);
    // The customer's own row is among them; EmailUniqueness never counts a customer as its own
    // conflict.
    boolean taken =
        dao.findByLowercaseEmail(projectKey, email).stream()
            .map(this::read)
            .anyMatch(other -> EmailUniqueness.conflicts(customer, other));
    if (taken) {
      throw Errors.duplicateEmail(customer.email());
    }
  }

  /**
   * Records what the customer references, so that the database refuses to delete those resources.
   * The referenced rows are locked first: without it H2 lets a concurrent delete of one of them
   * commit beside this write.
   */
  private static void link(CustomerDao dao, String projectKey, Customer customer) {
    List<String> storeKeys = CustomerLinks.storeKeys(customer);
    List<String> resourceIds = List.copyOf(CustomerLinks.resourceIds(customer));
    List<String> linked = new ArrayList<>(resourceIds);
    if (!storeKeys.isEmpty()) {
      Map<String, String> stores = dao.lockStores(projectKey, storeKeys);
      storeKeys.stream()
          .filter(key -> !stores.containsKey(key))
          .findFirst()
          .ifPresent(
              key -> {
                throw Errors.referencedResourceNotFound(ResourceKind.STORE.typeId(), null, key);
              });
      linked.addAll(stores.values());
    }
    if (!resourceIds.isEmpty()) {
      List<String> found = dao.lockResources(projectKey, resourceIds);
      resourceIds.stream()
          .filter(id -> !found.contains(id))
          .findFirst()
          .ifPresent(
              id -> {
                throw Errors.referencedResourceNotFound(kindOf(customer, id).typeId(), id, null);
              });
    }
    dao.insertReferences(customer.id(), linked);
  }

  /** Which kind of resource the customer refers to with this id, for the error message. */
  private static ResourceKind kindOf(Customer customer, String id) {
    return CustomerLinks.groupIds(customer).contains(id)
        ? ResourceKind.CUSTOMER_GROUP
        : ResourceKind.TYPE;
  }

  /**
   * Drops what the caches hold under the customer's id, and its keys and emails before and after; a
   * created or updated customer is then kept under its id and key.
   */
  private void written(Handle handle, String projectKey, Customer before, Customer after) {
    if (after == null) {
      cache.written(handle, CacheKey.id(projectKey, before.id()));
    } else {
      cache.written(handle, CacheKey.id(projectKey, after.id()), after);
    }
    if (before != null
        && before.key() != null
        && (after == null || !before.key().equals(after.key()))) {
      cache.written(handle, CacheKey.key(projectKey, before.key()));
    }
    if (after != null && after.key() != null) {
      cache.written(handle, CacheKey.key(projectKey, after.key()), after);
    }
    for (Customer version : new Customer[] {before, after}) {
      if (version != null) {
        byEmail.written(handle, CacheKey.email(projectKey, version.email()));
      }
    }
  }

  /** Runs a write transaction, turning constraint violations into the API's errors. */
  private void write(Consumer<Handle> work, Customer customer) {
    try {
      jdbi.useTransaction(work::accept);
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, customer);
    }
  }
}
