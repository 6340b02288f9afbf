package ctc.domain.common;

import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;

/** How a path names a resource: by id or by key. */
public sealed interface ResourceRef {

  CommercetoolsException notFound();

  record ById(String id) implements ResourceRef {
    public CommercetoolsException notFound() {
      return Errors.notFoundById(id);
    }
  }

  record ByKey(String key) implements ResourceRef {
    public CommercetoolsException notFound() {
      return Errors.notFoundByKey(key);
    }
  }
}
