-- Global schema "sxalable": what exists once per appliance.

CREATE TABLE tenants (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    name        text NOT NULL,
    max_routers integer NOT NULL CHECK (max_routers >= 0),
    max_users   integer NOT NULL CHECK (max_users >= 1),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id             uuid PRIMARY KEY,
    tenant_id      uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    username       text NOT NULL UNIQUE,
    password_hash  text NOT NULL,            -- PHC string: $argon2id$v=19$m=...,t=...,p=...$salt$hash
    roles          text[] NOT NULL,
    platform_admin boolean NOT NULL DEFAULT false,
    disabled       boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_tenant_idx ON users (tenant_id);

-- One row per issued refresh token; a login starts a family, each refresh adds a row and marks the old one used.
CREATE TABLE refresh_tokens (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid NOT NULL,
    token_hash  bytea NOT NULL UNIQUE,       -- SHA-256 of the opaque token; the token itself is never stored
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

CREATE TABLE api_tokens (
    id           uuid PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text NOT NULL,
    prefix       text NOT NULL,
    token_hash   bytea NOT NULL UNIQUE,      -- SHA-256 of the secret
    roles        text[] NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Platform-level mutations (tenants, bootstrap). Tenant mutations go to each tenant schema's audit_logs.
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
