package ctc.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module layering of the README's Design section, checked on the compiled classes: the domain
 * depends on nothing but the JDK, persistence never on the app, and the app reaches the database
 * only through domain ports and the persistence module's own types, never through JDBC, Jdbi, H2,
 * HikariCP or Flyway directly; Lucene is used by the search index's package only.
 */
class LayeringTest {

  /** The modules' main classes: not their tests, which reach the app through its test jars too. */
  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(
              location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
          .importPackages("ctc");

  @Test
  void theDomainDependsOnTheJdkAndItselfOnly() {
    noClasses()
        .that()
        .resideInAPackage("ctc.domain..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("ctc.domain..", "java..")
        .check(MAIN_CLASSES);
  }

  @Test
  void persistenceDoesNotDependOnTheApp() {
    noClasses()
        .that()
        .resideInAPackage("ctc.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("ctc.app..")
        .check(MAIN_CLASSES);
  }

  @Test
  void theAppReachesTheDatabaseOnlyThroughPortsAndPersistenceTypes() {
    noClasses()
        .that()
        .resideInAPackage("ctc.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "javax.sql..",
            "org.jdbi..",
            "org.h2..",
            "com.zaxxer..",
            "org.flywaydb..",
            "org.postgresql..")
        .check(MAIN_CLASSES);
  }

  /**
   * The search engine stays behind the index port: the query language is parsed in the domain and
   * only the index's package translates it to Lucene (so that another engine replaces one package).
   */
  @Test
  void onlyTheSearchIndexUsesLucene() {
    noClasses()
        .that()
        .resideOutsideOfPackage("ctc.persistence.search..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(MAIN_CLASSES);
  }

  @Test
  void theDomainDoesNotDependOnPersistenceOrTheApp() {
    noClasses()
        .that()
        .resideInAPackage("ctc.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("ctc.persistence..", "ctc.app..")
        .check(MAIN_CLASSES);
  }
}
