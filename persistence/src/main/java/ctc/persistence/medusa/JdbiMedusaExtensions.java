package ctc.persistence.medusa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import ctc.domain.medusa.MedusaExtension;
import ctc.domain.medusa.MedusaExtensions;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The Medusa facade's extension records in {@code medusa_customer_extension}, one JSON document per
 * customer; joins the caller's transaction when there is one. Thread-safe.
 */
public final class JdbiMedusaExtensions implements MedusaExtensions {

  private final Jdbi jdbi;

  /**
   * Keeps nulls inside metadata (a key set to null is a value Medusa shows) and reads decimals as
   * BigDecimal, as the facade reads request bodies, so that a stored value equals the one sent.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  public JdbiMedusaExtensions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<MedusaExtension> find(String projectKey, String customerId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT document FROM medusa_customer_extension"
                        + " WHERE customer_id = :id AND project_key = :project")
                .bind("id", customerId)
                .bind("project", projectKey)
                .mapTo(String.class)
                .findOne()
                .map(JdbiMedusaExtensions::read));
  }

  @Override
  public void save(String projectKey, String customerId, MedusaExtension extension) {
    jdbi.useHandle(
        handle -> {
          if (extension.keepsNothing()) {
            handle
                .createUpdate(
                    "DELETE FROM medusa_customer_extension"
                        + " WHERE customer_id = :id AND project_key = :project")
                .bind("id", customerId)
                .bind("project", projectKey)
                .execute();
            return;
          }
          String document = write(extension);
          int updated =
              handle
                  .createUpdate(
                      "UPDATE medusa_customer_extension SET document = :document"
                          + " WHERE customer_id = :id AND project_key = :project")
                  .bind("document", document)
                  .bind("id", customerId)
                  .bind("project", projectKey)
                  .execute();
          if (updated == 0) {
            handle
                .createUpdate(
                    "INSERT INTO medusa_customer_extension (customer_id, project_key, document)"
                        + " VALUES (:id, :project, :document)")
                .bind("id", customerId)
                .bind("project", projectKey)
                .bind("document", document)
                .execute();
          }
        });
  }

  private static MedusaExtension read(String document) {
    try {
      return MAPPER.readValue(document, MedusaExtension.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored Medusa extension document cannot be read", e);
    }
  }

  private static String write(MedusaExtension extension) {
    try {
      return MAPPER.writeValueAsString(extension);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A Medusa extension cannot be written as JSON", e);
    }
  }
}
