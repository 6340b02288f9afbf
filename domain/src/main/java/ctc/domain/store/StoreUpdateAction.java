package ctc.domain.store;

import static ctc.domain.common.Required.elements;

import ctc.domain.common.LocalizedStrings;
import java.util.List;
import java.util.Map;

/** The store update actions served here. */
public sealed interface StoreUpdateAction {

  /** An absent name removes it. */
  record SetName(Map<String, String> name) implements StoreUpdateAction {
    public SetName {
      name = LocalizedStrings.copy(name, "name");
    }
  }

  record SetLanguages(List<String> languages) implements StoreUpdateAction {
    public SetLanguages {
      languages = elements(languages, "languages");
    }
  }
}
