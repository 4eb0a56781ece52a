//! The limit: the component's own crate linked natively, with a keep-alive hyper client.

use anyhow::anyhow;
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use plaid_sim::{TEST_CLIENT_ID, TEST_SECRET};

/// Builds, sends and parses exactly as the component does, without the plugin boundary.
pub struct Native {
    client: Client<HttpConnector, Full<Bytes>>,
    config: plaid_partner_insights::StepConfig,
}

impl Native {
    /// A native client of the simulator at `sim_url`.
    pub fn new(sim_url: &str) -> Self {
        Self {
            client: Client::builder(TokioExecutor::new())
                .pool_max_idle_per_host(64)
                .build_http(),
            config: plaid_partner_insights::StepConfig {
                common: plaid_common::StepConfig {
                    base_url: Some(sim_url.to_owned()),
                    ..Default::default()
                },
                ..Default::default()
            },
        }
    }

    /// `validate`, natively.
    pub fn validate(&self, input: &str) -> anyhow::Result<()> {
        plaid_partner_insights::validate(input)
            .map(drop)
            .map_err(|_| anyhow!("native validate refused a valid input"))
    }

    /// `parse`, natively, into a `serde_json::Value`.
    pub fn parse(&self, body: &[u8]) -> anyhow::Result<()> {
        plaid_partner_insights::parse(200, &[], body)
            .map(drop)
            .map_err(|e| anyhow!(e.message))
    }

    /// One whole step: prepare, send over a pooled connection, parse.
    pub async fn execute(&self, input: &str) -> anyhow::Result<()> {
        let env = |name: &str| match name {
            "PLAID_CLIENT_ID" => Some(TEST_CLIENT_ID.to_owned()),
            "PLAID_SECRET" => Some(TEST_SECRET.to_owned()),
            _ => None,
        };
        let prepared = plaid_partner_insights::prepare(input, &self.config, &env)
            .map_err(|e| anyhow!(e.message))?;
        let mut request = http::Request::post(&prepared.wire.url);
        for (name, value) in &prepared.wire.headers {
            request = request.header(name, value);
        }
        let response = self
            .client
            .request(request.body(Full::new(Bytes::from(prepared.wire.body)))?)
            .await?;
        let status = response.status().as_u16();
        let headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().to_owned()))
            .collect();
        let body = response.into_body().collect().await?.to_bytes();
        plaid_partner_insights::parse(status, &headers, &body)
            .map(drop)
            .map_err(|e| anyhow!(e.message))
    }
}
