package ctc.domain.medusa;

import ctc.domain.customer.Customer;
import ctc.domain.update.ChangeRecorder;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Storage of the facade extension, one per customer (contract #9): written in the transaction of
 * the customer change it belongs to, and deleted with the customer.
 */
public interface MedusaExtensions {

  Optional<MedusaExtension> find(String projectKey, String customerId);

  /** Stores the extension of the customer; an empty one removes what was stored. */
  void save(String projectKey, String customerId, MedusaExtension extension);

  /** Drops the metadata entries of these addresses (removed from the customer). */
  default void removeAddresses(String projectKey, String customerId, Collection<String> ids) {
    find(projectKey, customerId)
        .ifPresent(
            stored -> {
              MedusaExtension next = stored;
              for (String id : ids) {
                next = next.withAddressMetadata(id, null);
              }
              if (!next.equals(stored)) {
                save(projectKey, customerId, next);
              }
            });
  }

  /**
   * Keeps the extension in step with every customer change, in its transaction: the metadata of an
   * address removed by any API goes with it (contract #9). The customer's own row goes by the
   * database's cascade.
   */
  public static ChangeRecorder<Customer> upkeep(MedusaExtensions extensions) {
    return (projectKey, change) -> {
      if (change.creates() || change.deletes()) {
        return;
      }
      Set<String> removed = new HashSet<>();
      change.before().addresses().forEach(a -> removed.add(a.id()));
      change.after().addresses().forEach(a -> removed.remove(a.id()));
      if (!removed.isEmpty()) {
        extensions.removeAddresses(projectKey, change.after().id(), removed);
      }
    };
  }
}
