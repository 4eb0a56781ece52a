//! Where a step runs: the engine, one fresh and bounded store per call (an empty WASI
//! context, the host's outbound hooks, the memory limit, the CPU budget), the epoch
//! ticker, and how a failure inside a call becomes a `plugin_fault`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::anyhow;
use wasmtime::component::ResourceTable;
use wasmtime::{
    Config, Enabled, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store,
    StoreLimits, StoreLimitsBuilder, Trap, UpdateDeadline,
};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

use crate::outbound::OutboundHooks;
use crate::outcome::StepError;
use crate::policy::Policy;

/// Bytes of a pooled slot's linear memory kept mapped between steps when the kernel can
/// tell which pages a step dirtied (8 MiB gave the same validate gain as 32 MiB).
const KEEP_RESIDENT: usize = 8 * 1024 * 1024;

/// Per-step store state: an empty WASI context (no files, sockets, environment or
/// stdin), the HTTP context with the host's hooks, and the resource limits.
pub(crate) struct StepState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    hooks: OutboundHooks,
    limits: StoreLimits,
    cpu_ticks_left: u64,
}

impl WasiView for StepState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl WasiHttpView for StepState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: &mut self.hooks,
        }
    }
}

/// Marker error: the step used up its CPU budget.
#[derive(Debug)]
struct CpuBudgetExhausted;

impl std::fmt::Display for CpuBudgetExhausted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the component used up its CPU budget")
    }
}

impl std::error::Error for CpuBudgetExhausted {}

/// The engine every step of a plugin runs on: the component model, epoch interruption
/// for the CPU budget, and a pooling allocator sized for `slots` steps at once.
pub(super) fn engine(policy: &Policy, slots: usize) -> anyhow::Result<Engine> {
    let mut pool = PoolingAllocationConfig::new();
    pool.total_component_instances(slots as u32)
        .total_core_instances(slots as u32 * 8)
        .total_memories(slots as u32 * 2)
        .total_tables(slots as u32 * 8)
        .max_memory_size(policy.max_memory);
    // A finished step's slot is decommitted (madvise, and a TLB shootdown on every
    // core) in batches rather than one by one. `host-test bench`, paired runs:
    // validate 0.78× the time, execute at concurrency 64 1.15× the steps/s.
    pool.decommit_batch_size((slots / 2).clamp(1, 32));
    // Where the kernel has PAGEMAP_SCAN (Linux 6.7+), a slot is reset by restoring only
    // the pages the step dirtied and up to `KEEP_RESIDENT` bytes stay mapped, so the
    // next step on that slot does not fault them in again (paired bench runs: validate
    // 0.62-0.65x the time). Without it, keeping memory resident would mean a memset of
    // the whole region on every reset: off.
    if PoolingAllocationConfig::is_pagemap_scan_available() {
        pool.pagemap_scan(Enabled::Yes)
            .linear_memory_keep_resident(KEEP_RESIDENT)
            .table_keep_resident(64 * 1024);
    }
    let mut config = Config::new();
    config.wasm_component_model(true);
    config.epoch_interruption(true);
    config.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    Engine::new(&config).map_err(|e| anyhow!("engine: {}", first_line(&e)))
}

/// A fresh store for one step: an empty WASI context, the HTTP context with `hooks`,
/// the memory limit and the CPU budget (spent only while guest code runs).
pub(super) fn new_store(
    engine: &Engine,
    policy: &Policy,
    hooks: OutboundHooks,
) -> Store<StepState> {
    let state = StepState {
        wasi: WasiCtx::builder().build(),
        http: WasiHttpCtx::new(),
        table: ResourceTable::new(),
        hooks,
        limits: StoreLimitsBuilder::new()
            .memory_size(policy.max_memory)
            .instances(16)
            .trap_on_grow_failure(true)
            .build(),
        cpu_ticks_left: policy.cpu_budget_ticks,
    };
    let mut store = Store::new(engine, state);
    store.limiter(|state| &mut state.limits);
    // Called only while guest code runs, so time spent waiting on I/O is free.
    store.epoch_deadline_callback(|mut ctx| {
        let state = ctx.data_mut();
        if state.cpu_ticks_left == 0 {
            return Err(CpuBudgetExhausted.into());
        }
        state.cpu_ticks_left -= 1;
        Ok(UpdateDeadline::Yield(1))
    });
    store.set_epoch_deadline(1);
    store
}

/// Advances the engine's epoch on a background thread while the plugin lives.
pub(super) struct EpochTicker {
    stop: Arc<AtomicBool>,
}

impl EpochTicker {
    pub(super) fn start(engine: &Engine, tick: Duration) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let weak = engine.weak();
        let flag = stop.clone();
        std::thread::Builder::new()
            .name("epoch-ticker".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(tick);
                    match weak.upgrade() {
                        Some(engine) => engine.increment_epoch(),
                        None => break,
                    }
                }
            })
            .expect("spawn the epoch ticker thread");
        Self { stop }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// The first line of an error's message: never a backtrace, never a chain dump.
pub(super) fn first_line(error: &wasmtime::Error) -> String {
    crate::outcome::first_line(&error.to_string())
}

/// Turns a trap, limit or host failure during a call into a `plugin_fault`. Only the
/// root cause's first line is kept: wasm and host backtraces stay out.
pub(super) fn fault(error: &wasmtime::Error) -> StepError {
    let root = crate::outcome::first_line(&error.root_cause().to_string());
    let (code, message) = if error.downcast_ref::<CpuBudgetExhausted>().is_some() {
        ("CPU_BUDGET_EXHAUSTED", CpuBudgetExhausted.to_string())
    } else if root.contains("growing memory") || root.contains("memory limit") {
        (
            "MEMORY_LIMIT",
            "the component exceeded the host's memory limit".to_owned(),
        )
    } else if let Some(trap) = error.downcast_ref::<Trap>() {
        ("TRAP", format!("the component trapped: {trap}"))
    } else {
        ("HOST_ERROR", format!("the component call failed: {root}"))
    };
    tracing::warn!(code, "plugin fault: {message}");
    StepError::host("plugin_fault", code, message, false).with_action(
        "report this to the plugin's authors; the host is unaffected and serves the next step",
    )
}
