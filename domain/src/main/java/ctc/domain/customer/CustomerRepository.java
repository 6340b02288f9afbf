package ctc.domain.customer;

import ctc.domain.common.RequestScope;
import ctc.domain.query.Page;
import ctc.domain.query.QuerySpec;
import ctc.domain.update.VersionedRepository;
import java.util.List;

/**
 * Storage of customers per project. Implementations enforce, so that it holds across threads and
 * server instances: the version check of every write, email uniqueness ({@link EmailUniqueness}),
 * and unique key and customer number, answering with ConcurrentModification or DuplicateField.
 */
public interface CustomerRepository extends VersionedRepository<Customer> {

  /**
   * Every customer of the project whose email equals {@code email} ignoring case (several only with
   * stores).
   */
  List<Customer> findByEmail(String projectKey, String email);

  /**
   * Customers of the scope's project that the scope admits and that match, in the requested order
   * and page.
   */
  Page<Customer> query(RequestScope scope, QuerySpec spec);
}
