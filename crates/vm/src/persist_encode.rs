//! The binary record format of persisted objects, and a neutral decoded form ([`Record`]) that names other
//! objects by [`ObjectId`], functions by (package path, name) and types by canonical key.
//!
//! Layout (all integers little-endian, fixed width, so that a decoded object never takes more than about twice
//! its encoded size in memory and the refcount can be patched in place):
//! ```text
//! magic u8 | kind u8 | refcount u32 | owner u64 | type key (u32 len + bytes) | payload | refs (u32 n + n*u64)
//! ```
//! A value cell is a tag byte and at least 8 bytes (a 16-byte `Value` in memory). `refs` lists the distinct ids
//! the payload refers to, sorted; decoding checks it against the payload.

use crate::map::KeyKind;
use crate::persist::ObjectId;

pub(crate) const MAGIC: u8 = 0xA7;
/// Byte offset of the refcount (patched when only the count of an object changes).
pub(crate) const REFCOUNT_AT: usize = 2;
/// Deepest nesting of map keys (struct keys of struct keys...) a record may hold.
const MAX_KEY_DEPTH: u32 = 64;

/// A value as persisted: scalars and strings inline, objects by id.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum PVal {
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    /// A slice of the array object `id` (0: the nil/empty array).
    Slice {
        id: ObjectId,
        off: u32,
        len: u32,
    },
    Ref(ObjectId),
    /// A pointer to cell `idx` of object `id` (for a package block: its `idx`-th variable).
    Ptr {
        id: ObjectId,
        idx: u32,
    },
    Func(FuncName),
    /// The object a variable of a standard package held after the package's initialisation (`io.EOF`,
    /// `time.UTC`): std packages do not persist, they are initialised again in every transaction, so such an
    /// object is named by its variable, and loads as the one of the running transaction (identity kept).
    Std {
        pkg: String,
        var: String,
    },
}

/// A function, named stably: its package path and a name unique within that package.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct FuncName {
    pub pkg: String,
    pub name: String,
}

