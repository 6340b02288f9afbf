package ctc.domain.resource;

import ctc.domain.update.Versioned;

/**
 * A versioned resource that customers may reference by id or key: a store, customer group or type.
 */
public interface KeyedResource<R> extends Versioned<R> {

  String key();
}
