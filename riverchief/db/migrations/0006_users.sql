-- 0006_users: who may sign in, in which role, over which area.
-- Passwords are stored as scrypt hashes with a random salt ("scrypt$n$r$p$salt$hash");
-- password_hash NULL means the user has no password yet and cannot sign in with one.

CREATE TABLE app_user (
    {{record}},
    code TEXT NOT NULL UNIQUE,              -- the sign-in name
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('chief', 'unit', 'evaluator', 'admin')),
    chief_id TEXT REFERENCES chief (id),    -- role chief: the registry chief they are
    unit_id TEXT REFERENCES unit (id),      -- role unit: the unit they act for
    scope_area_id TEXT REFERENCES area (id),-- role evaluator: the area they see and manage
    password_hash TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_at TEXT,                         -- set after too many failed sign-ins
    must_change_password INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    CHECK (role != 'chief' OR chief_id IS NOT NULL),
    CHECK (role != 'unit' OR unit_id IS NOT NULL),
    CHECK (role != 'evaluator' OR scope_area_id IS NOT NULL)
);
