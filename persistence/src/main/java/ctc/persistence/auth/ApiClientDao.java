package ctc.persistence.auth;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Statements on the API client table. */
@RegisterConstructorMapper(ApiClientDao.ClientRow.class)
interface ApiClientDao {

  /** One client row; {@code scopes} space-separated. Public for Jdbi's binder and mapper. */
  record ClientRow(
      String id,
      String projectKey,
      String name,
      String secretHash,
      String scopes,
      Integer accessTokenValiditySeconds,
      Integer refreshTokenValiditySeconds,
      OffsetDateTime createdAt) {}

  String COLUMNS =
      """
      id, project_key, name, secret_hash, scopes, access_token_validity_seconds, refresh_token_validity_seconds,
      created_at""";

  @SqlUpdate(
      "INSERT INTO api_client ("
          + COLUMNS
          + """
      ) VALUES (:id, :projectKey, :name, :secretHash, :scopes, :accessTokenValiditySeconds,
      :refreshTokenValiditySeconds, :createdAt)""")
  void insert(@BindMethods ClientRow row);

  @SqlQuery("SELECT " + COLUMNS + " FROM api_client WHERE id = :id")
  Optional<ClientRow> findById(@Bind("id") String id);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM api_client WHERE project_key = :projectKey ORDER BY created_at, id")
  List<ClientRow> findByProject(@Bind("projectKey") String projectKey);

  @SqlUpdate("DELETE FROM api_client WHERE project_key = :projectKey AND id = :id")
  int delete(@Bind("projectKey") String projectKey, @Bind("id") String id);

  @SqlQuery("SELECT COUNT(*) > 0 FROM api_client")
  boolean any();
}