/// A map's structural index key, as persisted.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum PKey {
    Nil,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(Vec<u8>),
    Object(ObjectId),
    Cell(ObjectId, u32),
    Tuple(Vec<PKey>),
    Typed(String, Box<PKey>),
    /// The identity of the object standard variable `pkg.var` holds, or of the pointer in the interface it holds
    /// (`map[error]int{io.EOF: 1}`): see [`PVal::Std`].
    Std {
        pkg: String,
        var: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Payload {
    /// A package block: the package path and its variables (name, value) in declaration order.
    Block {
        path: String,
        vars: Vec<(String, PVal)>,
    },
    Bytes(Vec<u8>),
    Ints(Vec<i64>),
    Floats(Vec<f64>),
    Values(Vec<PVal>),
    /// A window `off..end` on `base` (see `Obj::View`).
    View {
        base: ObjectId,
        off: u32,
        end: u32,
    },
    /// Entries in iteration order; maps with structural keys carry each entry's index key (`None`: a key equal
    /// to nothing, like NaN).
    Map {
        kind: KeyKind,
        entries: Vec<(PVal, PVal, Option<PKey>)>,
    },
    Iface(PVal),
    Closure {
        func: FuncName,
        captures: Vec<PVal>,
    },
}

impl Payload {
    fn kind_byte(&self) -> u8 {
        match self {
            Payload::Block { .. } => 0,
            Payload::Bytes(_) => 1,
            Payload::Ints(_) => 2,
            Payload::Floats(_) => 3,
            Payload::Values(_) => 4,
            Payload::View { .. } => 5,
            Payload::Map { .. } => 6,
            Payload::Iface(_) => 7,
            Payload::Closure { .. } => 8,
        }
    }

    pub(crate) fn kind_name(&self) -> &'static str {
        match self {
            Payload::Block { .. } => "package",
            Payload::Bytes(_) => "bytes",
            Payload::Ints(_) => "ints",
            Payload::Floats(_) => "floats",
            Payload::Values(_) => "values",
            Payload::View { .. } => "view",
            Payload::Map { .. } => "map",
            Payload::Iface(_) => "interface",
            Payload::Closure { .. } => "closure",
        }
    }

    /// Calls `f` with the bytes of every string value, in the order the values appear (map entries: key, then
    /// value).
    pub(crate) fn for_each_str(&self, f: &mut dyn FnMut(&[u8])) {
        let mut val = |v: &PVal| {
            if let PVal::Str(b) = v {
                f(b)
            }
        };
        match self {
            Payload::Block { vars, .. } => vars.iter().for_each(|(_, v)| val(v)),
            Payload::Values(vs) | Payload::Closure { captures: vs, .. } => vs.iter().for_each(val),
            Payload::Map { entries, .. } => {
                for (k, v, _) in entries {
                    val(k);
                    val(v);
                }
            }
            Payload::Iface(v) => val(v),
            Payload::Bytes(_) | Payload::Ints(_) | Payload::Floats(_) | Payload::View { .. } => {}
        }
    }

    /// The distinct ids this payload refers to, sorted.
    pub(crate) fn refs(&self) -> Vec<ObjectId> {
        let mut out = self.ids_in_order();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Replaces every id this payload refers to by `f(id)`.
    pub(crate) fn map_ids(&mut self, f: &mut dyn FnMut(ObjectId) -> ObjectId) {
        fn val(f: &mut dyn FnMut(ObjectId) -> ObjectId, v: &mut PVal) {
            match v {
                PVal::Slice { id, .. } | PVal::Ref(id) | PVal::Ptr { id, .. } if *id != 0 => {
                    *id = f(*id)
                }
                _ => {}
            }
        }
        fn key(f: &mut dyn FnMut(ObjectId) -> ObjectId, k: &mut PKey) {
            match k {
                PKey::Object(id) | PKey::Cell(id, _) if *id != 0 => *id = f(*id),
                PKey::Tuple(ks) => ks.iter_mut().for_each(|k| key(f, k)),
                PKey::Typed(_, k) => key(f, k),
                _ => {}
            }
        }
        match self {
            Payload::Block { vars, .. } => vars.iter_mut().for_each(|(_, v)| val(f, v)),
            Payload::Bytes(_) | Payload::Ints(_) | Payload::Floats(_) => {}
            Payload::Values(vs) | Payload::Closure { captures: vs, .. } => {
                vs.iter_mut().for_each(|v| val(f, v))
            }
            Payload::View { base, .. } => {
                if *base != 0 {
                    *base = f(*base)
                }
            }
            Payload::Map { entries, .. } => {
                for (k, v, pk) in entries {
                    val(f, k);
                    val(f, v);
                    if let Some(pk) = pk {
                        key(f, pk);
                    }
                }
            }
            Payload::Iface(v) => val(f, v),
        }
    }

    /// Every id this payload refers to, in the order the encoder meets them (repeats included).
    pub(crate) fn ids_in_order(&self) -> Vec<ObjectId> {
        let mut out = Vec::new();
        let val = |out: &mut Vec<ObjectId>, v: &PVal| match v {
            PVal::Slice { id, .. } | PVal::Ref(id) | PVal::Ptr { id, .. } if *id != 0 => {
                out.push(*id)
            }
            _ => {}
        };
        fn key(out: &mut Vec<ObjectId>, k: &PKey) {
            match k {
                PKey::Object(id) | PKey::Cell(id, _) if *id != 0 => out.push(*id),
                PKey::Tuple(ks) => ks.iter().for_each(|k| key(out, k)),
                PKey::Typed(_, k) => key(out, k),
                _ => {}
            }
        }
        match self {
            Payload::Block { vars, .. } => vars.iter().for_each(|(_, v)| val(&mut out, v)),
            Payload::Bytes(_) | Payload::Ints(_) | Payload::Floats(_) => {}
            Payload::Values(vs) | Payload::Closure { captures: vs, .. } => {
                vs.iter().for_each(|v| val(&mut out, v))
            }
            Payload::View { base, .. } => {
                if *base != 0 {
                    out.push(*base)
                }
            }
            Payload::Map { entries, .. } => {
                for (k, v, pk) in entries {
                    val(&mut out, k);
                    val(&mut out, v);
                    if let Some(pk) = pk {
                        key(&mut out, pk);
                    }
                }
            }
            Payload::Iface(v) => val(&mut out, v),
        }
        out
    }
}

/// One persisted object.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Record {
    /// How many persisted objects refer to this one.
    pub refcount: u32,
    /// The package block id of the realm (or library) that owns the object (0: none).
    pub owner: ObjectId,
    /// The canonical key of the object's type where known (always for interface boxes: the dynamic type).
    pub type_key: String,
    pub payload: Payload,
}

