package ctc.persistence.resource;

import ctc.domain.common.ResourceKind;
import ctc.domain.group.CustomerGroup;
import ctc.domain.store.Store;
import ctc.domain.type.Type;
import org.jdbi.v3.core.Jdbi;

/**
 * The three resource repositories as the application wires them: one table, told apart by type id.
 */
final class SqlResources {

  private SqlResources() {}

  static JdbiResourceRepository<Store> stores(Jdbi jdbi) {
    return new JdbiResourceRepository<>(jdbi, ResourceKind.STORE, Store.class, Store::createdAt);
  }

  static JdbiResourceRepository<CustomerGroup> customerGroups(Jdbi jdbi) {
    return new JdbiResourceRepository<>(
        jdbi, ResourceKind.CUSTOMER_GROUP, CustomerGroup.class, CustomerGroup::createdAt);
  }

  static JdbiResourceRepository<Type> types(Jdbi jdbi) {
    return new JdbiResourceRepository<>(jdbi, ResourceKind.TYPE, Type.class, Type::createdAt);
  }
}
