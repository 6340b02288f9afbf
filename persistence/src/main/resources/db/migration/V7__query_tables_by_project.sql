-- Every query side table carries its customer's project, so that a nested predicate is an index lookup within the
-- project (project_key, compared column, customer_id) instead of a lookup across all projects or a scan. Rows stored
-- before this migration take the project of their customer.
ALTER TABLE customer_store ADD COLUMN project_key VARCHAR(256);
UPDATE customer_store t SET project_key = (SELECT c.project_key FROM customer c WHERE c.id = t.customer_id);
ALTER TABLE customer_store ALTER COLUMN project_key SET NOT NULL;
DROP INDEX customer_store_key_idx;
CREATE INDEX customer_store_project_idx ON customer_store (project_key, store_key, customer_id);

ALTER TABLE customer_address ADD COLUMN project_key VARCHAR(256);
UPDATE customer_address t SET project_key = (SELECT c.project_key FROM customer c WHERE c.id = t.customer_id);
ALTER TABLE customer_address ALTER COLUMN project_key SET NOT NULL;
DROP INDEX customer_address_city_idx;
DROP INDEX customer_address_postal_code_idx;
-- The address fields that identify an address or that a storefront or back office searches by.
CREATE INDEX customer_address_id_idx ON customer_address (project_key, address_id, customer_id);
CREATE INDEX customer_address_key_idx ON customer_address (project_key, address_key, customer_id);
CREATE INDEX customer_address_city_idx ON customer_address (project_key, city, customer_id);
CREATE INDEX customer_address_postal_code_idx ON customer_address (project_key, postal_code, customer_id);
CREATE INDEX customer_address_country_idx ON customer_address (project_key, country, customer_id);
CREATE INDEX customer_address_phone_idx ON customer_address (project_key, phone, customer_id);
CREATE INDEX customer_address_mobile_idx ON customer_address (project_key, mobile, customer_id);
CREATE INDEX customer_address_email_idx ON customer_address (project_key, email, customer_id);
CREATE INDEX customer_address_last_name_idx ON customer_address (project_key, last_name, customer_id);

ALTER TABLE customer_address_role ADD COLUMN project_key VARCHAR(256);
UPDATE customer_address_role t SET project_key = (SELECT c.project_key FROM customer c WHERE c.id = t.customer_id);
ALTER TABLE customer_address_role ALTER COLUMN project_key SET NOT NULL;
CREATE INDEX customer_address_role_project_idx ON customer_address_role (project_key, role, address_id, customer_id);

ALTER TABLE customer_group_assignment ADD COLUMN project_key VARCHAR(256);
UPDATE customer_group_assignment t SET project_key = (SELECT c.project_key FROM customer c WHERE c.id = t.customer_id);
ALTER TABLE customer_group_assignment ALTER COLUMN project_key SET NOT NULL;
DROP INDEX customer_group_assignment_group_idx;
CREATE INDEX customer_group_assignment_group_idx ON customer_group_assignment (project_key, group_id, customer_id);

ALTER TABLE customer_custom_value ADD COLUMN project_key VARCHAR(256);
UPDATE customer_custom_value t SET project_key = (SELECT c.project_key FROM customer c WHERE c.id = t.customer_id);
ALTER TABLE customer_custom_value ALTER COLUMN project_key SET NOT NULL;
DROP INDEX customer_custom_value_text_idx;
CREATE INDEX customer_custom_value_text_idx ON customer_custom_value (project_key, name, text_value, customer_id);
CREATE INDEX customer_custom_value_number_idx ON customer_custom_value (project_key, name, number_value, customer_id);
CREATE INDEX customer_custom_value_bool_idx ON customer_custom_value (project_key, name, bool_value, customer_id);
