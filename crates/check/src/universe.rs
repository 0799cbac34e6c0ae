//! The universe scope: predeclared types, constants, `nil` and builtin functions.

use crate::constant::ConstValue;
use crate::objects::{ConstObj, FuncObj, ObjKind, Object, TypeNameObj, BUILTINS};
use crate::scope::ScopeKind;
use crate::types::{BasicKind, IfaceMethod, Interface, TypeId, TypeKind, BASIC_KINDS};
use crate::Program;

fn declare(p: &mut Program, name: &str, kind: ObjKind) {
    let id = p.objects.add(Object {
        name: name.to_string(),
        pos: 0,
        pkg: None,
        kind,
    });
    p.scopes.insert(p.universe, name, id);
}

fn type_name(ty: TypeId, alias: bool) -> ObjKind {
    ObjKind::TypeName(TypeNameObj { ty, alias })
}

pub(crate) fn setup(p: &mut Program) {
    p.universe = p.scopes.new_scope(None, ScopeKind::Universe);
    for k in BASIC_KINDS {
        if k == BasicKind::Invalid || k.is_untyped() || k == BasicKind::UnsafePointer {
            continue;
        }
        declare(p, k.name(), type_name(TypeId::basic(k), false));
    }
    declare(p, "byte", type_name(TypeId::BYTE, true));
    declare(p, "rune", type_name(TypeId::RUNE, true));
    declare(p, "any", type_name(TypeId::EMPTY_INTERFACE, true));

    // error: type error interface { Error() string }
    let error_obj = p.objects.add(Object {
        name: "error".to_string(),
        pos: 0,
        pkg: None,
        kind: type_name(TypeId::ERROR, false),
    });
    p.scopes.insert(p.universe, "error", error_obj);
    let sig = p.types.signature(Vec::new(), vec![TypeId::STRING], false);
    let method = p.objects.add(Object {
        name: "Error".to_string(),
        pos: 0,
        pkg: None,
        kind: ObjKind::Func(FuncObj {
            sig,
            recv: Some(TypeId::ERROR),
            has_body: false,
            decl: None,
        }),
    });
    let iface = p.types.intern(TypeKind::Interface(Interface {
        methods: vec![IfaceMethod {
            name: "Error".to_string(),
            pkg: None,
            sig,
            func: method,
        }],
        explicit: vec!["Error".to_string()],
        embeddeds: Vec::new(),
    }));
    if let Some(n) = p.types.named_mut(TypeId::ERROR) {
        n.obj = error_obj;
        n.underlying = iface;
    }

    // comparable: only meaningful as a constraint (generics are not supported yet).
    let cmp_obj = p.objects.add(Object {
        name: "comparable".to_string(),
        pos: 0,
        pkg: None,
        kind: type_name(TypeId::INVALID, false),
    });
    let cmp = p.types.new_named(cmp_obj);
    if let Some(n) = p.types.named_mut(cmp) {
        n.underlying = TypeId::EMPTY_INTERFACE;
    }
    if let Some(o) = p.objects.get_mut(cmp_obj) {
        o.kind = type_name(cmp, false);
    }
    p.scopes.insert(p.universe, "comparable", cmp_obj);

    for (name, v) in [("true", true), ("false", false)] {
        declare(
            p,
            name,
            ObjKind::Const(ConstObj {
                ty: TypeId::UNTYPED_BOOL,
                value: ConstValue::Bool(v),
            }),
        );
    }
    // iota's value depends on the spec; the checker special-cases it.
    declare(
        p,
        "iota",
        ObjKind::Const(ConstObj {
            ty: TypeId::UNTYPED_INT,
            value: ConstValue::int(0),
        }),
    );
    declare(p, "nil", ObjKind::Nil);
    for b in BUILTINS {
        declare(p, b.name(), ObjKind::Builtin(b));
    }
}

#[cfg(test)]
mod tests {
    use crate::objects::ObjKind;
    use crate::types::TypeId;
    use crate::Program;

    #[test]
    fn predeclared_names() {
        let p = Program::new();
        let look = |n: &str| p.scopes.lookup(p.universe, n).map(|(o, _)| o);
        let int = look("int").map(|o| p.objects.type_of(o));
        assert_eq!(int, Some(TypeId::INT));
        assert_eq!(
            look("byte").map(|o| p.objects.type_of(o)),
            Some(TypeId::UINT8)
        );
        assert_eq!(
            look("error").map(|o| p.objects.type_of(o)),
            Some(TypeId::ERROR)
        );
        assert!(matches!(
            look("len").map(|o| &p.objects.get(o).kind),
            Some(ObjKind::Builtin(crate::Builtin::Len))
        ));
        assert!(look("unsafe").is_none());
        assert_eq!(p.type_string(TypeId::ERROR, None), "error");
    }
}
