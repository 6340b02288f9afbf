package ctc.persistence.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ctc.domain.customer.Customer;

/** Maps a Customer to and from the JSON document column; the stored form keeps the password hash. */
final class CustomerDocuments {

  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  String write(Customer customer) {
    try {
      return mapper.writeValueAsString(customer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Customer " + customer.id() + " cannot be written as JSON", e);
    }
  }

  Customer read(String document) {
    try {
      return mapper.readValue(document, Customer.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored customer document cannot be read", e);
    }
  }
}
