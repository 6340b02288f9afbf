package ctc.domain.search;

/**
 * One sort criterion (contract §5): a field, or the relevance when {@code field} is null; the
 * multi-value mode is already defaulted.
 */
public record SearchSort(
    SearchField field, boolean descending, Mode mode, String language, String fieldType) {

  /** Which value of a multi-valued field counts. */
  public enum Mode {
    MIN,
    MAX,
    AVG,
    SUM
  }

  public boolean byScore() {
    return field == null;
  }
}