// ---- encoding ----

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_u32(out, b.len() as u32);
    out.extend_from_slice(b);
}
fn put_len(out: &mut Vec<u8>, n: usize) {
    put_u32(out, n as u32);
}

fn put_val(out: &mut Vec<u8>, v: &PVal) {
    match v {
        PVal::Nil => {
            out.push(0);
            put_u64(out, 0);
        }
        PVal::Bool(b) => {
            out.push(1);
            put_u64(out, *b as u64);
        }
        PVal::Int(i) => {
            out.push(2);
            put_u64(out, *i as u64);
        }
        PVal::Float(f) => {
            out.push(3);
            put_u64(out, f.to_bits());
        }
        PVal::Str(b) => {
            out.push(4);
            put_u64(out, b.len() as u64);
            out.extend_from_slice(b);
        }
        PVal::Slice { id, off, len } => {
            out.push(5);
            put_u64(out, *id);
            put_u32(out, *off);
            put_u32(out, *len);
        }
        PVal::Ref(id) => {
            out.push(6);
            put_u64(out, *id);
        }
        PVal::Ptr { id, idx } => {
            out.push(7);
            put_u64(out, *id);
            put_u32(out, *idx);
        }
        PVal::Func(f) => {
            out.push(8);
            put_func(out, f);
        }
        PVal::Std { pkg, var } => {
            out.push(9);
            put_bytes(out, pkg.as_bytes());
            put_bytes(out, var.as_bytes());
        }
    }
}

fn put_func(out: &mut Vec<u8>, f: &FuncName) {
    put_bytes(out, f.pkg.as_bytes());
    put_bytes(out, f.name.as_bytes());
}

fn put_key(out: &mut Vec<u8>, k: &PKey) {
    match k {
        PKey::Nil => out.push(0),
        PKey::Bool(b) => {
            out.push(1);
            out.push(*b as u8);
        }
        PKey::Int(i) => {
            out.push(2);
            put_u64(out, *i as u64);
        }
        PKey::Float(bits) => {
            out.push(3);
            put_u64(out, *bits);
        }
        PKey::Str(b) => {
            out.push(4);
            put_bytes(out, b);
        }
        PKey::Object(id) => {
            out.push(5);
            put_u64(out, *id);
        }
        PKey::Cell(id, idx) => {
            out.push(6);
            put_u64(out, *id);
            put_u32(out, *idx);
        }
        PKey::Tuple(ks) => {
            out.push(7);
            put_len(out, ks.len());
            ks.iter().for_each(|k| put_key(out, k));
        }
        PKey::Typed(ty, k) => {
            out.push(8);
            put_bytes(out, ty.as_bytes());
            put_key(out, k);
        }
        PKey::Std { pkg, var } => {
            out.push(9);
            put_bytes(out, pkg.as_bytes());
            put_bytes(out, var.as_bytes());
        }
    }
}

