# syntax=docker/dockerfile:1
#
# The step service for production (`step-service`, the service crate's own thin binary: no
# simulator, benchmark or editor) with the three Plaid step components, on a distroless,
# non-root base. Build (BuildKit is needed for the cache mounts; it is the default builder
# of current Docker):
#
#   docker build -t plaid-step:0.3.0 .
#
# Run (the token file and the secrets folder are required by the entrypoint's flags;
# examples/kubernetes/README.md explains both):
#
#   docker run --rm -p 8787:8787 \
#     -v "$PWD/token:/run/secrets/step-service/token:ro" \
#     -v "$PWD/plaid-secrets:/run/secrets/plaid:ro" \
#     plaid-step:0.3.0                      # --env sandbox (the CMD)
#   docker run … plaid-step:0.3.0 --env production --allow-host step-service
#
# Arguments after the image name replace the CMD (`--env sandbox`), never the
# ENTRYPOINT's flags.

############################################################################ build
# rust-toolchain.toml pins 1.95.0: the exact-version tag means rustup finds that
# toolchain already installed instead of downloading it again.
FROM rust:1.95.0-bookworm AS build

# Everything the toolchain file names, installed up front, so the cargo commands below
# never have to install anything; binaryen (wasm-opt) and Python for
# scripts/shrink_component.py.
RUN rustup target add wasm32-wasip2 --toolchain 1.95.0 \
 && rustup component add rustfmt clippy --toolchain 1.95.0 \
 && apt-get update \
 && apt-get install -y --no-install-recommends binaryen python3 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY . .

# The components exactly as scripts/setup.sh's build_component builds them (the release
# profile optimized for size, then shrunk), then the service binary (the release profile
# as is). target/ is a cache mount, so the artifacts are copied out of it to /out.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/local/cargo/git \
    --mount=type=cache,target=/src/target \
    cargo build --locked --release --target wasm32-wasip2 -p plaid-partner-insights \
      -p plaid-check-report-create -p plaid-webhook-verify \
      --config 'profile.release.opt-level="z"' \
 && python3 scripts/shrink_component.py target/wasm32-wasip2/release/plaid_*.wasm \
 && cargo build --locked --release -p step-service --bin step-service \
 && mkdir -p /out/plugins \
 && cp target/wasm32-wasip2/release/plaid_partner_insights.wasm \
       target/wasm32-wasip2/release/plaid_check_report_create.wasm \
       target/wasm32-wasip2/release/plaid_webhook_verify.wasm /out/plugins/ \
 && cp target/release/step-service /out/step-service

########################################################################## runtime
# glibc and libgcc for the binary; TLS roots are built in (webpki-roots).
FROM gcr.io/distroless/cc-debian12:nonroot

# Each step's id is its file's stem: plaid_check_report_create, plaid_webhook_verify,
# plaid_partner_insights, the ids the README, the Conductor workflow and the Node-RED / n8n
# examples call.
COPY --from=build /out/step-service /usr/local/bin/step-service
COPY --from=build /out/plugins/ /plugins/

# The compile cache ($XDG_CACHE_HOME/host-test) and its key
# ($XDG_CONFIG_HOME/host-test/cache.key) go under /tmp, the only place that stays
# writable with a read-only root filesystem (an emptyDir in examples/kubernetes/).
# If they are not writable the service warns once and compiles without the cache.
ENV XDG_CACHE_HOME=/tmp/.cache \
    XDG_CONFIG_HOME=/tmp/.config

# nonroot (65532:65532), numeric so that Kubernetes' runAsNonRoot can verify it.
USER 65532:65532
EXPOSE 8787

ENTRYPOINT ["/usr/local/bin/step-service", "--listen", "0.0.0.0:8787", "--plugins", "/plugins", "--token-file", "/run/secrets/step-service/token", "--secrets-dir", "/run/secrets/plaid", "--log-format", "json"]
CMD ["--env", "sandbox"]
