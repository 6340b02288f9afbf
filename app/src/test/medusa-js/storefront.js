// Drives the Medusa store API facade with the real @medusajs/medusa-js client, as a storefront would.
// Usage: node storefront.js <baseUrl, e.g. http://127.0.0.1:8080/my-project> <url answering the last reset token>
// Exits 0 when every step behaved as the contract says; prints the failing step and exits 1 otherwise.
"use strict";
const Medusa = require("@medusajs/medusa-js").default;
const http = require("http");

const [baseUrl, tokenUrl] = process.argv.slice(2);
const medusa = new Medusa({ baseUrl, maxRetries: 0 });

function check(condition, step, detail) {
  if (!condition) {
    throw new Error(`${step} failed: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
}

async function expectStatus(promise, status, step) {
  try {
    await promise;
  } catch (e) {
    check(e.response && e.response.status === status, step, e.response ? e.response.data : String(e));
    return e.response;
  }
  throw new Error(`${step} failed: succeeded, expected ${status}`);
}

function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    }).on("error", reject);
  });
}

function sessionOf(response) {
  const cookie = (response.headers["set-cookie"] || [])[0] || "";
  check(cookie.startsWith("connect.sid="), "session cookie", cookie);
  return cookie.split(";")[0];
}

async function main() {
  const email = `mjs-${Date.now()}@example.com`;

  // Register: signs in with a session cookie. Node has no cookie jar, so the cookie is sent by hand.
  const created = await medusa.customers.create({
    first_name: "Jane", last_name: "Doe", email, password: "s3cret!", phone: "+4930123",
  });
  check(created.customer.email === email && created.customer.phone === "+4930123", "customers.create", created.customer);
  const cookie = { Cookie: sessionOf(created.response) };
  const id = created.customer.id;

  const duplicate = await expectStatus(
    medusa.customers.create({ first_name: "J", last_name: "D", email, password: "x" }), 422, "duplicate register");
  check(duplicate.data.type === "duplicate_error", "duplicate register type", duplicate.data);

  const exists = await medusa.auth.exists(email);
  check(exists.exists === true, "auth.exists", exists);
  check((await medusa.auth.exists("nobody@example.com")).exists === false, "auth.exists unknown", "true");

  const session = await medusa.auth.getSession(cookie);
  check(session.customer.id === id && Array.isArray(session.customer.orders), "auth.getSession", session.customer);

  // Sign in with a session, and with a bearer token.
  const signedIn = await medusa.auth.authenticate({ email, password: "s3cret!" });
  check(signedIn.customer.id === id, "auth.authenticate", signedIn.customer);
  await expectStatus(medusa.auth.authenticate({ email, password: "wrong" }), 401, "auth.authenticate wrong");
  const token = await medusa.auth.getToken({ email, password: "s3cret!" });
  check(typeof token.access_token === "string", "auth.getToken", token);
  const bearer = { Authorization: `Bearer ${token.access_token}` };

  const me = await medusa.customers.retrieve(bearer);
  check(me.customer.id === id && me.customer.has_account === true, "customers.retrieve", me.customer);
  await expectStatus(medusa.customers.retrieve(), 401, "customers.retrieve without credential");

  const updated = await medusa.customers.update({ first_name: "Janet", metadata: { newsletter: true } }, bearer);
  check(updated.customer.first_name === "Janet" && updated.customer.metadata.newsletter === true,
    "customers.update", updated.customer);

  const withAddress = await medusa.customers.addresses.addAddress({
    address: {
      first_name: "Jane", last_name: "Doe", address_1: "Main St 1", city: "Berlin",
      country_code: "de", postal_code: "10115", metadata: { door: "red" },
    },
  }, cookie);
  const address = withAddress.customer.shipping_addresses[0];
  check(address && address.country_code === "de" && address.metadata.door === "red", "addresses.addAddress", withAddress.customer);

  const changed = await medusa.customers.addresses.updateAddress(address.id, { city: "Potsdam" }, cookie);
  check(changed.customer.shipping_addresses[0].city === "Potsdam", "addresses.updateAddress", changed.customer);

  const billing = await medusa.customers.update({ billing_address: address.id }, cookie);
  check(billing.customer.billing_address_id === address.id, "billing address by id", billing.customer);

  const orders = await medusa.customers.listOrders({ limit: 5, offset: 0 }, cookie);
  check(Array.isArray(orders.orders) && orders.count === 0 && orders.limit === 5, "customers.listOrders", orders);
  const methods = await medusa.customers.paymentMethods.list(cookie);
  check(Array.isArray(methods.payment_methods), "paymentMethods.list", methods);

  const removed = await medusa.customers.addresses.deleteAddress(address.id, cookie);
  check(removed.customer.shipping_addresses.length === 0, "addresses.deleteAddress", removed.customer);

  // Password reset: the token reaches the test through the event receiver.
  await medusa.customers.generatePasswordToken({ email });
  const resetToken = await get(tokenUrl);
  check(resetToken.length > 20, "password token event", resetToken);
  const reset = await medusa.customers.resetPassword({ email, token: resetToken, password: "n3w-s3cret" });
  check(reset.customer.id === id, "customers.resetPassword", reset.customer);
  await expectStatus(medusa.customers.retrieve(bearer), 401, "bearer token after the reset");
  const again = await expectStatus(
    medusa.customers.resetPassword({ email, token: resetToken, password: "x" }), 401, "reset token reused");
  check(again.data.type === "unauthorized", "reset token reused type", again.data);

  const fresh = await medusa.auth.authenticate({ email, password: "n3w-s3cret" });
  const freshCookie = { Cookie: sessionOf(fresh.response) };
  await medusa.auth.deleteSession(freshCookie);
  await expectStatus(medusa.auth.getSession(freshCookie), 401, "session after deleteSession");
}

main().then(
  () => console.log("medusa-js storefront: all steps passed"),
  (e) => {
    console.error(e.message);
    process.exit(1);
  },
);
