package ctc.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void defaultsFollowTheOperationsConventions() {
    AppConfig config = AppConfig.fromEnvironment(Map.of());

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.dataDir()).isEqualTo("./data");
    assertThat(config.dbUrl()).isNull();
    assertThat(config.bcryptCost()).isEqualTo(10);
    assertThat(config.defaultProjectKey()).isEqualTo("default");
  }

  @Test
  void environmentVariablesOverrideTheDefaults() {
    AppConfig config =
        AppConfig.fromEnvironment(
            Map.of(
                "PORT",
                "9000",
                "DATA_DIR",
                "/tmp/x",
                "DB_URL",
                "jdbc:postgresql://db/x",
                "DB_USER",
                "u",
                "DB_PASSWORD",
                "p",
                "DB_POOL_SIZE",
                "3",
                "BCRYPT_COST",
                "12",
                "DEFAULT_PROJECT_KEY",
                "shop",
                "ADMIN_CLIENT_ID",
                "admin",
                "ADMIN_CLIENT_SECRET",
                "s3cret"));

    assertThat(config)
        .isEqualTo(
            new AppConfig(
                9000,
                "/tmp/x",
                "jdbc:postgresql://db/x",
                "u",
                "p",
                3,
                12,
                "shop",
                "admin",
                "s3cret",
                4,
                2000,
                true,
                new AppConfig.Search("/tmp/x/search", true, 5000, false)));
  }

  @Test
  void searchIsOnByDefaultWithItsIndexUnderTheDataDirectory() {
    AppConfig.Search search = AppConfig.fromEnvironment(Map.of("DATA_DIR", "/srv/d")).search();
    assertThat(search).isEqualTo(new AppConfig.Search("/srv/d/search", true, 5000, false));
    assertThat(
            AppConfig.fromEnvironment(
                    Map.of(
                        "SEARCH_DIR",
                        "/idx",
                        "SEARCH_ENABLED",
                        "false",
                        "SEARCH_TIMEOUT_MS",
                        "50",
                        "SEARCH_REBUILD",
                        "true"))
                .search())
        .isEqualTo(new AppConfig.Search("/idx", false, 50, true));
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SEARCH_ENABLED", "no")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void messagesAreOnByDefaultAndOffOnlyWhenFalse() {
    assertThat(AppConfig.fromEnvironment(Map.of()).messagesEnabled()).isTrue();
    assertThat(AppConfig.fromEnvironment(Map.of("MESSAGES_ENABLED", "FALSE")).messagesEnabled())
        .isFalse();
    assertThat(AppConfig.fromEnvironment(Map.of("MESSAGES_ENABLED", "True")).messagesEnabled())
        .isTrue();
  }

  @Test
  void anyOtherMessagesEnabledValueRefusesToStartNamingTheVariable() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MESSAGES_ENABLED", "yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MESSAGES_ENABLED");
  }

  @Test
  void queriesHaveTheirOwnPoolAndTimeout() {
    AppConfig config =
        AppConfig.fromEnvironment(Map.of("DB_QUERY_POOL_SIZE", "2", "QUERY_TIMEOUT_MS", "750"));

    assertThat(config.queryPoolSize()).isEqualTo(2);
    assertThat(config.queryTimeoutMillis()).isEqualTo(750);
  }

  @Test
  void toStringShowsNeitherTheDatabasePasswordNorTheClientSecret() {
    AppConfig config =
        AppConfig.fromEnvironment(
            Map.of(
                "DB_PASSWORD",
                "db-pass-123",
                "ADMIN_CLIENT_SECRET",
                "admin-secret-456",
                "ADMIN_CLIENT_ID",
                "admin"));

    assertThat(config.toString())
        .contains("admin")
        .doesNotContain("db-pass-123")
        .doesNotContain("admin-secret-456");
  }

  @Test
  void aNonNumericNumberIsRefusedWithItsName() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PORT", "eighty")))
        .hasMessageContaining("PORT");
  }
}
