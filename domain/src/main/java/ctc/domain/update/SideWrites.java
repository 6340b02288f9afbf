package ctc.domain.update;

/**
 * Writes that belong to a change and commit or roll back with it: {@code before} runs ahead of its
 * save (claiming a single-use token, so that of two racing requests the second finds it gone),
 * {@code after} behind it.
 */
public record SideWrites(Runnable before, Runnable after) {

  public static final SideWrites NONE = new SideWrites(() -> {}, () -> {});

  public static SideWrites after(Runnable after) {
    return new SideWrites(NONE.before(), after);
  }
}
