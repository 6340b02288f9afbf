package ctc.domain.auth;

import java.util.List;
import java.util.Optional;

/** Storage of API clients. */
public interface ApiClientRepository {

  void insert(ApiClient client);

  Optional<ApiClient> findById(String id);

  List<ApiClient> findByProject(String projectKey);

  /** False when there was no such client in the project. */
  boolean delete(String projectKey, String id);

  boolean any();
}
