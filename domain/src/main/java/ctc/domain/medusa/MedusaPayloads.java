package ctc.domain.medusa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the facade's request bodies (contract §3.3, §5) from plain JSON-like Java values, with
 * Medusa v1's validation rules and class-validator wording (#20): strict types, unknown properties
 * refused, several messages joined with {@code ", "}. Pure.
 */
public final class MedusaPayloads {

  /** The Customers API's password length (contract #30). */
  static final int MAX_PASSWORD = 1024;

  private static final Pattern EMAIL =
      Pattern.compile(
          "^[^\\s@\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** The string fields of an address payload, in Medusa's order. */
  static final List<String> ADDRESS_FIELDS =
      List.of(
          "first_name",
          "last_name",
          "phone",
          "company",
          "address_1",
          "address_2",
          "city",
          "country_code",
          "province",
          "postal_code");

  private static final Set<String> REQUIRED_ON_CREATE =
      Set.of("first_name", "last_name", "address_1", "city", "country_code", "postal_code");

  private MedusaPayloads() {}

  /** {@code {email, password}} of POST /auth and /auth/token. */
  public record Credentials(String email, String password) {}

  /** StorePostCustomersReq. */
  public record Registration(
      String email, String password, String firstName, String lastName, String phone) {}

  /**
   * An address payload: the string fields it names (a null value clears the field) and, when {@code
   * hasMetadata}, its metadata (null clears it).
   */
  public record AddressInput(
      Map<String, String> fields, boolean hasMetadata, Map<String, Object> metadata) {
    public AddressInput {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public boolean has(String field) {
      return fields.containsKey(field);
    }

    public String get(String field) {
      return fields.get(field);
    }
  }

  /**
   * StorePostCustomersCustomerReq: {@code present} names the properties the body had. {@code
   * billingAddress} is an {@link AddressInput}, an address id, or null.
   */
  public record ProfileUpdate(
      Set<String> present,
      String firstName,
      String lastName,
      String email,
      String password,
      String phone,
      Map<String, Object> metadata,
      Object billingAddress) {
    public boolean has(String field) {
      return present.contains(field);
    }
  }

  /** {@code {email, token, password}} of POST /customers/password-reset. */
  public record PasswordReset(String email, String token, String password) {}

  public static Credentials credentials(Map<String, Object> body) {
    Check check = new Check(body, Set.of("email", "password"));
    String email = check.email("email");
    String password = check.nonEmptyString("password");
    check.done();
    return new Credentials(email, password);
  }

  public static Registration registration(Map<String, Object> body) {
    Check check = new Check(body, Set.of("email", "password", "first_name", "last_name", "phone"));
    String firstName = check.requiredString("first_name");
    String lastName = check.requiredString("last_name");
    String email = check.email("email");
    String password = check.password("password");
    String phone = check.optionalString("phone");
    check.done();
    return new Registration(email, password, firstName, lastName, phone);
  }

  public static String email(Map<String, Object> body) {
    Check check = new Check(body, Set.of("email"));
    String email = check.email("email");
    check.done();
    return email;
  }

  public static PasswordReset passwordReset(Map<String, Object> body) {
    Check check = new Check(body, Set.of("email", "token", "password"));
    String email = check.email("email");
    String token = check.requiredString("token");
    String password = check.password("password");
    check.done();
    return new PasswordReset(email, token, password);
  }

  public static ProfileUpdate profileUpdate(Map<String, Object> body) {
    Check check =
        new Check(
            body,
            Set.of(
                "first_name",
                "last_name",
                "email",
                "password",
                "phone",
                "metadata",
                "billing_address"));
    String firstName = check.optionalString("first_name");
    String lastName = check.optionalString("last_name");
    String email = body.containsKey("email") ? check.email("email") : null;
    String password = check.optionalString("password");
    if (password != null && password.length() > MAX_PASSWORD) {
      check.error("password must be shorter than or equal to " + MAX_PASSWORD + " characters");
    }
    String phone = check.optionalString("phone");
    Map<String, Object> metadata = check.optionalObject("metadata");
    Object billing = null;
    if (body.containsKey("billing_address")) {
      Object value = body.get("billing_address");
      if (value instanceof String id) {
        billing = id;
      } else if (value instanceof Map<?, ?> map) {
        billing = address(check, cast(map), false);
      } else if (value != null) {
        check.error("billing_address must be an address object or an address id");
      }
    }
    check.done();
    return new ProfileUpdate(
        new LinkedHashSet<>(body.keySet()),
        firstName,
        lastName,
        email,
        password,
        phone,
        metadata,
        billing);
  }

  /** The body of POST /customers/me/addresses: {@code {"address": AddressCreatePayload}}. */
  public static AddressInput addressCreate(Map<String, Object> body) {
    Check check = new Check(body, Set.of("address"));
    Object value = body.get("address");
    AddressInput address = null;
    if (value == null) {
      check.error("address should not be empty");
    } else if (value instanceof Map<?, ?> map) {
      address = address(check, cast(map), true);
    } else {
      check.error("nested property address must be either object or array");
    }
    check.done();
    return address;
  }

  /**
   * The body of POST /customers/me/addresses/{id}: a flat AddressPayload, or [S3]'s {@code
   * {"address": {...}}} when that is its only property (contract #23).
   */
  public static AddressInput addressUpdate(Map<String, Object> body) {
    Map<String, Object> fields = body;
    if (body.size() == 1 && body.get("address") instanceof Map<?, ?> wrapped) {
      fields = cast(wrapped);
    }
    Check check = new Check(fields, Set.of());
    AddressInput address = address(check, fields, false);
    check.done();
    return address;
  }

  /** limit or offset of GET /customers/me/orders: a non-negative integer, or the default. */
  public static int paging(String name, String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // falls through to the validation message
    }
    throw MedusaException.invalidData(
        name + " must be a number conforming to the specified constraints");
  }

  /** Whether the text is an email address as Medusa's {@code @IsEmail} accepts it. */
  public static boolean isEmail(String value) {
    return value != null && value.length() <= 320 && EMAIL.matcher(value).matches();
  }

  private static AddressInput address(Check parent, Map<String, Object> map, boolean create) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name : map.keySet()) {
      if (!ADDRESS_FIELDS.contains(name) && !name.equals("metadata")) {
        parent.error("property " + name + " should not exist");
      }
    }
    for (String name : ADDRESS_FIELDS) {
      boolean present = map.containsKey(name);
      Object value = map.get(name);
      if (create && REQUIRED_ON_CREATE.contains(name) && value == null) {
        parent.error(name + " must be a string");
        continue;
      }
      if (!present) {
        continue;
      }
      if (value != null && !(value instanceof String)) {
        parent.error(name + " must be a string");
        continue;
      }
      if (name.equals("country_code")) {
        String code = (String) value;
        if (code == null || !COUNTRIES.contains(code.toUpperCase(Locale.ROOT))) {
          parent.error("country_code must be a valid ISO 3166-1 alpha-2 country code");
          continue;
        }
      }
      fields.put(name, (String) value);
    }
    boolean hasMetadata = map.containsKey("metadata");
    Object metadata = map.get("metadata");
    if (metadata != null && !(metadata instanceof Map)) {
      parent.error("metadata must be an object");
    }
    return new AddressInput(
        fields,
        hasMetadata && !(create && metadata == null),
        metadata instanceof Map<?, ?> m ? cast(m) : null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  /** Collects the messages of one body, checked field by field, and raises them together. */
  private static final class Check {
    private final Map<String, Object> body;
    private final List<String> errors = new ArrayList<>();

    Check(Map<String, Object> body, Set<String> known) {
      this.body = body;
      if (!known.isEmpty()) {
        for (String name : body.keySet()) {
          if (!known.contains(name)) {
            errors.add("property " + name + " should not exist");
          }
        }
      }
    }

    void error(String message) {
      errors.add(message);
    }

    String email(String name) {
      Object value = body.get(name);
      if (value instanceof String text && isEmail(text)) {
        return text;
      }
      errors.add(name + " must be an email");
      return null;
    }

    String nonEmptyString(String name) {
      Object value = body.get(name);
      if (value == null || "".equals(value)) {
        errors.add(name + " should not be empty");
        return null;
      }
      if (!(value instanceof String text)) {
        errors.add(name + " must be a string");
        return null;
      }
      return text;
    }

    String password(String name) {
      String text = nonEmptyString(name);
      if (text != null && text.length() > MAX_PASSWORD) {
        errors.add(name + " must be shorter than or equal to " + MAX_PASSWORD + " characters");
        return null;
      }
      return text;
    }

    String requiredString(String name) {
      Object value = body.get(name);
      if (!(value instanceof String text)) {
        errors.add(name + " must be a string");
        return null;
      }
      return text;
    }

    String optionalString(String name) {
      Object value = body.get(name);
      if (value == null) {
        return null;
      }
      if (!(value instanceof String text)) {
        errors.add(name + " must be a string");
        return null;
      }
      return text;
    }

    Map<String, Object> optionalObject(String name) {
      Object value = body.get(name);
      if (value == null) {
        return null;
      }
      if (!(value instanceof Map<?, ?> map)) {
        errors.add(name + " must be an object");
        return null;
      }
      return cast(map);
    }

    void done() {
      if (!errors.isEmpty()) {
        throw MedusaException.invalidData(String.join(", ", errors));
      }
    }
  }
}
