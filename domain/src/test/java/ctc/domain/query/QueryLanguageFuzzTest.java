package ctc.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ctc.domain.error.CommercetoolsException;
import ctc.domain.error.ErrorObject.InvalidInputError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Throws thousands of random and mutated predicates at the parser: each either parses or fails with
 * a 400 InvalidInput, never with any other exception (no StackOverflowError, no IndexOutOfBounds,
 * no NumberFormat…).
 */
class QueryLanguageFuzzTest {

  private static final long SEED = 20240531L;

  private static final List<String> VALID =
      List.of(
          "email = \"jane@example.com\"",
          "lowercaseEmail = :e",
          "version >= 3 and version < 10",
          "version <> 2.5e1 or version != -1",
          "isEmailVerified = true",
          "dateOfBirth <= \"1980-02-29\"",
          "createdAt > \"2024-01-02T03:04:05.000Z\" and lastModifiedAt < \"2024-01-02T05:04:05+02:00\"",
          "key in (\"a\", \"b\") and key not in :keys",
          "shippingAddressIds contains any (\"a1\", \"a2\")",
          "billingAddressIds contains all :keys",
          "billingAddressIds is empty or shippingAddressIds is not empty",
          "middleName is defined and customerGroup is not defined",
          "addresses is not empty",
          "not (email = \"a\" or key = \"b\") and (firstName = \"x\" or lastName = \"y\")",
          "addresses(city = \"Berlin\" and country = \"DE\")",
          "addresses(custom(fields(x = 1 and y contains any (\"a\"))))",
          "stores(key = \"b2c\")",
          "customerGroup(id = :e)",
          "customerGroupAssignments(customerGroup(id = \"g\"))",
          "custom(fields(myField = \"x\" or flag = false or n in (1, 2) or tags is empty or v is defined))",
          "custom(type(id = \"t\"))",
          "companyName = \"a \\\"quoted\\\" \\\\ \\u00e9 \\n text\"",
          "version in :n",
          "isEmailVerified = :b",
          "NOT(key IN (\"x\")) AND email Is Not Defined");

  private static final List<String> VOCABULARY =
      List.of(
          "and",
          "or",
          "not",
          "in",
          "contains",
          "any",
          "all",
          "is",
          "empty",
          "defined",
          "true",
          "false",
          "AND",
          "Or",
          "(",
          ")",
          ",",
          "=",
          "!=",
          "<>",
          "<",
          "<=",
          ">",
          ">=",
          "!",
          ":",
          ":e",
          ":keys",
          ":n",
          ":missing",
          "\"",
          "\"x\"",
          "\"\\",
          "\\u",
          "1",
          "-",
          "-1.5e3",
          "1e999999999999",
          ".",
          "e",
          "email",
          "version",
          "addresses",
          "custom",
          "fields",
          "stores",
          "customerGroup",
          "password",
          "shippingAddressIds",
          "dateOfBirth",
          "createdAt",
          "isEmailVerified",
          "city",
          "key",
          "id",
          " ",
          "\t",
          "\n",
          "(((",
          ")))",
          "not(",
          "x(");

  private static final String GRAMMAR_CHARS = "()=!<>,:\"\\ -.eE0123456789aZ_\t\n";

  private static final Map<String, List<String>> VARIABLES =
      Map.of(
          "e", List.of("jane@example.com"),
          "keys", List.of("a", "b"),
          "n", List.of("1", "2"),
          "b", List.of("true"));

  private final QueryLanguageParser parser = new QueryLanguageParser();
  private final Random random = new Random(SEED);

  @Test
  void theSeedPredicatesAllParse() {
    for (String where : VALID) {
      assertThat(parser.parse(where, VARIABLES))
          .as(where)
          .isNotNull()
          .isNotInstanceOf(Where.All.class);
    }
  }