/// Encodes a record (deterministically: the same record always gives the same bytes).
pub(crate) fn encode(r: &Record) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    out.push(MAGIC);
    out.push(r.payload.kind_byte());
    put_u32(&mut out, r.refcount);
    put_u64(&mut out, r.owner);
    put_bytes(&mut out, r.type_key.as_bytes());
    match &r.payload {
        Payload::Block { path, vars } => {
            put_bytes(&mut out, path.as_bytes());
            put_len(&mut out, vars.len());
            for (name, v) in vars {
                put_bytes(&mut out, name.as_bytes());
                put_val(&mut out, v);
            }
        }
        Payload::Bytes(b) => put_bytes(&mut out, b),
        Payload::Ints(xs) => {
            put_len(&mut out, xs.len());
            xs.iter().for_each(|x| put_u64(&mut out, *x as u64));
        }
        Payload::Floats(xs) => {
            put_len(&mut out, xs.len());
            xs.iter().for_each(|x| put_u64(&mut out, x.to_bits()));
        }
        Payload::Values(vs) => {
            put_len(&mut out, vs.len());
            vs.iter().for_each(|v| put_val(&mut out, v));
        }
        Payload::View { base, off, end } => {
            put_u64(&mut out, *base);
            put_u32(&mut out, *off);
            put_u32(&mut out, *end);
        }
        Payload::Map { kind, entries } => {
            out.push(match kind {
                KeyKind::Int => 0,
                KeyKind::Str => 1,
                KeyKind::Other => 2,
            });
            put_len(&mut out, entries.len());
            for (k, v, pk) in entries {
                put_val(&mut out, k);
                put_val(&mut out, v);
                if *kind == KeyKind::Other {
                    match pk {
                        Some(pk) => {
                            out.push(1);
                            put_key(&mut out, pk);
                        }
                        None => out.push(0),
                    }
                }
            }
        }
        Payload::Iface(v) => put_val(&mut out, v),
        Payload::Closure { func, captures } => {
            put_func(&mut out, func);
            put_len(&mut out, captures.len());
            captures.iter().for_each(|v| put_val(&mut out, v));
        }
    }
    let refs = r.payload.refs();
    put_len(&mut out, refs.len());
    refs.iter().for_each(|id| put_u64(&mut out, *id));
    out
}

/// Replaces the refcount of an encoded record.
pub(crate) fn patch_refcount(bytes: &mut [u8], refcount: u32) -> Result<(), String> {
    if bytes.first() != Some(&MAGIC) {
        return Err("corrupt object record: bad magic".into());
    }
    match bytes.get_mut(REFCOUNT_AT..REFCOUNT_AT + 4) {
        Some(b) => {
            b.copy_from_slice(&refcount.to_le_bytes());
            Ok(())
        }
        None => Err("corrupt object record: truncated".into()),
    }
}

// ---- decoding ----

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

type D<T> = Result<T, String>;

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> D<&'a [u8]> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| "corrupt object record: truncated".to_string())?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> D<u8> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> D<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> D<u64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    fn remaining(&self) -> usize {
        self.b.len() - self.at
    }
    /// A count of items of at least `min_size` bytes each, checked against what is left.
    fn count(&mut self, min_size: usize) -> D<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size) > self.remaining() {
            return Err("corrupt object record: count exceeds record".into());
        }
        Ok(n)
    }
    fn bytes(&mut self) -> D<Vec<u8>> {
        let n = self.count(1)?;
        Ok(self.take(n)?.to_vec())
    }
    fn string(&mut self) -> D<String> {
        String::from_utf8(self.bytes()?).map_err(|_| "corrupt object record: bad name".to_string())
    }
    fn func(&mut self) -> D<FuncName> {
        Ok(FuncName {
            pkg: self.string()?,
            name: self.string()?,
        })
    }
    fn val(&mut self) -> D<PVal> {
        let tag = self.u8()?;
        Ok(match tag {
            0 => {
                self.u64()?;
                PVal::Nil
            }
            1 => PVal::Bool(self.u64()? != 0),
            2 => PVal::Int(self.u64()? as i64),
            3 => PVal::Float(f64::from_bits(self.u64()?)),
            4 => {
                let n = self.u64()?;
                let n = usize::try_from(n)
                    .ok()
                    .filter(|&n| n <= self.remaining())
                    .ok_or_else(|| "corrupt object record: string length".to_string())?;
                PVal::Str(self.take(n)?.to_vec())
            }
            5 => PVal::Slice {
                id: self.u64()?,
                off: self.u32()?,
                len: self.u32()?,
            },
            6 => PVal::Ref(self.u64()?),
            7 => PVal::Ptr {
                id: self.u64()?,
                idx: self.u32()?,
            },
            8 => PVal::Func(self.func()?),
            9 => PVal::Std {
                pkg: self.string()?,
                var: self.string()?,
            },
            t => return Err(format!("corrupt object record: value tag {t}")),
        })
    }
    fn key(&mut self, depth: u32) -> D<PKey> {
        if depth > MAX_KEY_DEPTH {
            return Err("corrupt object record: key nesting".into());
        }
        Ok(match self.u8()? {
            0 => PKey::Nil,
            1 => PKey::Bool(self.u8()? != 0),
            2 => PKey::Int(self.u64()? as i64),
            3 => PKey::Float(self.u64()?),
            4 => PKey::Str(self.bytes()?),
            5 => PKey::Object(self.u64()?),
            6 => PKey::Cell(self.u64()?, self.u32()?),
            7 => {
                let n = self.count(1)?;
                let mut ks = Vec::with_capacity(n);
                for _ in 0..n {
                    ks.push(self.key(depth + 1)?);
                }
                PKey::Tuple(ks)
            }
            8 => {
                let ty = self.string()?;
                PKey::Typed(ty, Box::new(self.key(depth + 1)?))
            }
            9 => PKey::Std {
                pkg: self.string()?,
                var: self.string()?,
            },
            t => return Err(format!("corrupt object record: key tag {t}")),
        })
    }
}

