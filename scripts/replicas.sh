#!/usr/bin/env bash
# Serve one verified index from two read-only replicas behind nginx, on loopback, until Ctrl-C.
#
#   scripts/replicas.sh INDEX_DIR [WORK_DIR]
#
# Copies INDEX_DIR once into WORK_DIR/index (the replicas never build: --no-build), verifies the
# copy by loading it (`statement-qa list` checks every hash in its manifest), makes it read-only,
# starts `statement-qa serve` on 127.0.0.1:7861 and :7862 and nginx (Debian's package) on
# 127.0.0.1:8080 with deploy/nginx-statement-qa.conf. Everything it started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
index=${1:?usage: scripts/replicas.sh INDEX_DIR [WORK_DIR]}
work=${2:-$(mktemp -d /tmp/statement-qa-replicas.XXXXXX)}
qa="$repo/.venv/bin/statement-qa"
mkdir -p "$work"/nginx/{logs,tmp} "$work"/data-{1,2}

chmod -R u+w "$work/index" 2>/dev/null || true
rm -rf "$work/index"
cp -a "$index" "$work/index"
"$qa" list --index "$work/index" > /dev/null   # refuses a copy whose files do not match the manifest
chmod -R a-w "$work/index"
echo "index verified and read-only: $work/index"

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

for n in 1 2; do
    # No Staff tab on replicas: staff change the corpus where the index is built, not here.
    STATEMENT_QA_STAFF_PASSWORD_HASH= STATEMENT_QA_STAFF_PASSWORD_FILE= "$qa" serve --index "$work/index" --corpus "$work/no-corpus" --no-build \
        --host 127.0.0.1 --port "786$n" --data "$work/data-$n" > "$work/replica-$n.log" 2>&1 &
    pids+=($!)
done

cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
    log_format upstream "\$upstream_addr \$status";
    access_log $work/nginx/logs/access.log upstream;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    include $repo/deploy/nginx-statement-qa.conf;
}
CONF
nginx -t -p "$work/nginx" -c "$work/nginx/nginx.conf" 2> "$work/nginx/test.log" || { cat "$work/nginx/test.log"; exit 1; }
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
pids+=($!)

for port in 7861 7862 8080; do
    for _ in $(seq 1 240); do
        curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
        sleep 0.5
    done
    curl -fsS -o /dev/null "http://127.0.0.1:$port/" || { echo "port $port did not come up; see $work/*.log"; exit 1; }
done
echo "replicas on 127.0.0.1:7861 and :7862, nginx on http://127.0.0.1:8080/ (Ctrl-C stops all)"
wait
