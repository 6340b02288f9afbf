package ctc.persistence.customer;

import static ctc.domain.update.Saves.delete;
import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerRepository;
import ctc.domain.customer.CustomerTokenRepository;
import ctc.domain.customer.CustomerTokenRepositoryContract;
import ctc.domain.customer.StoredToken;
import ctc.domain.customer.TokenKind;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The token repository contract over SQL, plus what only the SQL schema does: tokens reference
 * their customer with ON DELETE CASCADE. Each database's test class supplies the Jdbi.
 */
abstract class SqlCustomerTokenRepositoryTest extends CustomerTokenRepositoryContract {

  protected abstract Jdbi jdbi();

  @Override
  protected CustomerTokenRepository tokens() {
    return new JdbiCustomerTokenRepository(jdbi());
  }

  @Override
  protected CustomerRepository customers() {
    return new JdbiCustomerRepository(jdbi());
  }

  @Test
  void deletingTheCustomerDeletesItsTokens() {
    CustomerTokenRepository tokens = tokens();
    CustomerRepository customers = customers();
    String project = newProject();
    Customer customer = storedCustomer(customers, project, "jane@example.com");
    StoredToken password = token(project, customer, TokenKind.PASSWORD);
    StoredToken email = token(project, customer, TokenKind.EMAIL);
    tokens.insert(password);
    tokens.insert(email);

    delete(customers, project, customer);

    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, password.valueDigest())).isEmpty();
    assertThat(tokens.findByDigest(project, TokenKind.EMAIL, email.valueDigest())).isEmpty();
  }

  @Test
  void deletingACustomerLeavesOtherCustomersTokensAlone() {
    CustomerTokenRepository tokens = tokens();
    CustomerRepository customers = customers();
    String project = newProject();
    Customer jane = storedCustomer(customers, project, "jane@example.com");
    Customer john = storedCustomer(customers, project, "john@example.com");
    StoredToken johns = token(project, john, TokenKind.PASSWORD);
    tokens.insert(token(project, jane, TokenKind.PASSWORD));
    tokens.insert(johns);

    delete(customers, project, jane);

    assertThat(tokens.findByDigest(project, TokenKind.PASSWORD, johns.valueDigest()))
        .contains(johns);
  }
}
