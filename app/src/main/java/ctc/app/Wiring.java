package ctc.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.app.http.CredentialRoutes;
import ctc.app.http.CustomerRoutes;
import ctc.app.http.HttpApi;
import ctc.app.json.BodyReader;
import ctc.app.json.Json;
import ctc.app.security.BcryptPasswordHasher;
import ctc.app.security.RandomIds;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.customer.CustomerCredentials;
import ctc.domain.customer.CustomerService;
import ctc.domain.customer.CustomerSessions;
import ctc.domain.query.BasicPredicateParser;
import ctc.domain.query.QueryParameters;
import ctc.persistence.Database;
import ctc.persistence.JdbiTransactions;
import ctc.persistence.customer.JdbiCustomerRepository;
import ctc.persistence.customer.JdbiCustomerTokenRepository;
import io.javalin.Javalin;
import java.time.Clock;

/** The object graph, built by hand with constructors: the one place that knows every implementation. */
public final class Wiring implements AutoCloseable {

  /** There are no OAuth sessions to end until the authorization server exists (issue 4 plugs its token store in). */
  private static final CustomerSessions NO_SESSIONS_YET = (projectKey, customerId) -> { };

  private final Database database;
  private final Javalin app;

  public Wiring(AppConfig config, Clock clock) {
    String url = config.dbUrl() != null ? config.dbUrl() : Database.h2FileUrl(config.dataDir());
    this.database = Database.open(url, config.dbUser(), config.dbPassword(), config.dbPoolSize());
    ObjectMapper mapper = Json.mapper();
    BodyReader bodies = new BodyReader(mapper);
    JdbiCustomerRepository customerRepository = new JdbiCustomerRepository(database.jdbi());
    IdGenerator ids = new RandomIds();
    PasswordHasher passwords = new BcryptPasswordHasher(config.bcryptCost());
    CustomerService customers = new CustomerService(
        customerRepository,
        new QueryParameters(new BasicPredicateParser()),
        clock,
        ids,
        passwords,
        new ShapeOnlyReferences());
    CustomerCredentials credentials = new CustomerCredentials(
        customers,
        customerRepository,
        new JdbiCustomerTokenRepository(database.jdbi()),
        NO_SESSIONS_YET,
        new JdbiTransactions(database.jdbi()),
        passwords,
        ids,
        clock);
    this.app = HttpApi.create(
        mapper, new CredentialRoutes(credentials, bodies), new CustomerRoutes(customers, bodies), database::isUp);
  }

  /** The database, for checks that look beneath the API (tests, health). */
  public Database database() {
    return database;
  }

  /** The unstarted application. */
  public Javalin app() {
    return app;
  }

  @Override
  public void close() {
    app.stop();
    database.close();
  }
}
