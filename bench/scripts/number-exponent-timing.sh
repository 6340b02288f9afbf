#!/bin/sh
# Times POST /customers with a custom Number field holding a short number with a huge exponent (issue 11, point 2).
# Run on a quiet machine after `mvn -q package -DskipTests`; run it on main too for the figures before the bound.
# Usage: bench/scripts/number-exponent-timing.sh [port]   (prints status and seconds per number)
set -eu
PORT=${1:-18201}
JAR=${JAR:-$(dirname "$0")/../../app/target/customer-service.jar}
DATA=$(mktemp -d)
PORT=$PORT DATA_DIR=$DATA ADMIN_CLIENT_ID=timing ADMIN_CLIENT_SECRET=timing-secret-1234 java -jar "$JAR" \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; do sleep 0.5; done
TOKEN=$(curl -s -X POST -u timing:timing-secret-1234 "http://127.0.0.1:$PORT/oauth/token" \
  -d grant_type=client_credentials | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
API="http://127.0.0.1:$PORT/default"
curl -s -o /dev/null -X POST "$API/types" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d \
  '{"key": "timing", "name": {"en": "timing"}, "resourceTypeIds": ["customer"], "fieldDefinitions": [
    {"name": "n", "label": {"en": "n"}, "required": false, "type": {"name": "Number"}}]}'
i=0
for number in 1 1e-1000 1e-4000000 1e-16000000 1e-32000000; do
  i=$((i + 1))
  curl -s -o "$DATA/answer" -w "$number: %{http_code} in %{time_total} s\n" --max-time 120 -X POST "$API/customers" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"email\": \"n$i@example.com\", \"custom\": {\"type\": {\"key\": \"timing\"}, \"fields\": {\"n\": $number}},
         \"authenticationMode\": \"ExternalAuth\"}" || echo "$number: no answer within 120 s"
  grep -o "\"message\":\"[^\"]*\"" "$DATA/answer" || true
done
