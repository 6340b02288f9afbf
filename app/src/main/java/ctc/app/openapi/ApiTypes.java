package ctc.app.openapi;

import ctc.app.json.OAuthJson;
import ctc.domain.auth.ApiClientDraft;
import ctc.domain.customer.CredentialRequests;
import ctc.domain.customer.Customer;
import ctc.domain.customer.CustomerActions;
import ctc.domain.customer.CustomerDraft;
import ctc.domain.customer.MyRequests;
import ctc.domain.group.CustomerGroup;
import ctc.domain.group.CustomerGroupDraft;
import ctc.domain.group.CustomerGroups;
import ctc.domain.store.Store;
import ctc.domain.store.StoreDraft;
import ctc.domain.store.Stores;
import ctc.domain.type.Type;
import ctc.domain.type.TypeDraft;
import ctc.domain.type.Types;
import java.util.Map;

/**
 * The wire records and update actions whose schemas the document derives from code, by the
 * component name the parts refer to ({@code $ref: '#/components/schemas/Customer'}). A new route
 * set adds its records and registries here.
 */
public final class ApiTypes {

  private ApiTypes() {}

  public static final OpenApiDocument.Types ALL =
      new OpenApiDocument.Types(
          Map.ofEntries(
              Map.entry("Customer", Customer.class),
              Map.entry("CustomerDraft", CustomerDraft.class),
              Map.entry("CustomerSignin", CredentialRequests.CustomerSignin.class),
              Map.entry("CustomerChangePassword", CredentialRequests.CustomerChangePassword.class),
              Map.entry(
                  "CustomerCreatePasswordResetToken",
                  CredentialRequests.CustomerCreatePasswordResetToken.class),
              Map.entry("CustomerResetPassword", CredentialRequests.CustomerResetPassword.class),
              Map.entry(
                  "CustomerCreateEmailToken", CredentialRequests.CustomerCreateEmailToken.class),
              Map.entry("CustomerEmailVerify", CredentialRequests.CustomerEmailVerify.class),
              Map.entry("MyCustomerDraft", MyRequests.MyCustomerDraft.class),
              Map.entry("MyCustomerSignin", MyRequests.MyCustomerSignin.class),
              Map.entry("MyCustomerChangePassword", MyRequests.MyCustomerChangePassword.class),
              Map.entry("MyCustomerResetPassword", MyRequests.MyCustomerResetPassword.class),
              Map.entry("MyCustomerEmailVerify", MyRequests.MyCustomerEmailVerify.class),
              Map.entry("Store", Store.class),
              Map.entry("StoreDraft", StoreDraft.class),
              Map.entry("CustomerGroup", CustomerGroup.class),
              Map.entry("CustomerGroupDraft", CustomerGroupDraft.class),
              Map.entry("Type", Type.class),
              Map.entry("TypeDraft", TypeDraft.class),
              Map.entry("ApiClientDraft", ApiClientDraft.class),
              Map.entry("ApiClient", OAuthJson.ApiClientView.class),
              Map.entry("ApiClientList", OAuthJson.ApiClientList.class),
              Map.entry("TokenResponse", OAuthJson.TokenResponse.class),
              Map.entry("IntrospectionResponse", OAuthJson.IntrospectionResponse.class)),
          Map.of(
              "CustomerUpdateAction", CustomerActions.ALL,
              "MyCustomerUpdateAction", CustomerActions.MY,
              "StoreUpdateAction", Stores.ACTIONS,
              "CustomerGroupUpdateAction", CustomerGroups.ACTIONS,
              "TypeUpdateAction", Types.ACTIONS));
}
