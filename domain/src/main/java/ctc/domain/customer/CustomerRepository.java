package ctc.domain.customer;

import ctc.domain.common.Scope;
import ctc.domain.query.Page;
import ctc.domain.query.QuerySpec;
import java.util.List;
import java.util.Optional;

/**
 * Storage of customers per project. Implementations enforce, so that it holds across threads and server instances:
 * the version check of every write, email uniqueness ({@link EmailUniqueness}), and unique key and customer number,
 * answering with ConcurrentModification or DuplicateField.
 */
public interface CustomerRepository {

  Optional<Customer> findById(String projectKey, String id);

  Optional<Customer> findByKey(String projectKey, String key);

  /** Every customer of the project whose email equals {@code email} ignoring case (several only with stores). */
  List<Customer> findByEmail(String projectKey, String email);

  void insert(String projectKey, Customer customer);

  /** Stores {@code next} only while the stored version is still {@code previous.version()}. */
  void update(String projectKey, Customer previous, Customer next);

  /** Deletes only while the stored version is still {@code customer.version()}. */
  void delete(String projectKey, Customer customer);

  /** Customers of the scope's project that the scope admits and that match, in the requested order and page. */
  Page<Customer> query(Scope scope, QuerySpec spec);
}
