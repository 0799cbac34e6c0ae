//! The chain API package (import path `chain`): its Go source and the natives that give it the transaction's
//! context (caller, realm, height, time, events, randomness).

use std::cell::RefCell;
use std::rc::Rc;

use amber_vm::value::Value;
use amber_vm::{NativeCtx, NativeError, Natives};
use sha2::{Digest, Sha256};

use crate::address::{realm_address, user_address};

/// The import path of the chain API package.
pub const PATH: &str = "chain";

/// The Go sources of package `chain`.
pub fn sources() -> Vec<(String, String)> {
    vec![(
        "chain/chain.go".to_string(),
        include_str!("../go/chain/chain.go").to_string(),
    )]
}

/// An event emitted by a transaction.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub typ: String,
    /// The realm that emitted it ("" for a script).
    pub realm: String,
    pub attrs: Vec<(String, String)>,
}

/// What the chain natives see of the running transaction.
#[derive(Clone, Debug, Default)]
pub struct TxContext {
    pub height: u64,
    /// Block time, seconds since the Unix epoch.
    pub time: i64,
    /// The address of the user who sent the transaction.
    pub origin: String,
    /// Seed of the deterministic random sequence.
    pub seed: [u8; 32],
    pub rand_counter: u64,
    pub events: Vec<Event>,
    /// A test chain (`amber test`, `amber run` outside a home): the `TestSet*` functions may change it.
    pub testing: bool,
}

impl TxContext {
    pub fn new(height: u64, time: i64, origin: String, seed_input: &[u8]) -> TxContext {
        let mut h = Sha256::new();
        h.update(b"amber/rand");
        h.update(height.to_be_bytes());
        h.update(seed_input);
        TxContext {
            height,
            time,
            origin,
            seed: h.finalize().into(),
            rand_counter: 0,
            events: Vec::new(),
            testing: false,
        }
    }

    /// The chain a program sees outside a home: height 1, its block time, sent by user `user`.
    pub fn for_tests() -> TxContext {
        let mut ctx = TxContext::new(
            1,
            crate::home::block_time(1),
            user_address(crate::home::DEFAULT_CALLER),
            b"test",
        );
        ctx.testing = true;
        ctx
    }

    /// The next number of the random sequence: SHA-256 of the seed and a counter.
    pub fn next_rand(&mut self) -> u64 {
        let mut h = Sha256::new();
        h.update(self.seed);
        h.update(self.rand_counter.to_be_bytes());
        self.rand_counter = self.rand_counter.wrapping_add(1);
        let d = h.finalize();
        let mut b = [0u8; 8];
        b.copy_from_slice(&d[..8]);
        u64::from_be_bytes(b)
    }
}

/// The context shared between the host (which reads the events afterwards) and the natives.
pub type SharedTx = Rc<RefCell<TxContext>>;

/// Registers the chain natives into `n`.
pub fn register(n: &mut Natives) {
    n.register("chain.currentRealmPath", 0, 1, current_realm_path);
    n.register("chain.currentRealmAddress", 0, 1, current_realm_address);
    n.register("chain.previousRealmPath", 0, 1, previous_realm_path);
    n.register("chain.Caller", 0, 1, caller);
    n.register("chain.OriginCaller", 0, 1, origin_caller);
    n.register("chain.Height", 0, 1, height);
    n.register("chain.Time", 0, 1, time);
    n.register("chain.Emit", 2, 0, emit);
    n.register("chain.Rand", 0, 1, rand);
    n.register("chain.RealmAddress", 1, 1, realm_address_native);
    n.register("chain.UserAddress", 1, 1, user_address_native);
    n.register("chain.TestSetOriginCaller", 1, 0, test_set_origin_caller);
    n.register("chain.TestSetHeight", 1, 0, test_set_height);
    // Replaces the standard library's stand-in, which has no block time.
    n.register("time.now", 0, 2, time_now);
}

/// The standard natives plus the chain's.
pub fn natives() -> Natives {
    let mut n = amber_stdlib::natives();
    register(&mut n);
    n
}

/// Gas of one chain native call (a handful of hash operations at most).
const CALL_GAS: u64 = 50;

fn tx(ctx: &mut NativeCtx) -> Result<SharedTx, NativeError> {
    crate::host::tx_of(ctx)
        .ok_or_else(|| NativeError::Panic("chain: no transaction is running".into()))
}

fn set_result(slots: &mut [Value], v: Value) {
    if let Some(s) = slots.first_mut() {
        *s = v;
    }
}

fn string_result(ctx: &mut NativeCtx, slots: &mut [Value], s: String) -> Result<(), NativeError> {
    let v = ctx.new_str(s.into_bytes())?;
    set_result(slots, v);
    Ok(())
}

