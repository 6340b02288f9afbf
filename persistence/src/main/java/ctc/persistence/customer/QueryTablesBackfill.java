package ctc.persistence.customer;

import ctc.persistence.Documents;
import org.jdbi.v3.core.Handle;

/** Fills the query side tables of the customers stored before they existed; called once by migration V6. */
public final class QueryTablesBackfill {

  private QueryTablesBackfill() {}

  public static void run(Handle handle) {
    SearchRows.fillAll(handle, new Documents());
  }
}
