-- What nested query predicates need (contract §F), kept beside the customer document and rewritten with it:
-- addresses(…), shippingAddressIds/billingAddressIds, customerGroup(…), customerGroupAssignments(…) and
-- custom(fields(…)) of customers and addresses. stores(…) uses customer_store.
ALTER TABLE customer ADD COLUMN customer_group_id VARCHAR(36);
ALTER TABLE customer ADD COLUMN custom_type_id VARCHAR(36);
CREATE INDEX customer_group_idx ON customer (project_key, customer_group_id);

CREATE TABLE customer_address (
  customer_id             VARCHAR(36) NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  address_id              VARCHAR(8)  NOT NULL,
  address_key             VARCHAR(256),
  title                   VARCHAR,
  salutation              VARCHAR,
  first_name              VARCHAR,
  last_name               VARCHAR,
  street_name             VARCHAR,
  street_number           VARCHAR,
  additional_street_info  VARCHAR,
  postal_code             VARCHAR,
  city                    VARCHAR,
  region                  VARCHAR,
  state                   VARCHAR,
  country                 VARCHAR(2) NOT NULL,
  company                 VARCHAR,
  department              VARCHAR,
  building                VARCHAR,
  apartment               VARCHAR,
  po_box                  VARCHAR,
  phone                   VARCHAR,
  mobile                  VARCHAR,
  email                   VARCHAR,
  fax                     VARCHAR,
  additional_address_info VARCHAR,
  external_id             VARCHAR,
  custom_type_id          VARCHAR(36),
  PRIMARY KEY (customer_id, address_id)
);
CREATE INDEX customer_address_city_idx ON customer_address (city, customer_id);
CREATE INDEX customer_address_postal_code_idx ON customer_address (postal_code, customer_id);

-- shippingAddressIds and billingAddressIds.
CREATE TABLE customer_address_role (
  customer_id VARCHAR(36) NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  role        VARCHAR(8)  NOT NULL,
  address_id  VARCHAR(8)  NOT NULL,
  PRIMARY KEY (customer_id, role, address_id)
);

CREATE TABLE customer_group_assignment (
  customer_id VARCHAR(36) NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  group_id    VARCHAR(36) NOT NULL,
  PRIMARY KEY (customer_id, group_id)
);
CREATE INDEX customer_group_assignment_group_idx ON customer_group_assignment (group_id, customer_id);

-- Custom field values of the customer (owner_id '') and of its addresses (owner_id = the address id). A Set has one
-- row per element; only string, number and boolean values (and sets of them) are kept, the kinds predicates compare.
CREATE TABLE customer_custom_value (
  customer_id  VARCHAR(36)    NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  owner_id     VARCHAR(8)     NOT NULL,
  name         VARCHAR(256)   NOT NULL,
  position     INTEGER        NOT NULL,
  text_value   VARCHAR,
  number_value DECIMAL(38, 10),
  bool_value   BOOLEAN,
  PRIMARY KEY (customer_id, owner_id, name, position)
);
CREATE INDEX customer_custom_value_text_idx ON customer_custom_value (name, text_value, customer_id);
