package ctc.domain.group;

import static ctc.domain.common.Required.require;

import ctc.domain.common.Keys;

/** The customer group update actions served here. */
public sealed interface CustomerGroupUpdateAction {

  record ChangeName(String name) implements CustomerGroupUpdateAction {
    public ChangeName {
      require(name, "name");
    }
  }

  /** An absent key removes it. */
  record SetKey(String key) implements CustomerGroupUpdateAction {
    public SetKey {
      Keys.requireValid("key", key);
    }
  }
}
