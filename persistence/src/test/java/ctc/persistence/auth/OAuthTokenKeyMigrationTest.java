package ctc.persistence.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ctc.domain.auth.OAuthToken;
import ctc.domain.common.TokenDigests;
import ctc.persistence.Database;
import ctc.persistence.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V14 widens the token keys for their time stamp: a token stored before, under its bare SHA-256, is
 * still found after migrating, beside a token with a stamped key.
 */
class OAuthTokenKeyMigrationTest {

  static Stream<String> databases() {
    return Stream.concat(Stream.of(TestDatabases.h2()), TestDatabases.postgres().stream());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aTokenKeptUnderItsBareDigestIsFoundAfterMigrating(String url) throws Exception {
    Flyway.configure().dataSource(url, null, null).target("13").load().migrate();
    String oldKey = TokenDigests.sha256("a".repeat(43));
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO api_client (id, project_key, name, secret_hash, scopes, created_at)"
              + " VALUES ('c1', 'p', 'client', 'hash', 'manage_project:p', CURRENT_TIMESTAMP)");
      statement.execute(
          "INSERT INTO oauth_token (digest, kind, client_id, project_key, scopes, expires_at,"
              + " created_at) VALUES ('"
              + oldKey
              + "', 'ACCESS', 'c1', 'p', 'manage_project:p', TIMESTAMP WITH TIME ZONE"
              + " '2030-01-01 00:00:00+00', CURRENT_TIMESTAMP)");
    }

    try (Database database = TestDatabases.open(url)) {
      JdbiOAuthTokenRepository tokens = new JdbiOAuthTokenRepository(database.jdbi());
      OAuthToken stamped =
          new OAuthToken(
              "18c12345678" + TokenDigests.sha256("b".repeat(43)),
              OAuthToken.Kind.ACCESS,
              "c1",
              "p",
              List.of("manage_project:p"),
              null,
              null,
              null,
              Instant.parse("2030-01-01T00:00:00Z"),
              Instant.parse("2026-12-01T00:00:00Z"));
      tokens.insert(stamped);

      assertThat(tokens.findByDigest(oldKey)).map(OAuthToken::clientId).contains("c1");
      assertThat(tokens.findByDigest(stamped.digest())).contains(stamped);
    }
  }
}
