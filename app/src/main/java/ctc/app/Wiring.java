package ctc.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import ctc.app.http.ApiClientRoutes;
import ctc.app.http.CredentialRoutes;
import ctc.app.http.CustomerRoutes;
import ctc.app.http.Expansion;
import ctc.app.http.HttpApi;
import ctc.app.http.MeRoutes;
import ctc.app.http.MedusaEventSender;
import ctc.app.http.MedusaRoutes;
import ctc.app.http.MessageRoutes;
import ctc.app.http.OAuthRoutes;
import ctc.app.http.OperationsRoutes;
import ctc.app.http.ResourceRoutes;
import ctc.app.http.SearchRoutes;
import ctc.app.http.StorePaths;
import ctc.app.json.BodyReader;
import ctc.app.json.Json;
import ctc.app.ops.Metrics;
import ctc.app.ops.Readiness;
import ctc.app.security.AesGcmSealer;
import ctc.app.security.BcryptPasswordHasher;
import ctc.app.security.HmacSecretHasher;
import ctc.app.security.RandomIds;
import ctc.domain.auth.ApiClients;
import ctc.domain.auth.IssuedApiClient;
import ctc.domain.auth.OAuthServer;
import ctc.domain.auth.OAuthToken;
import ctc.domain.auth.Permission;
import ctc.domain.common.IdGenerator;
import ctc.domain.common.PasswordHasher;
import ctc.domain.common.ResourceKind;
import ctc.domain.common.SecretSealer;
import ctc.domain.common.Transactions;
import ctc.domain.customer.CustomerCredentials;
import ctc.domain.customer.CustomerService;
import ctc.domain.customer.MyProfile;
import ctc.domain.customer.SignInThrottle;
import ctc.domain.group.CustomerGroup;
import ctc.domain.group.CustomerGroupDraft;
import ctc.domain.group.CustomerGroupUpdateAction;
import ctc.domain.group.CustomerGroups;
import ctc.domain.medusa.MedusaEvents;
import ctc.domain.medusa.MedusaExtensions;
import ctc.domain.medusa.MedusaStore;
import ctc.domain.message.MessageQueries;
import ctc.domain.message.MessageRecorder;
import ctc.domain.message.MessageRepository;
import ctc.domain.message.MessageSink;
import ctc.domain.query.QueryLanguageParser;
import ctc.domain.query.QueryParameters;
import ctc.domain.resource.ResourceService;
import ctc.domain.resource.StoredReferences;
import ctc.domain.search.CustomerSearch;
import ctc.domain.store.Store;
import ctc.domain.store.StoreDraft;
import ctc.domain.store.StoreMessages;
import ctc.domain.store.StoreUpdateAction;
import ctc.domain.store.Stores;
import ctc.domain.type.Type;
import ctc.domain.type.TypeDraft;
import ctc.domain.type.TypeUpdateAction;
import ctc.domain.type.Types;
import ctc.persistence.Database;
import ctc.persistence.ExpiredRows;
import ctc.persistence.JdbiTransactions;
import ctc.persistence.ReadCache;
import ctc.persistence.auth.JdbiApiClientRepository;
import ctc.persistence.auth.JdbiOAuthTokenRepository;
import ctc.persistence.customer.JdbiCustomerRepository;
import ctc.persistence.customer.JdbiCustomerTokenRepository;
import ctc.persistence.medusa.JdbiMedusaExtensions;
import ctc.persistence.message.JdbiMessages;
import ctc.persistence.resource.JdbiResourceRepository;
import ctc.persistence.search.JdbiCustomerChanges;
import ctc.persistence.search.JdbiSearchSource;
import ctc.persistence.search.LuceneCustomerIndex;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The object graph, built by hand with constructors: the one place that knows every implementation.
 * It works on a database its caller opened and migrated, and leaves closing that database to the
 * caller too, after {@link #close}: whoever opens a resource closes it.
 */
public final class Wiring implements AutoCloseable {

  /**
   * How often each search index asks the database for changes: well within the 1 s freshness bound
   * (contract customer-search, Decisions), at one cheap indexed query per interval.
   */
  static final Duration SEARCH_POLL_INTERVAL = Duration.ofMillis(100);

  private final AppConfig config;
  private final ApiClients apiClients;
  private final Javalin app;
  private final Maintenance maintenance;
  private final Metrics metrics;
  private final Readiness readiness = new Readiness();

  /** The file in DATA_DIR holding the messages key when MESSAGES_KEY is not set. */
  static final String MESSAGES_KEY_FILE = "messages.key";

  private final LuceneCustomerIndex searchIndex;

  public Wiring(AppConfig config, Database database, Clock clock) {
    this(config, database, clock, Throttling.DEFAULTS);
  }

  public Wiring(AppConfig config, Database database, Clock clock, Throttling throttling) {
    this.config = config;
    this.metrics = new Metrics();
    database.reportPoolMetricsTo(metrics.registry());
    ObjectMapper mapper = Json.mapper();
    BodyReader bodies = new BodyReader(mapper);
    IdGenerator ids = new RandomIds();
    PasswordHasher passwords = new BcryptPasswordHasher(config.bcryptCost());
    Transactions transactions = new JdbiTransactions(database.jdbi());
    JdbiMessages storedMessages =
        new JdbiMessages(database.jdbi(), database.queryJdbi(), sealer(config));
    MessageSink messages =
        config.messages().enabled() ? storedMessages : MessageSink.storingNone(storedMessages);
    ReadCache<String, OAuthToken> tokenCache = database.readCache(config.cacheEntries());
    JdbiCustomerRepository customerRepository =
        new JdbiCustomerRepository(
            database.jdbi(),
            database.queryJdbi(),
            database.readCache(config.cacheEntries()),
            database.readCache(config.cacheEntries()),
            tokenCache);
    JdbiOAuthTokenRepository oauthTokens =
        new JdbiOAuthTokenRepository(database.jdbi(), tokenCache);
    JdbiMedusaExtensions medusaExtensions = new JdbiMedusaExtensions(database.jdbi());
    JdbiResourceRepository<Store> storeRepository =
        new JdbiResourceRepository<>(
            database.jdbi(),
            ResourceKind.STORE,
            Store.class,
            Store::createdAt,
            database.readCache(config.cacheEntries()));
    JdbiResourceRepository<CustomerGroup> groupRepository =
        new JdbiResourceRepository<>(
            database.jdbi(),
            ResourceKind.CUSTOMER_GROUP,
            CustomerGroup.class,
            CustomerGroup::createdAt,
            database.readCache(config.cacheEntries()));
    JdbiResourceRepository<Type> typeRepository =
        new JdbiResourceRepository<>(
            database.jdbi(),
            ResourceKind.TYPE,
            Type.class,
            Type::createdAt,
            database.readCache(config.cacheEntries()));
    ResourceService<Store, StoreDraft, StoreUpdateAction> stores =
        new ResourceService<>(
            storeRepository,
            transactions,
            Stores::create,
            Stores.ACTIONS,
            clock,
            ids,
            new MessageRecorder<>(StoreMessages.INSTANCE, messages, ids));
    ResourceService<CustomerGroup, CustomerGroupDraft, CustomerGroupUpdateAction> groups =
        new ResourceService<>(
            groupRepository,
            transactions,
            CustomerGroups::create,
            CustomerGroups.ACTIONS,
            clock,
            ids);
    ResourceService<Type, TypeDraft, TypeUpdateAction> types =
        new ResourceService<>(
            typeRepository, transactions, Types::create, Types.ACTIONS, clock, ids);
    // Every instance records the change feed, whether or not its own search is on: another
    // instance sharing the database may follow it.
    JdbiCustomerChanges customerChanges = new JdbiCustomerChanges(database.jdbi());
    CustomerService customers =
        new CustomerService(
            customerRepository,
            transactions,
            new QueryParameters(new QueryLanguageParser()),
            clock,
            ids,
            passwords,
            new StoredReferences(storeRepository, groupRepository, typeRepository),
            messages,
            MedusaExtensions.upkeep(medusaExtensions).andThen(customerChanges));
    this.searchIndex =
        config.search().enabled()
            ? LuceneCustomerIndex.start(
                new LuceneCustomerIndex.Settings(
                    config.search().directory() == null
                        ? null
                        : Path.of(config.search().directory()),
                    Duration.ofMillis(config.search().timeoutMillis()),
                    SEARCH_POLL_INTERVAL),
                customerChanges,
                new JdbiSearchSource(database.jdbi()),
                clock,
                config.search().rebuild())
            : null;
    CustomerCredentials credentials =
        new CustomerCredentials(
            customers,
            customerRepository,
            new JdbiCustomerTokenRepository(database.jdbi()),
            oauthTokens::deleteByCustomer,
            transactions,
            passwords,
            ids,
            clock);
    JdbiApiClientRepository clientRepository =
        new JdbiApiClientRepository(database.jdbi(), database.readCache(config.cacheEntries()));
    this.apiClients =
        new ApiClients(
            clientRepository,
            oauthTokens,
            transactions,
            passwords,
            new HmacSecretHasher(),
            throttling.bcryptChecksPerClient(),
            ids,
            clock);
    SignInThrottle signIns =
        new SignInThrottle(
            throttling.signInsPerAccount(),
            throttling.failedSignInsPerClient(),
            Throttling.MAX_TRACKED,
            clock,
            metrics);
    OAuthServer oauth =
        new OAuthServer(oauthTokens, transactions, credentials, signIns, ids, clock, metrics);
    StorePaths storePaths = new StorePaths(stores);
    MedusaStore medusa =
        new MedusaStore(
            config.medusa().storeClients(),
            clientRepository,
            customers,
            customerRepository,
            credentials,
            oauth,
            signIns,
            medusaExtensions,
            config.medusa().eventUrl() == null
                ? MedusaEvents.NONE
                : new MedusaEventSender(config.medusa().eventUrl(), mapper),
            ids);
    Expansion expansion = new Expansion(groups, mapper);
    this.app =
        HttpApi.create(
            mapper,
            oauth,
            new HttpApi.Endpoints(
                new OAuthRoutes(oauth, apiClients, storePaths),
                new ApiClientRoutes(apiClients, bodies),
                List.of(
                    new ResourceRoutes<>(
                        "stores",
                        stores,
                        StoreDraft.class,
                        Permission.VIEW_STORES,
                        Permission.MANAGE_STORES,
                        bodies),
                    new ResourceRoutes<>(
                        "customer-groups",
                        groups,
                        CustomerGroupDraft.class,
                        Permission.VIEW_CUSTOMER_GROUPS,
                        Permission.MANAGE_CUSTOMER_GROUPS,
                        bodies),
                    new ResourceRoutes<>(
                        "types",
                        types,
                        TypeDraft.class,
                        Permission.VIEW_TYPES,
                        Permission.MANAGE_TYPES,
                        bodies)),
                new CredentialRoutes(credentials, signIns, bodies, expansion),
                new CustomerRoutes(customers, bodies, expansion),
                new SearchRoutes(new CustomerSearch(searchIndex), bodies),
                new MeRoutes(new MyProfile(customers, credentials), signIns, bodies, expansion),
                new MessageRoutes(
                    new MessageQueries(
                        config.messages().enabled() ? storedMessages : MessageRepository.NONE),
                    customers,
                    stores,
                    mapper),
                storePaths,
                new MedusaRoutes(medusa, config.medusa().storeCors()),
                new OperationsRoutes(
                    database::isUp, readiness, metrics, config.operations().metricsToken())),
            metrics,
            Duration.ofMillis(config.operations().shutdownTimeoutMillis()));
    this.maintenance =
        new Maintenance(
            new ExpiredRows(database.jdbi()),
            customerChanges,
            storedMessages,
            Duration.ofDays(config.messages().retentionDays()),
            clock);
  }

  /**
   * The key that seals token values in messages: MESSAGES_KEY, else a key file beside the embedded
   * database, else (no data directory, as in tests) one that lives as long as the process.
   */
  private static SecretSealer sealer(AppConfig config) {
    if (config.messages().key() != null && !config.messages().key().isBlank()) {
      return AesGcmSealer.withKey(config.messages().key());
    }
    if (config.dataDir() != null) {
      return AesGcmSealer.withKeyFile(Path.of(config.dataDir(), MESSAGES_KEY_FILE));
    }
    return AesGcmSealer.withRandomKey();
  }

  /** Creates the admin client when no client exists yet (see {@link ApiClients#bootstrap}). */
  public Optional<IssuedApiClient> bootstrap() {
    return apiClients.bootstrap(
        config.defaultProjectKey(), config.adminClientId(), config.adminClientSecret());
  }

  public ApiClients apiClients() {
    return apiClients;
  }

  /** Whether the server takes traffic; its owner says when start-up is done and stop begins. */
  public Readiness readiness() {
    return readiness;
  }

  /** The unstarted application. */
  public Javalin app() {
    return app;
  }

  /** The search index, null when search is switched off. */
  public LuceneCustomerIndex searchIndex() {
    return searchIndex;
  }

  /**
   * Stops the server (letting requests in flight finish, up to SHUTDOWN_TIMEOUT_MS) and the
   * background threads; the database stays open for its owner to close.
   */
  @Override
  public void close() {
    readiness.stopping();
    app.stop();
    maintenance.close();
    metrics.close();
    if (searchIndex != null) {
      searchIndex.close();
    }
  }
}
