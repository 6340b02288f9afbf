package ctc.domain.customer;

import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;

/** How a path names a customer: by id or by key. */
public sealed interface CustomerRef {

  CommercetoolsException notFound();

  record ById(String id) implements CustomerRef {
    public CommercetoolsException notFound() {
      return Errors.notFoundById(id);
    }
  }

  record ByKey(String key) implements CustomerRef {
    public CommercetoolsException notFound() {
      return Errors.notFoundByKey(key);
    }
  }
}
