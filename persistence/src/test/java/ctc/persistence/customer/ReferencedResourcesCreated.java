package ctc.persistence.customer;

import static ctc.domain.update.Saves.insert;

import ctc.domain.common.ClientLogging;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceKind;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerLinks;
import ctc.domain.customer.CustomerRepository;
import ctc.domain.group.CustomerGroup;
import ctc.domain.query.Page;
import ctc.domain.query.QuerySpec;
import ctc.domain.store.Store;
import ctc.domain.update.Change;
import ctc.persistence.resource.JdbiResourceRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * For the repository contract, whose customers reference stores, groups and types freely: before
 * each write, creates whatever the customer references and the database does not have yet, so the
 * foreign keys are satisfied. Groups and types are all created as customer groups: the foreign key
 * only asks that a resource with that id exists.
 */
final class ReferencedResourcesCreated implements CustomerRepository {

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final ClientLogging NOBODY = null;

  private final CustomerRepository delegate;
  private final JdbiResourceRepository<Store> stores;
  private final JdbiResourceRepository<CustomerGroup> anything;

  ReferencedResourcesCreated(Jdbi jdbi) {
    this.delegate = new JdbiCustomerRepository(jdbi);
    this.stores =
        new JdbiResourceRepository<>(jdbi, ResourceKind.STORE, Store.class, Store::createdAt);
    this.anything =
        new JdbiResourceRepository<>(
            jdbi, ResourceKind.CUSTOMER_GROUP, CustomerGroup.class, CustomerGroup::createdAt);
  }

  private void createReferenced(String projectKey, Customer customer) {
    for (String key : CustomerLinks.storeKeys(customer)) {
      if (stores.findByKey(projectKey, key).isEmpty()) {
        insert(
            stores,
            projectKey,
            new Store(
                UUID.randomUUID().toString(),
                1,
                CREATED,
                CREATED,
                NOBODY,
                CREATED,
                NOBODY,
                key,
                null,
                List.of(),
                null,
                null,
                null,
                0));
      }
    }
    for (String id : CustomerLinks.resourceIds(customer)) {
      if (anything.findById(projectKey, id).isEmpty()) {
        insert(
            anything,
            projectKey,
            new CustomerGroup(id, 1, CREATED, CREATED, NOBODY, CREATED, NOBODY, null, id));
      }
    }
  }

  @Override
  public Optional<Customer> findById(String projectKey, String id) {
    return delegate.findById(projectKey, id);
  }

  @Override
  public Optional<Customer> findByKey(String projectKey, String key) {
    return delegate.findByKey(projectKey, key);
  }

  @Override
  public List<Customer> findByEmail(String projectKey, String email) {
    return delegate.findByEmail(projectKey, email);
  }

  @Override
  public void save(String projectKey, Change<Customer> change) {
    if (!change.deletes()) {
      createReferenced(projectKey, change.after());
    }
    delegate.save(projectKey, change);
  }

  @Override
  public Page<Customer> query(RequestScope scope, QuerySpec spec) {
    return delegate.query(scope, spec);
  }
}