fn current_realm_path(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let path = crate::host::current_realm(ctx).unwrap_or_default();
    string_result(ctx, slots, path)
}

fn current_realm_address(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let addr = match crate::host::current_realm(ctx) {
        Some(path) => realm_address(&path),
        None => tx(ctx)?.borrow().origin.clone(),
    };
    string_result(ctx, slots, addr)
}

fn previous_realm_path(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let path = crate::host::previous_realm(ctx).unwrap_or_default();
    string_result(ctx, slots, path)
}

fn caller(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let addr = match crate::host::previous_realm(ctx) {
        Some(path) => realm_address(&path),
        None => tx(ctx)?.borrow().origin.clone(),
    };
    string_result(ctx, slots, addr)
}

fn origin_caller(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let addr = tx(ctx)?.borrow().origin.clone();
    string_result(ctx, slots, addr)
}

fn height(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let h = tx(ctx)?.borrow().height;
    set_result(slots, Value::Int(h as i64));
    Ok(())
}

fn time(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let t = tx(ctx)?.borrow().time;
    set_result(slots, Value::Int(t));
    Ok(())
}

/// `time.now() (sec int64, nsec int32)`: the block time, whole seconds since the Unix epoch.
fn time_now(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let sec = crate::host::tx_of(ctx)
        .ok_or_else(|| NativeError::Panic("time.Now: no block time".into()))?
        .borrow()
        .time;
    if let [s, ns, ..] = slots {
        *s = Value::Int(sec);
        *ns = Value::Int(0);
    }
    Ok(())
}

fn rand(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let r = tx(ctx)?.borrow_mut().next_rand();
    set_result(slots, Value::Int(r as i64));
    Ok(())
}

/// `Emit(typ string, attrs ...string)`: attributes come in key, value pairs.
fn emit(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let (typ_v, attrs_v) = match slots {
        [t, a, ..] => (*t, *a),
        _ => return Err(NativeError::Panic("chain.Emit: bad arguments".into())),
    };
    let typ = String::from_utf8_lossy(ctx.str_bytes(typ_v)).into_owned();
    let attr_values: Vec<Value> = ctx.value_slice(attrs_v).to_vec();
    if !attr_values.len().is_multiple_of(2) {
        return Err(NativeError::Panic(
            "chain.Emit: attributes must come in key, value pairs".into(),
        ));
    }
    let mut attrs = Vec::with_capacity(attr_values.len() / 2);
    let mut bytes = typ.len();
    for pair in attr_values.chunks_exact(2) {
        let [k, v] = [pair.first(), pair.get(1)].map(|x| {
            String::from_utf8_lossy(ctx.str_bytes(x.copied().unwrap_or_default())).into_owned()
        });
        bytes += k.len() + v.len();
        attrs.push((k, v));
    }
    ctx.charge_bytes(bytes)?;
    let realm = crate::host::current_realm(ctx).unwrap_or_default();
    tx(ctx)?
        .borrow_mut()
        .events
        .push(Event { typ, realm, attrs });
    Ok(())
}

fn realm_address_native(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let path = String::from_utf8_lossy(ctx.str_bytes(slots.first().copied().unwrap_or_default()))
        .into_owned();
    ctx.charge(CALL_GAS)?;
    ctx.charge_bytes(path.len())?;
    string_result(ctx, slots, realm_address(&path))
}

fn user_address_native(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let name = String::from_utf8_lossy(ctx.str_bytes(slots.first().copied().unwrap_or_default()))
        .into_owned();
    ctx.charge(CALL_GAS)?;
    ctx.charge_bytes(name.len())?;
    string_result(ctx, slots, user_address(&name))
}

/// The test chain of the running program, or a panic naming `func` in a real transaction.
fn test_tx(ctx: &mut NativeCtx, func: &str) -> Result<SharedTx, NativeError> {
    let tx = tx(ctx)?;
    if !tx.borrow().testing {
        return Err(NativeError::Panic(format!(
            "chain.{func}: only tests may change the chain"
        )));
    }
    Ok(tx)
}

fn test_set_origin_caller(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let name = String::from_utf8_lossy(ctx.str_bytes(slots.first().copied().unwrap_or_default()))
        .into_owned();
    let tx = test_tx(ctx, "TestSetOriginCaller")?;
    tx.borrow_mut().origin = user_address(&name);
    Ok(())
}

fn test_set_height(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(CALL_GAS)?;
    let h = slots.first().map_or(0, |v| v.as_int());
    if h < 0 {
        return Err(NativeError::Panic(format!(
            "chain.TestSetHeight: negative height {h}"
        )));
    }
    let tx = test_tx(ctx, "TestSetHeight")?;
    let mut t = tx.borrow_mut();
    t.height = h as u64;
    t.time = crate::home::block_time(h as u64);
    Ok(())
}
