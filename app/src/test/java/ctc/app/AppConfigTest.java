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
                20_000,
                AppConfig.Messages.DEFAULTS,
                AppConfig.Medusa.OFF,
                AppConfig.Operations.DEFAULTS,
                new AppConfig.Search("/tmp/x/search", true, 5000, false)));
  }

  @Test
  void messageRetentionIsFifteenDaysUnlessSetWithinOneToNinety() {
    assertThat(AppConfig.fromEnvironment(Map.of()).messages().retentionDays()).isEqualTo(15);
    assertThat(
            AppConfig.fromEnvironment(Map.of("MESSAGES_RETENTION_DAYS", "1"))
                .messages()
                .retentionDays())
        .isEqualTo(1);
    assertThat(
            AppConfig.fromEnvironment(Map.of("MESSAGES_RETENTION_DAYS", "90"))
                .messages()
                .retentionDays())
        .isEqualTo(90);
    for (String refused : new String[] {"0", "91", "-3", "ten"}) {
      assertThatThrownBy(
              () -> AppConfig.fromEnvironment(Map.of("MESSAGES_RETENTION_DAYS", refused)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("MESSAGES_RETENTION_DAYS");
    }
  }

  @Test
  void theMessagesKeyIsNeverShown() {
    AppConfig config = AppConfig.fromEnvironment(Map.of("MESSAGES_KEY", "c2VjcmV0LWtleQ"));

    assertThat(config.messages().key()).isEqualTo("c2VjcmV0LWtleQ");
    assertThat(config.toString()).doesNotContain("c2VjcmV0LWtleQ");
  }

  @Test
  void metricsTokenAndShutdownTimesComeFromTheEnvironment() {
    AppConfig config =
        AppConfig.fromEnvironment(
            Map.of(
                "METRICS_TOKEN",
                "scrape-me",
                "SHUTDOWN_DELAY_MS",
                "5000",
                "SHUTDOWN_TIMEOUT_MS",
                "7000"));

    assertThat(config.operations().metricsToken()).isEqualTo("scrape-me");
    assertThat(config.operations().shutdownDelayMillis()).isEqualTo(5000);
    assertThat(config.operations().shutdownTimeoutMillis()).isEqualTo(7000);
  }

  @Test
  void theWarmupAndTheCacheSizeAreBounded() {
    AppConfig defaults = AppConfig.fromEnvironment(Map.of());
    assertThat(defaults.operations().warmupMillis()).isEqualTo(30_000);
    assertThat(defaults.cacheEntries()).isEqualTo(20_000);
    AppConfig set = AppConfig.fromEnvironment(Map.of("WARMUP_MS", "0", "CACHE_ENTRIES", "0"));
    assertThat(set.operations().warmupMillis()).isZero();
    assertThat(set.cacheEntries()).isZero();
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("WARMUP_MS", "60001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WARMUP_MS");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("CACHE_ENTRIES", "-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CACHE_ENTRIES");
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
    assertThat(AppConfig.fromEnvironment(Map.of()).messages().enabled()).isTrue();
    assertThat(AppConfig.fromEnvironment(Map.of("MESSAGES_ENABLED", "FALSE")).messages().enabled())
        .isFalse();
    assertThat(AppConfig.fromEnvironment(Map.of("MESSAGES_ENABLED", "True")).messages().enabled())
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
  void toStringShowsNoDatabasePasswordClientSecretOrMetricsToken() {
    AppConfig config =
        AppConfig.fromEnvironment(
            Map.of(
                "DB_PASSWORD",
                "db-pass-123",
                "ADMIN_CLIENT_SECRET",
                "admin-secret-456",
                "METRICS_TOKEN",
                "metrics-secret-789",
                "ADMIN_CLIENT_ID",
                "admin"));

    assertThat(config.toString())
        .contains("admin")
        .doesNotContain("db-pass-123")
        .doesNotContain("admin-secret-456")
        .doesNotContain("metrics-secret-789");
  }

  @Test
  void aNonNumericNumberIsRefusedWithItsName() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PORT", "eighty")))
        .hasMessageContaining("PORT");
  }
}
