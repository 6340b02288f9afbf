package ctc.domain.common;

/** A reference by key, as customers keep their stores: {@code {"typeId":"store","key":"…"}}. */
public record KeyReference(String typeId, String key) {

  public static KeyReference store(String key) {
    return new KeyReference(ResourceKind.STORE.typeId(), key);
  }
}
