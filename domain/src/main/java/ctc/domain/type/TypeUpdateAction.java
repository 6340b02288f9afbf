package ctc.domain.type;

import static ctc.domain.common.Required.require;

import ctc.domain.common.LocalizedStrings;
import java.util.Map;

/** The type update actions served here. */
public sealed interface TypeUpdateAction {

  record ChangeName(Map<String, String> name) implements TypeUpdateAction {
    public ChangeName {
      name = LocalizedStrings.copy(require(name, "name"), "name");
    }
  }
}
