//! The runtimes measured from inside this process: the native limit, our host in-process,
//! and our service over HTTP.

use std::sync::Arc;

use anyhow::anyhow;

use step_host::{Plugin, StepConfig};

use super::native::Native;
use super::report;
use super::service::Service;
use super::workload;

/// One runtime this process drives. Cheap to clone.
#[derive(Clone)]
pub enum Local {
    /// The component's crate linked natively.
    Native(Arc<Native>),
    /// `step_host::Plugin`: a fresh instance per step, as every host verb runs it.
    InProcess(Arc<Plugin>, StepConfig),
    /// `host-test serve` in its own process, over loopback HTTP.
    Serve(Arc<Service>),
}

impl Local {
    /// The runtime's name in the table.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Native(_) => report::NATIVE,
            Self::InProcess(..) => report::IN_PROCESS,
            Self::Serve(_) => report::SERVE,
        }
    }

    /// `validate(input)`; an error unless the input is found valid.
    pub async fn validate(&self, input: &str) -> anyhow::Result<()> {
        match self {
            Self::Native(native) => native.validate(input),
            Self::InProcess(plugin, _) => match plugin.validate(input).await {
                Ok(validation) if validation.valid => Ok(()),
                Ok(_) => Err(anyhow!("a valid input was refused")),
                Err(error) => Err(anyhow!(error.message)),
            },
            Self::Serve(service) => service.call("validate", input).await,
        }
    }

    /// `execute` of step `i`; an error unless it succeeds.
    pub async fn execute(&self, i: usize) -> anyhow::Result<()> {
        let input = workload::execute_input(i);
        match self {
            Self::Native(native) => native.execute(&input).await,
            Self::InProcess(plugin, config) => plugin
                .execute_text(&input, config)
                .await
                .map(drop)
                .map_err(|e| anyhow!(e.message)),
            Self::Serve(service) => service.call("execute", &input).await,
        }
    }

    /// `parse` of a 200 with `body`, or why this runtime cannot.
    pub fn parser(&self) -> Result<Parser, &'static str> {
        match self {
            Self::Native(native) => Ok(Parser::Native(native.clone())),
            Self::InProcess(plugin, _) => Ok(Parser::InProcess(plugin.clone())),
            Self::Serve(_) => Err("the service has no parse route (engines that call Plaid themselves embed the component)"),
        }
    }
}

/// A runtime that can parse a response body.
pub enum Parser {
    /// Natively.
    Native(Arc<Native>),
    /// In a fresh instance.
    InProcess(Arc<Plugin>),
}

impl Parser {
    /// `parse(200, [], body)`; an error unless it yields outputs.
    pub async fn parse(&self, body: &[u8]) -> anyhow::Result<()> {
        match self {
            Self::Native(native) => native.parse(body),
            Self::InProcess(plugin) => plugin
                .parse_text(200, &[], body)
                .await
                .map(drop)
                .map_err(|e| anyhow!(e.message)),
        }
    }
}
