package ctc.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApiClientRepository} must do; each adapter's test extends this class with two
 * factories.
 *
 * <p>Every test works in a project of its own ({@code "p-" + UUID}) with random client ids, so
 * implementations need no cleanup between tests and may share one database. Only the tests of
 * {@link ApiClientRepository#any()} need storage without any client at all; they get it from {@link
 * #emptyClients()}.
 */
public abstract class ApiClientRepositoryContract {

  /** Millisecond precision, as stored. */
  protected static final Instant CREATED = Instant.parse("2024-06-07T08:09:10.123Z");

  /** The repository under test; called once per test, it may return a shared instance. */
  protected abstract ApiClientRepository clients();

  /** A repository over storage that holds no client at all (a fresh one on every call). */
  protected abstract ApiClientRepository emptyClients();

  protected static String newProject() {
    return "p-" + UUID.randomUUID();
  }

  protected static String newClientId() {
    return "c-" + UUID.randomUUID();
  }

  /**
   * A client of the project with a random id, one project-wide scope, no lifetimes and {@link
   * #CREATED}.
   */
  protected static ApiClient client(String project) {
    return client(project, newClientId(), CREATED);
  }

  protected static ApiClient client(String project, String id, Instant createdAt) {
    return new ApiClient(
        id,
        project,
        "client " + id,
        "hashed:" + id,
        List.of("manage_customers:" + project),
        null,
        null,
        createdAt);
  }

  // ---------------------------------------------------------------- insert and findById

  @Test
  void anInsertedClientIsFoundByIdWithEveryFieldPreserved() {
    ApiClientRepository clients = clients();
    String project = newProject();
    ApiClient client =
        new ApiClient(
            newClientId(),
            project,
            "Storefront – Ünïcode",
            "$2a$10$someBcryptHash",
            List.of(
                "view_customers:" + project + ":berlin",
                "manage_my_profile:" + project,
                "create_anonymous_token:" + project),
            3600,
            86_400,
            Instant.parse("2024-02-29T23:59:59.001Z"));

    clients.insert(client);

    assertThat(clients.findById(client.id())).contains(client);
  }

  @Test
  void aClientWithoutLifetimesKeepsThemNull() {
    ApiClientRepository clients = clients();
    ApiClient client = client(newProject());

    clients.insert(client);

    ApiClient found = clients.findById(client.id()).orElseThrow();
    assertThat(found.accessTokenValiditySeconds()).isNull();
    assertThat(found.refreshTokenValiditySeconds()).isNull();
    assertThat(found).isEqualTo(client);
  }

  @Test
  void aClientWithOnlyAnAccessTokenLifetimeKeepsTheRefreshLifetimeNull() {
    ApiClientRepository clients = clients();
    String project = newProject();
    ApiClient client =
        new ApiClient(
            newClientId(),
            project,
            "short",
            "hash",
            List.of("manage_project:" + project),
            60,
            null,
            CREATED);

    clients.insert(client);

    assertThat(clients.findById(client.id())).contains(client);
  }

  @Test
  void theScopesOfAClientKeepTheirOrder() {
    ApiClientRepository clients = clients();
    String project = newProject();
    List<String> scopes =
        List.of(
            "view_customers:" + project,
            "manage_api_clients:" + project,
            "introspect_oauth_tokens:" + project,
            "manage_customers:" + project + ":a-store");
    ApiClient client =
        new ApiClient(newClientId(), project, "ordered", "hash", scopes, null, null, CREATED);

    clients.insert(client);

    assertThat(clients.findById(client.id()).orElseThrow().scopes())
        .containsExactlyElementsOf(scopes);
  }

  @Test
  void anUnknownIdIsNotFound() {
    ApiClientRepository clients = clients();
    clients.insert(client(newProject()));

    assertThat(clients.findById(newClientId())).isEmpty();
  }

  // ---------------------------------------------------------------- findByProject

  @Test
  void findByProjectListsTheProjectsClientsOldestFirst() {
    ApiClientRepository clients = clients();
    String project = newProject();
    ApiClient newest = client(project, newClientId(), CREATED.plusSeconds(120));
    ApiClient oldest = client(project, newClientId(), CREATED);
    ApiClient middle = client(project, newClientId(), CREATED.plusMillis(1));
    clients.insert(newest);
    clients.insert(oldest);
    clients.insert(middle);

    assertThat(clients.findByProject(project)).containsExactly(oldest, middle, newest);
  }

  @Test
  void findByProjectOrdersClientsCreatedAtTheSameInstantById() {
    ApiClientRepository clients = clients();
    String project = newProject();
    String suffix = UUID.randomUUID().toString();
    ApiClient b = client(project, "b-" + suffix, CREATED);
    ApiClient c = client(project, "c-" + suffix, CREATED);
    ApiClient a = client(project, "a-" + suffix, CREATED);
    clients.insert(b);
    clients.insert(c);
    clients.insert(a);

    assertThat(clients.findByProject(project)).containsExactly(a, b, c);
  }

  @Test
  void findByProjectLeavesOutOtherProjectsClients() {
    ApiClientRepository clients = clients();
    String project = newProject();
    ApiClient mine = client(project);
    clients.insert(mine);
    clients.insert(client(newProject()));

    assertThat(clients.findByProject(project)).containsExactly(mine);
  }

  @Test
  void findByProjectOfAProjectWithoutClientsIsEmpty() {
    ApiClientRepository clients = clients();
    clients.insert(client(newProject()));

    assertThat(clients.findByProject(newProject())).isEmpty();
  }

  // ---------------------------------------------------------------- delete

  @Test
  void deleteRemovesTheClientAndAnswersTrueOnceThenFalse() {
    ApiClientRepository clients = clients();
    String project = newProject();
    ApiClient client = client(project);
    clients.insert(client);

    boolean first = clients.delete(project, client.id());
    boolean second = clients.delete(project, client.id());

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(clients.findById(client.id())).isEmpty();
    assertThat(clients.findByProject(project)).isEmpty();
  }

  @Test
  void deleteOfAnUnknownIdAnswersFalse() {
    assertThat(clients().delete(newProject(), newClientId())).isFalse();
  }

  @Test
  void deleteUnderAnotherProjectAnswersFalseAndKeepsTheClient() {
    ApiClientRepository clients = clients();
    String project = newProject();
    ApiClient client = client(project);
    clients.insert(client);

    boolean deleted = clients.delete(newProject(), client.id());

    assertThat(deleted).isFalse();
    assertThat(clients.findById(client.id())).contains(client);
  }

  @Test
  void deleteLeavesTheProjectsOtherClientsAlone() {
    ApiClientRepository clients = clients();
    String project = newProject();
    ApiClient deleted = client(project);
    ApiClient kept = client(project);
    clients.insert(deleted);
    clients.insert(kept);

    clients.delete(project, deleted.id());

    assertThat(clients.findByProject(project)).containsExactly(kept);
  }

  // ---------------------------------------------------------------- any

  @Test
  void anyIsFalseWhileNoClientIsStored() {
    assertThat(emptyClients().any()).isFalse();
  }

  @Test
  void anyIsTrueOnceAClientIsStored() {
    ApiClientRepository clients = emptyClients();

    clients.insert(client(newProject()));

    assertThat(clients.any()).isTrue();
  }

  @Test
  void anyIsFalseAgainOnceTheOnlyClientIsDeleted() {
    ApiClientRepository clients = emptyClients();
    String project = newProject();
    ApiClient client = client(project);
    clients.insert(client);

    clients.delete(project, client.id());

    assertThat(clients.any()).isFalse();
  }
}
