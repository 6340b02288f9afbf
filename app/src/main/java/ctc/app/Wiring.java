package ctc.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.app.http.CustomerRoutes;
import ctc.app.http.HttpApi;
import ctc.app.json.BodyReader;
import ctc.app.json.Json;
import ctc.app.security.BcryptPasswordHasher;
import ctc.app.security.RandomIds;
import ctc.domain.common.ShapeOnlyReferences;
import ctc.domain.customer.CustomerService;
import ctc.domain.query.BasicPredicateParser;
import ctc.domain.query.QueryParameters;
import ctc.persistence.Database;
import ctc.persistence.customer.JdbiCustomerRepository;
import io.javalin.Javalin;
import java.time.Clock;

/** The object graph, built by hand with constructors: the one place that knows every implementation. */
public final class Wiring implements AutoCloseable {

  private final Database database;
  private final Javalin app;

  public Wiring(AppConfig config, Clock clock) {
    String url = config.dbUrl() != null ? config.dbUrl() : Database.h2FileUrl(config.dataDir());
    this.database = Database.open(url, config.dbUser(), config.dbPassword(), config.dbPoolSize());
    ObjectMapper mapper = Json.mapper();
    CustomerService customers = new CustomerService(
        new JdbiCustomerRepository(database.jdbi()),
        new QueryParameters(new BasicPredicateParser()),
        clock,
        new RandomIds(),
        new BcryptPasswordHasher(config.bcryptCost()),
        new ShapeOnlyReferences());
    this.app = HttpApi.create(mapper, new CustomerRoutes(customers, new BodyReader(mapper)), database::isUp);
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
