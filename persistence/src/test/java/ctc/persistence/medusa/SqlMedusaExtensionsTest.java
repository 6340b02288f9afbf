package ctc.persistence.medusa;

import static ctc.domain.customer.CustomerFixtures.ACTOR;
import static ctc.domain.customer.CustomerFixtures.aDraft;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.common.IdGenerator;
import ctc.domain.common.RequestScope;
import ctc.domain.common.ResourceRef;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerService;
import ctc.domain.customer.CustomerUpdateAction;
import ctc.domain.customer.CustomerUpdateAction.AddAddress;
import ctc.domain.customer.CustomerUpdateAction.RemoveAddress;
import ctc.domain.customer.PlainTestHasher;
import ctc.domain.medusa.MedusaExtension;
import ctc.domain.medusa.MedusaExtensions;
import ctc.domain.message.MessageSink;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.persistence.JdbiTransactions;
import ctc.persistence.customer.JdbiCustomerRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Medusa facade's extension records: stored and read back unchanged (nulls and decimals
 * included), removed when empty, following removed addresses through the customers' write path, and
 * deleted with the customer. Each database's test class supplies the Jdbi.
 */
abstract class SqlMedusaExtensionsTest {

  private final String project = "p-" + UUID.randomUUID();
  private final RequestScope scope = RequestScope.project(project);
  private JdbiMedusaExtensions extensions;
  private CustomerService customers;

  protected abstract Jdbi jdbi();

  @BeforeEach
  void services() {
    extensions = new JdbiMedusaExtensions(jdbi());
    customers =
        new CustomerService(
            new JdbiCustomerRepository(jdbi()),
            new JdbiTransactions(jdbi()),
            new QueryParameters(new QueryLanguageParser()),
            Clock.systemUTC(),
            new UuidIds(),
            new PlainTestHasher(),
            new ShapeOnlyReferences(),
            MessageSink.NONE,
            MedusaExtensions.upkeep(extensions));
  }

  private Customer create() {
    return customers.create(scope, aDraft(UUID.randomUUID() + "@example.com"), ACTOR);
  }

  @Test
  void anExtensionIsStoredReadBackAndRemovedWhenEmpty() {
    Customer customer = create();
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("none", null);
    metadata.put("price", new BigDecimal("1.50"));
    metadata.put("count", 3);
    metadata.put("nested", Map.of("list", List.of("a", true)));
    MedusaExtension extension =
        MedusaExtension.EMPTY
            .withPhone("+49")
            .withMetadata(metadata)
            .withAddressMetadata("addr0001", Map.of("door", "red"));

    extensions.save(project, customer.id(), extension);
    assertThat(extensions.find(project, customer.id())).contains(extension);
    assertThat(extensions.find("other-project", customer.id())).isEmpty();

    MedusaExtension changed = extension.withPhone(null);
    extensions.save(project, customer.id(), changed);
    assertThat(extensions.find(project, customer.id())).contains(changed);

    extensions.save(project, customer.id(), MedusaExtension.EMPTY);
    assertThat(extensions.find(project, customer.id())).isEmpty();
  }

  @Test
  void anAddressRemovedThroughAnyUpdateTakesItsMetadataAndTheCustomerTheRest() {
    Customer customer = create();
    Customer withAddresses =
        customers.update(
            scope,
            new ResourceRef.ById(customer.id()),
            () ->
                new ctc.domain.update.UpdateRequest<CustomerUpdateAction>(
                    1,
                    List.of(
                        new AddAddress(ctc.domain.customer.CustomerFixtures.address("DE")),
                        new AddAddress(ctc.domain.customer.CustomerFixtures.address("FR")))),
            ACTOR);
    String first = withAddresses.addresses().get(0).id();
    String second = withAddresses.addresses().get(1).id();
    extensions.save(
        project,
        customer.id(),
        MedusaExtension.EMPTY
            .withAddressMetadata(first, Map.of("a", 1))
            .withAddressMetadata(second, Map.of("b", 2)));

    customers.update(
        scope,
        new ResourceRef.ById(customer.id()),
        () ->
            new ctc.domain.update.UpdateRequest<CustomerUpdateAction>(
                2, List.of(new RemoveAddress(first, null))),
        ACTOR);
    assertThat(extensions.find(project, customer.id()).orElseThrow().addressMetadata())
        .containsOnlyKeys(second);

    customers.delete(scope, new ResourceRef.ById(customer.id()), () -> 3, false, ACTOR);
    assertThat(extensions.find(project, customer.id())).isEmpty();
  }

  private static final class UuidIds implements IdGenerator {
    @Override
    public String resourceId() {
      return UUID.randomUUID().toString();
    }

    @Override
    public String addressId() {
      return UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public String tokenValue() {
      return UUID.randomUUID().toString() + UUID.randomUUID();
    }
  }
}
