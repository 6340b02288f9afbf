package ctc.domain.customer;

import ctc.domain.common.RequestScope;
import ctc.domain.error.Errors;
import ctc.domain.query.Page;
import ctc.domain.query.QueryField;
import ctc.domain.query.QuerySchema;
import ctc.domain.query.QuerySpec;
import ctc.domain.query.Sort;
import ctc.domain.query.WhereEvaluator;
import ctc.domain.update.Change;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CustomerRepository} in memory, obeying the port's contract ({@link
 * CustomerRepositoryContract}). Thread-safe: every method is synchronized, so each check-and-write
 * is atomic.
 */
public final class InMemoryCustomerRepository implements CustomerRepository {

  private final Map<String, Map<String, Customer>> projects = new HashMap<>();

  @Override
  public synchronized Optional<Customer> findById(String projectKey, String id) {
    return Optional.ofNullable(project(projectKey).get(id));
  }

  @Override
  public synchronized Optional<Customer> findByKey(String projectKey, String key) {
    return project(projectKey).values().stream().filter(c -> key.equals(c.key())).findFirst();
  }

  @Override
  public synchronized List<Customer> findByEmail(String projectKey, String email) {
    String normalized = EmailUniqueness.normalize(email);
    return project(projectKey).values().stream()
        .filter(c -> EmailUniqueness.normalize(c.email()).equals(normalized))
        .toList();
  }

  @Override
  public synchronized void save(String projectKey, Change<Customer> change) {
    if (change.creates()) {
      insert(projectKey, change.after());
    } else if (change.deletes()) {
      delete(projectKey, change.before());
    } else {
      update(projectKey, change.before(), change.after());
    }
  }

  private void insert(String projectKey, Customer customer) {
    Map<String, Customer> customers = project(projectKey);
    if (customers.containsKey(customer.id())) {
      throw new IllegalStateException(
          "A customer with the id " + customer.id() + " is already stored.");
    }
    requireUnique(customers, customer, true);
    customers.put(customer.id(), customer);
  }

  private void update(String projectKey, Customer previous, Customer next) {
    Map<String, Customer> customers = project(projectKey);
    Customer stored = customers.get(previous.id());
    if (stored == null) {
      throw Errors.notFoundById(previous.id());
    }
    if (stored.version() != previous.version()) {
      throw Errors.concurrentModification(stored.id(), previous.version(), stored.version());
    }
    requireUnique(customers, next, EmailUniqueness.needsCheck(stored, next));
    customers.put(next.id(), next);
  }

  private void delete(String projectKey, Customer customer) {
    Map<String, Customer> customers = project(projectKey);
    Customer stored = customers.get(customer.id());
    if (stored == null) {
      throw Errors.notFoundById(customer.id());
    }
    if (stored.version() != customer.version()) {
      throw Errors.concurrentModification(stored.id(), customer.version(), stored.version());
    }
    customers.remove(customer.id());
  }

  @Override
  public synchronized Page<Customer> query(RequestScope scope, QuerySpec spec) {
    List<Customer> matches =
        project(scope.projectKey()).values().stream()
            .filter(customer -> scope.admits(customer.stores()))
            .filter(customer -> WhereEvaluator.matches(customer, spec.where()))
            .sorted(order(spec.sort()))
            .toList();
    List<Customer> page = matches.stream().skip(spec.offset()).limit(spec.limit()).toList();
    return new Page<>(
        spec.limit(),
        spec.offset(),
        page.size(),
        spec.withTotal() ? (long) matches.size() : null,
        page);
  }

  private Map<String, Customer> project(String projectKey) {
    return projects.computeIfAbsent(projectKey, k -> new LinkedHashMap<>());
  }

  private static void requireUnique(
      Map<String, Customer> customers, Customer candidate, boolean checkEmail) {
    for (Customer existing : customers.values()) {
      if (existing.id().equals(candidate.id())) {
        continue;
      }
      if (checkEmail && EmailUniqueness.conflicts(candidate, existing)) {
        throw Errors.duplicateEmail(candidate.email());
      }
      if (candidate.key() != null && candidate.key().equals(existing.key())) {
        throw Errors.duplicateField("key", candidate.key());
      }
      if (candidate.customerNumber() != null
          && candidate.customerNumber().equals(existing.customerNumber())) {
        throw Errors.duplicateField("customerNumber", candidate.customerNumber());
      }
    }
  }

  /**
   * Default order createdAt asc; id asc always last, so that pages are stable (Decisions table).
   */
  private static Comparator<Customer> order(List<Sort> sorts) {
    List<Sort> effective = sorts.isEmpty() ? List.of(Sort.by(QueryField.CREATED_AT, true)) : sorts;
    Comparator<Customer> order = null;
    for (Sort sort : effective) {
      Comparator<Customer> next =
          sort.field() != null ? by(sort.field()) : byCustomField(sort.customField());
      next = sort.ascending() ? next : next.reversed();
      order = order == null ? next : order.thenComparing(next);
    }
    return order.thenComparing(by(QueryField.ID.node()));
  }

  /** Nulls sort as the largest value (last ascending, first descending), as PostgreSQL does. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Customer> by(QuerySchema.Scalar field) {
    Comparator<Comparable> values = Comparator.nullsLast(Comparator.naturalOrder());
    return (a, b) ->
        values.compare(
            (Comparable) WhereEvaluator.valueOf(a, field),
            (Comparable) WhereEvaluator.valueOf(b, field));
  }

  /** A custom field's (first) value; numbers compare with numbers, texts with texts. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Customer> byCustomField(String name) {
    Comparator<Comparable> values = Comparator.nullsLast(Comparator.naturalOrder());
    return (a, b) ->
        values.compare((Comparable) customValue(name, a), (Comparable) customValue(name, b));
  }

  private static Object customValue(String name, Customer customer) {
    Object value = customer.custom() == null ? null : customer.custom().fields().get(name);
    if (value instanceof List<?> list) {
      value = list.isEmpty() ? null : list.get(0);
    }
    return value instanceof Number number ? decimal(number) : value;
  }

  private static BigDecimal decimal(Number number) {
    return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
  }
}
