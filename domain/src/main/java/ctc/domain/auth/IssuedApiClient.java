package ctc.domain.auth;

/** A client just created, with its secret: the only moment the secret exists outside its hash. */
public record IssuedApiClient(ApiClient client, String secret) {}
