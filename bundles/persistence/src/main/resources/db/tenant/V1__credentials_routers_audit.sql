-- One copy per tenant, in schema tenant_<slug>. Flyway keeps a history table in each.

CREATE TABLE device_credentials (
    id              uuid PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    username        text NOT NULL,
    secret          bytea NOT NULL,          -- AES-256-GCM: 12-byte nonce || ciphertext || tag, of a JSON document
    key_id          text NOT NULL,           -- which master key encrypted it (for rotation)
    has_password    boolean NOT NULL,
    has_private_key boolean NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE routers (
    id              uuid PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    region          text NOT NULL,
    cloud_provider  text NOT NULL,
    status          text NOT NULL,
    asn             bigint NOT NULL CHECK (asn BETWEEN 1 AND 4294967295),
    management_ip   inet NOT NULL,
    management_port integer CHECK (management_port BETWEEN 1 AND 65535),
    driver_id       text NOT NULL,
    site            text NOT NULL DEFAULT '',
    tags            text[] NOT NULL DEFAULT '{}',
    credential_id   uuid REFERENCES device_credentials (id),
    host_key        text,                    -- SSH host key fingerprint pinned on first use
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX routers_region_idx ON routers (region);
CREATE INDEX routers_status_idx ON routers (status);
CREATE INDEX routers_driver_idx ON routers (driver_id);
CREATE INDEX routers_tags_idx ON routers USING gin (tags);

CREATE TABLE audit_logs (
    id            uuid PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT now(),
    tenant_slug   text NOT NULL,
    actor         text NOT NULL,
    action        text NOT NULL,
    resource_type text NOT NULL,
    resource_id   text NOT NULL,
    before        jsonb,
    after         jsonb,
    request_id    text NOT NULL
);
CREATE INDEX audit_logs_at_idx ON audit_logs (at DESC);
CREATE INDEX audit_logs_resource_idx ON audit_logs (resource_type, resource_id);
