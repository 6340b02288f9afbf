package ctc.domain.group;

import static ctc.domain.common.Required.require;

import ctc.domain.common.Keys;

/** The body of POST /customer-groups: the group name is required, the key optional. */
public record CustomerGroupDraft(String key, String groupName) {

  public CustomerGroupDraft {
    Keys.requireValid("key", key);
    require(groupName, "groupName");
  }
}
