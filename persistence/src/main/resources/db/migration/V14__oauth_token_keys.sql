-- Token keys begin with the token's issue time (11 hexadecimal digits) before the value's SHA-256, so that new keys
-- land at the end of the key index rather than at a random place in it (README, "Token keys"). Keys kept before
-- are bare SHA-256 digests and stay valid.
ALTER TABLE oauth_token ALTER COLUMN digest SET DATA TYPE VARCHAR(75);
ALTER TABLE oauth_token ALTER COLUMN refresh_digest SET DATA TYPE VARCHAR(75);
