-- What the scheduled purge (ExpiredRows) reads: expiry indexes, so that it never scans the token tables, the
-- anonymous ids' tokens, and when an anonymous id was reserved (the reservation is written just before its first
-- token, so only reservations older than that gap may be taken for unused). Existing reservations count as new.
CREATE INDEX oauth_token_expires_idx ON oauth_token (expires_at);
CREATE INDEX oauth_token_anonymous_idx ON oauth_token (project_key, anonymous_id);
CREATE INDEX customer_token_expires_idx ON customer_token (expires_at);
ALTER TABLE anonymous_id ADD COLUMN reserved_at TIMESTAMP(3) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
