package ctc.persistence.customer;

import ctc.domain.customer.Customer;
import ctc.domain.customer.EmailUniqueness;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The column values of one customer row, bound by name into the DAO's statements (public for Jdbi's binder). */
public record CustomerRow(
    String id,
    String projectKey,
    long version,
    String key,
    String email,
    String lowercaseEmail,
    String customerNumber,
    String externalId,
    String firstName,
    String lastName,
    String middleName,
    String title,
    String salutation,
    LocalDate dateOfBirth,
    String companyName,
    String vatId,
    boolean isEmailVerified,
    String locale,
    String authenticationMode,
    String defaultShippingAddressId,
    String defaultBillingAddressId,
    OffsetDateTime createdAt,
    OffsetDateTime lastModifiedAt,
    String customerGroupId,
    String customTypeId,
    String document) {

  static CustomerRow of(String projectKey, Customer c, String document) {
    return new CustomerRow(
        c.id(), projectKey, c.version(), c.key(), c.email(), EmailUniqueness.normalize(c.email()),
        c.customerNumber(), c.externalId(), c.firstName(), c.lastName(), c.middleName(), c.title(), c.salutation(),
        c.dateOfBirth(), c.companyName(), c.vatId(), c.isEmailVerified(), c.locale(), c.authenticationMode().name(),
        c.defaultShippingAddressId(), c.defaultBillingAddressId(), c.createdAt().atOffset(ZoneOffset.UTC),
        c.lastModifiedAt().atOffset(ZoneOffset.UTC), c.customerGroup() == null ? null : c.customerGroup().id(),
        c.custom() == null ? null : c.custom().type().id(), document);
  }
}
