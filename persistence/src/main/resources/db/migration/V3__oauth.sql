-- API clients and OAuth tokens. Client secrets are kept as bcrypt hashes, token values as SHA-256 digests.
CREATE TABLE api_client (
  id                             VARCHAR(64)  NOT NULL PRIMARY KEY,
  project_key                    VARCHAR(256) NOT NULL,
  name                           VARCHAR      NOT NULL,
  secret_hash                    VARCHAR(128) NOT NULL,
  scopes                         VARCHAR      NOT NULL,
  access_token_validity_seconds  INTEGER,
  refresh_token_validity_seconds INTEGER,
  created_at                     TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX api_client_project_idx ON api_client (project_key, created_at);

-- Access and refresh tokens. Deleting a client or a customer ends their tokens.
CREATE TABLE oauth_token (
  digest         CHAR(64)     NOT NULL PRIMARY KEY,
  kind           VARCHAR(16)  NOT NULL,
  client_id      VARCHAR(64)  NOT NULL REFERENCES api_client (id) ON DELETE CASCADE,
  project_key    VARCHAR(256) NOT NULL,
  scopes         VARCHAR      NOT NULL,
  customer_id    VARCHAR(36)  REFERENCES customer (id) ON DELETE CASCADE,
  anonymous_id   VARCHAR(256),
  refresh_digest CHAR(64),
  expires_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX oauth_token_customer_idx ON oauth_token (customer_id);
CREATE INDEX oauth_token_client_idx ON oauth_token (client_id);
CREATE INDEX oauth_token_refresh_idx ON oauth_token (refresh_digest);

-- Anonymous ids handed out by the anonymous-session flow: each once per project.
CREATE TABLE anonymous_id (
  project_key  VARCHAR(256) NOT NULL,
  anonymous_id VARCHAR(256) NOT NULL,
  PRIMARY KEY (project_key, anonymous_id)
);
