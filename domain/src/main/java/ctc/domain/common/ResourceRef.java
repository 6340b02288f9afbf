package ctc.domain.common;

import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.Errors;

/** How a path names a resource: by id or by key. */
public sealed interface ResourceRef {

  CommercetoolsException notFound();

  /** The id of the identifier when it has one, otherwise its key. */
  static ResourceRef of(ResourceIdentifier identifier) {
    return identifier.id() != null ? new ById(identifier.id()) : new ByKey(identifier.key());
  }

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
