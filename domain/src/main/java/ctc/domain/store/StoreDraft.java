package ctc.domain.store;

import static ctc.domain.common.Required.elements;
import static ctc.domain.common.Required.require;

import ctc.domain.common.Keys;
import ctc.domain.common.LocalizedStrings;
import java.util.List;
import java.util.Map;

/** The body of POST /stores: a required key, an optional localized name and languages. */
public record StoreDraft(String key, Map<String, String> name, List<String> languages) {

  public StoreDraft {
    Keys.requireValid("key", require(key, "key"));
    name = LocalizedStrings.copy(name, "name");
    languages = elements(languages, "languages");
  }
}