/// Smallest encoded value cell.
const CELL: usize = 9;

/// Decodes a record, checking its structure completely (a corrupt record is an error, never a panic).
pub(crate) fn decode(bytes: &[u8]) -> Result<Record, String> {
    let mut r = Reader { b: bytes, at: 0 };
    if r.u8()? != MAGIC {
        return Err("corrupt object record: bad magic".into());
    }
    let kind = r.u8()?;
    let refcount = r.u32()?;
    let owner = r.u64()?;
    let type_key = r.string()?;
    let payload = match kind {
        0 => {
            let path = r.string()?;
            let n = r.count(4 + CELL)?;
            let mut vars = Vec::with_capacity(n);
            for _ in 0..n {
                let name = r.string()?;
                vars.push((name, r.val()?));
            }
            Payload::Block { path, vars }
        }
        1 => Payload::Bytes(r.bytes()?),
        2 => {
            let n = r.count(8)?;
            let mut xs = Vec::with_capacity(n);
            for _ in 0..n {
                xs.push(r.u64()? as i64);
            }
            Payload::Ints(xs)
        }
        3 => {
            let n = r.count(8)?;
            let mut xs = Vec::with_capacity(n);
            for _ in 0..n {
                xs.push(f64::from_bits(r.u64()?));
            }
            Payload::Floats(xs)
        }
        4 => {
            let n = r.count(CELL)?;
            let mut vs = Vec::with_capacity(n);
            for _ in 0..n {
                vs.push(r.val()?);
            }
            Payload::Values(vs)
        }
        5 => Payload::View {
            base: r.u64()?,
            off: r.u32()?,
            end: r.u32()?,
        },
        6 => {
            let kind = match r.u8()? {
                0 => KeyKind::Int,
                1 => KeyKind::Str,
                2 => KeyKind::Other,
                k => return Err(format!("corrupt object record: map key kind {k}")),
            };
            let n = r.count(2 * CELL)?;
            let mut entries = Vec::with_capacity(n);
            for _ in 0..n {
                let k = r.val()?;
                let v = r.val()?;
                let pk = if kind == KeyKind::Other && r.u8()? != 0 {
                    Some(r.key(0)?)
                } else {
                    None
                };
                entries.push((k, v, pk));
            }
            Payload::Map { kind, entries }
        }
        7 => Payload::Iface(r.val()?),
        8 => {
            let func = r.func()?;
            let n = r.count(CELL)?;
            let mut captures = Vec::with_capacity(n);
            for _ in 0..n {
                captures.push(r.val()?);
            }
            Payload::Closure { func, captures }
        }
        k => return Err(format!("corrupt object record: kind {k}")),
    };
    let n = r.count(8)?;
    let mut refs = Vec::with_capacity(n);
    for _ in 0..n {
        refs.push(r.u64()?);
    }
    if r.remaining() != 0 {
        return Err("corrupt object record: trailing bytes".into());
    }
    if refs != payload.refs() {
        return Err("corrupt object record: reference list does not match the contents".into());
    }
    Ok(Record {
        refcount,
        owner,
        type_key,
        payload,
    })
}