  @Test
  void mutatedPredicatesParseOrFailWithInvalidInput() {
    int parsed = 0;
    for (int i = 0; i < 6_000; i++) {
      String where = VALID.get(random.nextInt(VALID.size()));
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        where = mutate(where);
      }
      parsed += check(where) ? 1 : 0;
    }
    assertThat(parsed).as("some mutants still parse").isPositive();
  }

  @Test
  void randomTokenSequencesParseOrFailWithInvalidInput() {
    for (int i = 0; i < 3_000; i++) {
      StringBuilder where = new StringBuilder();
      int tokens = random.nextInt(25);
      for (int t = 0; t < tokens; t++) {
        where
            .append(VOCABULARY.get(random.nextInt(VOCABULARY.size())))
            .append(random.nextBoolean() ? " " : "");
      }
      check(where.toString());
    }
  }

  @Test
  void randomCharactersParseOrFailWithInvalidInput() {
    for (int i = 0; i < 2_000; i++) {
      StringBuilder where = new StringBuilder();
      int length = random.nextInt(40);
      for (int c = 0; c < length; c++) {
        where.append(randomChar());
      }
      check(where.toString());
    }
  }

  @Test
  void hostileShapesFailWithInvalidInput() {
    List<String> hostile = new ArrayList<>();
    for (String unit :
        List.of("(", "not(", "addresses(", "custom(fields(", "\"", "\\", ":", "-", "1e", ")")) {
      hostile.add(unit.repeat(QueryLanguageParser.MAX_LENGTH / unit.length()));
      hostile.add(unit.repeat(QueryLanguageParser.MAX_LENGTH / unit.length() + 1));
    }
    hostile.add("key in (" + "\"a\",".repeat(2_000) + "\"a\")");
    hostile.add("email = \"" + "\\u0000".repeat(1_600) + "\"");
    hostile.add("version = " + "9".repeat(9_000));
    hostile.forEach(this::check);
  }

  /**
   * True when the predicate parsed; fails the test on anything but a 400 InvalidInput for the where
   * parameter.
   */
  private boolean check(String where) {
    try {
      Where result = parser.parse(where, VARIABLES);
      assertThat(result).as("result of [%s]", where).isNotNull().isNotInstanceOf(Where.All.class);
      return true;
    } catch (CommercetoolsException e) {
      if (e.statusCode() != 400
          || !(e.error() instanceof InvalidInputError)
          || !e.getMessage().startsWith("Malformed parameter: where: ")) {
        fail("[" + where + "] failed with " + e.statusCode() + " " + e.error(), e);
      }
      return false;
    } catch (Throwable e) {
      fail("[" + where + "] threw " + e, e);
      return false;
    }
  }

  private String mutate(String where) {
    if (where.isEmpty()) {
      return VOCABULARY.get(random.nextInt(VOCABULARY.size()));
    }
    int at = random.nextInt(where.length() + 1);
    int end = Math.min(where.length(), at + 1 + random.nextInt(6));
    int from = Math.min(at, where.length());
    return switch (random.nextInt(8)) {
      case 0 -> where.substring(0, from) + where.substring(Math.min(where.length(), from + 1));
      case 1 -> where.substring(0, from) + randomChar() + where.substring(from);
      case 2 ->
          where.substring(0, from)
              + randomChar()
              + where.substring(Math.min(where.length(), from + 1));
      case 3 -> where.substring(0, from);
      case 4 -> where.substring(0, end) + where.substring(from, end) + where.substring(end);
      case 5 ->
          where.substring(0, from)
              + " "
              + VOCABULARY.get(random.nextInt(VOCABULARY.size()))
              + " "
              + where.substring(from);
      case 6 -> duplicateToken(where);
      default -> where.substring(0, from) + where.substring(end);
    };
  }

  private String duplicateToken(String where) {
    String[] words = where.split(" ");
    int i = random.nextInt(words.length);
    List<String> out = new ArrayList<>(List.of(words));
    out.add(i, words[i]);
    return String.join(" ", out);
  }

  private char randomChar() {
    return switch (random.nextInt(4)) {
      case 0 -> GRAMMAR_CHARS.charAt(random.nextInt(GRAMMAR_CHARS.length()));
      case 1 -> (char) (32 + random.nextInt(95));
      case 2 -> (char) random.nextInt(0x800);
      default -> (char) random.nextInt(0x10000);
    };
  }
}
