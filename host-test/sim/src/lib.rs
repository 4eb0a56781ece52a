//! A Plaid simulator: a real HTTP server on loopback that checks requests the way Plaid
//! does and answers with Plaid-shaped bodies built from Plaid's own examples
//! (`examples/plaid/`). It follows the Check Report flow:
//!
//! 1. `POST /cra/check_report/create` ([`CREATE_PATH`]) stores a report for the user;
//! 2. once it is ready the simulator POSTs a signed `CHECK_REPORT` webhook to the
//!    create's (loopback) `webhook` URL;
//! 3. `POST /cra/check_report/partner_insights/get` ([`PATH`]) answers with the report;
//! 4. `POST /webhook_verification_key/get` ([`KEY_PATH`]) serves the signing key.
//!
//! Special `user_id`s trigger documented errors and faults; see [`SPECIAL_USERS`].

mod checks;
mod config;
mod create;
mod create_fields;
mod delivery;
mod faults;
mod fixtures;
mod keyring;
mod loopback;
mod observed;
mod partner_insights;
mod records;
mod report;
mod schema;
mod signer;
mod state;
mod unix_time;
mod users;
mod verification_key;
mod webhooks;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use checks::checked;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub use config::SimConfig;
pub use observed::{Delivery, SeenRequest};
pub use signer::Signer;
pub use users::SPECIAL_USERS;

use state::SimState;

/// The simulator's documented test client ID.
pub const TEST_CLIENT_ID: &str = "sim_client_id_0123456789";
/// The simulator's documented test secret.
pub const TEST_SECRET: &str = "sim_secret_abcdef0123456789";
/// The Partner Insights endpoint path.
pub const PATH: &str = "/cra/check_report/partner_insights/get";
/// The Check Report create endpoint path.
pub const CREATE_PATH: &str = "/cra/check_report/create";
/// The webhook verification key endpoint path.
pub const KEY_PATH: &str = "/webhook_verification_key/get";

/// The credential names Plaid step components declare, with the simulator's test values:
/// what a harness supplies when the operator has configured none.
pub const TEST_KEYS: [(&str, &str); 2] = [
    ("PLAID_CLIENT_ID", TEST_CLIENT_ID),
    ("PLAID_SECRET", TEST_SECRET),
];

/// `user_id` prefix of the header-echo fault: `usr_fault_echo_headers_<N>` answers 502
/// with an HTML page that echoes every request header, credential headers first, after
/// `N` bytes of padding, so a test can place a cut (e.g. a 512-byte excerpt) anywhere
/// inside an echoed credential.
pub const ECHO_USER_PREFIX: &str = "usr_fault_echo_headers_";

/// The echo page's text before the padding; then come `N` dots, `"\nplaid-secret: "`,
/// the secret, `"\nplaid-client-id: "`, the client ID, and the other headers.
pub const ECHO_PAGE_HEAD: &str = "<html><head><title>502 Bad Gateway</title></head><body><pre>";

/// A running simulator; stops (server and pending webhooks) when dropped.
pub struct Simulator {
    addr: SocketAddr,
    state: Arc<SimState>,
    stop: Option<oneshot::Sender<()>>,
}

impl Simulator {
    /// Starts on `127.0.0.1:port` (0 picks a free port).
    pub async fn start(port: u16, config: SimConfig) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(SimState::new(config));
        let app = Router::new()
            .route(
                PATH,
                checked(partner_insights::ENDPOINT, partner_insights::answer),
            )
            .route(CREATE_PATH, checked(create::ENDPOINT, create::answer))
            .route(
                KEY_PATH,
                checked(verification_key::ENDPOINT, verification_key::answer),
            )
            .fallback(fixtures::unknown_route)
            .with_state(state.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let app = app.into_make_service_with_connect_info::<SocketAddr>();
            let served = axum::serve(listener, app).with_graceful_shutdown(async {
                let _ = stopped.await;
            });
            if let Err(e) = served.await {
                tracing::error!("simulator stopped: {e}");
            }
        });
        tracing::info!(%addr, "Plaid simulator listening");
        Ok(Self {
            addr,
            state,
            stop: Some(stop),
        })
    }

    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Everything received so far.
    pub fn seen(&self) -> Vec<SeenRequest> {
        self.state.seen.lock().expect("seen lock").clone()
    }

    /// Every webhook delivery attempted so far, in order.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.state
            .deliveries
            .lock()
            .expect("deliveries lock")
            .clone()
    }

    /// A copy of the key that signs webhooks now.
    pub fn signer(&self) -> Signer {
        self.state.keys.lock().expect("keys lock").current().clone()
    }

    /// Retires the current key (its `expired_at` becomes now; it stays fetchable from
    /// [`KEY_PATH`]) and signs later webhooks with a new one.
    pub fn rotate_key(&self) {
        self.state
            .keys
            .lock()
            .expect("keys lock")
            .rotate(unix_time::now());
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.state.abort_tasks();
    }
}
