-- 0070_exchange: keys, hash chains, packages received, revision history and conflicts.

-- This installation's Ed25519 key pair; the private key is encrypted with the
-- administrator's password (PKCS#8, PEM).
CREATE TABLE installation_key (
    {{record}},
    public_key TEXT NOT NULL UNIQUE,       -- 32 bytes, hex
    fingerprint TEXT NOT NULL,
    private_key_pem TEXT NOT NULL,         -- encrypted PKCS#8
    active INTEGER NOT NULL DEFAULT 1
);

-- Public keys of other installations the office accepts packages from.
CREATE TABLE enrolled_key (
    {{record}},
    public_key TEXT NOT NULL UNIQUE,       -- hex
    fingerprint TEXT NOT NULL,
    installation_id TEXT,                  -- the origin installation named by its packages
    label TEXT NOT NULL,                   -- e.g. 张伟的笔记本
    chief_id TEXT REFERENCES chief (id),
    enrolled_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_reason TEXT,
    replaces_key_id TEXT REFERENCES enrolled_key (id)  -- a replacement laptop
);

-- Each chief's hash chain of submitted records (patrols, problem reports).
CREATE TABLE chain_entry (
    {{record}},
    chief_id TEXT NOT NULL,
    seq INTEGER NOT NULL,                  -- 1, 2, 3 ... per chief
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    record_revision INTEGER NOT NULL,
    prev_hash TEXT NOT NULL,
    record_hash TEXT NOT NULL,
    content TEXT NOT NULL,                 -- canonical JSON that was hashed
    media TEXT NOT NULL DEFAULT '[]',      -- JSON list of SHA-256 of photos and track
    UNIQUE (chief_id, seq)
);
CREATE INDEX chain_entry_record ON chain_entry (table_name, record_id);

-- Packages imported (idempotence: the same manifest twice changes nothing).
CREATE TABLE package_log (
    {{record}},
    manifest_sha256 TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,                    -- records | receipt
    origin_installation TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    author TEXT NOT NULL,
    received_at TEXT NOT NULL,
    summary TEXT NOT NULL                  -- JSON counts: new, updated, unchanged, history, conflicts
);

-- Every revision of a record this installation exported, imported or kept as history.
CREATE TABLE record_revision (
    {{record}},
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    record_revision INTEGER NOT NULL,      -- the record's revision this row holds
    content_sha256 TEXT NOT NULL,
    content TEXT NOT NULL,                 -- JSON of the row at that revision
    status TEXT NOT NULL CHECK (status IN ('exported', 'acknowledged', 'applied', 'history', 'conflict')),
    package_id TEXT,                       -- package_log id, or the exported package's manifest hash
    peer_installation TEXT
);
CREATE INDEX record_revision_record ON record_revision (table_name, record_id, record_revision);

-- The same record changed in two places: both kept until an evaluator settles it.
CREATE TABLE conflict (
    {{record}},
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    local_revision INTEGER NOT NULL,
    incoming_revision_id TEXT NOT NULL REFERENCES record_revision (id),
    settled_at TEXT,
    settled_by TEXT,
    choice TEXT CHECK (choice IN ('local', 'incoming')),
    note TEXT
);
