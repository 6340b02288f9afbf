package db.migration;

import ctc.persistence.customer.QueryTablesBackfill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Gives the customers stored before V5 their query rows: the rows are derived from the JSON document, which only
 * Java can read portably, so this step is code rather than SQL. Runs in Flyway's transaction.
 */
public class V6__fill_query_tables extends BaseJavaMigration {

  @Override
  public void migrate(Context context) {
    // Not closed: closing the handle would close Flyway's connection, which Flyway still needs.
    Handle handle = Jdbi.create(context.getConnection()).installPlugin(new SqlObjectPlugin()).open();
    QueryTablesBackfill.run(handle);
  }
}