// ---- inspection ----

/// What `amber inspect` shows of one persisted object.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectView {
    /// `package`, `bytes`, `ints`, `floats`, `values`, `view`, `map`, `interface` or `closure`.
    pub kind: String,
    /// The canonical type key, where known (empty otherwise).
    pub type_key: String,
    /// The package block id of the owning realm (0: none).
    pub owner: ObjectId,
    /// How many persisted objects refer to this one.
    pub refcount: u32,
    /// The encoded size in bytes.
    pub size: usize,
    /// The ids this object refers to, sorted.
    pub refs: Vec<ObjectId>,
    /// A short, human-readable summary of the contents.
    pub summary: String,
}

fn summarise_val(v: &PVal) -> String {
    match v {
        PVal::Nil => "nil".into(),
        PVal::Bool(b) => b.to_string(),
        PVal::Int(i) => i.to_string(),
        PVal::Float(f) => format!("{f}"),
        PVal::Str(b) => {
            let s = String::from_utf8_lossy(b);
            if s.chars().count() > 24 {
                let short: String = s.chars().take(24).collect();
                format!("{short:?}...")
            } else {
                format!("{s:?}")
            }
        }
        PVal::Slice { id: 0, .. } => "[]".into(),
        PVal::Slice { id, off, len } => format!("#{id}[{off}:{}]", off.saturating_add(*len)),
        PVal::Ref(id) => format!("#{id}"),
        PVal::Ptr { id, idx } => format!("&#{id}[{idx}]"),
        PVal::Func(f) => format!("{}:{}", f.pkg, f.name),
        PVal::Std { pkg, var } => format!("{pkg}.{var}"),
    }
}

fn summarise_list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    const SHOWN: usize = 8;
    let mut parts: Vec<String> = items.iter().take(SHOWN).map(f).collect();
    if items.len() > SHOWN {
        parts.push(format!("... ({} in all)", items.len()));
    }
    parts.join(", ")
}

/// Decodes a record for display.
pub fn describe(bytes: &[u8]) -> Result<ObjectView, String> {
    let r = decode(bytes)?;
    let summary = match &r.payload {
        Payload::Block { path, vars } => format!(
            "{path} {{{}}}",
            summarise_list(vars, |(n, v)| format!("{n}: {}", summarise_val(v)))
        ),
        Payload::Bytes(b) => format!("[{}]", summarise_list(b, |x| x.to_string())),
        Payload::Ints(xs) => format!("[{}]", summarise_list(xs, |x| x.to_string())),
        Payload::Floats(xs) => format!("[{}]", summarise_list(xs, |x| format!("{x}"))),
        Payload::Values(vs) => format!("{{{}}}", summarise_list(vs, summarise_val)),
        Payload::View { base, off, end } => format!("#{base}[{off}:{end}]"),
        Payload::Map { entries, .. } => format!(
            "map[{}]",
            summarise_list(entries, |(k, v, _)| format!(
                "{}: {}",
                summarise_val(k),
                summarise_val(v)
            ))
        ),
        Payload::Iface(v) => summarise_val(v),
        Payload::Closure { func, captures } => format!(
            "{}:{} {{{}}}",
            func.pkg,
            func.name,
            summarise_list(captures, summarise_val)
        ),
    };
    Ok(ObjectView {
        kind: r.payload.kind_name().into(),
        refs: r.payload.refs(),
        type_key: r.type_key,
        owner: r.owner,
        refcount: r.refcount,
        size: bytes.len(),
        summary,
    })
}
