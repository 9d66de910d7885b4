-- Personal API tokens (issue 23): a system that calls the API on a person's behalf sends
-- "Authorization: Bearer tvh_…" instead of the password, which would cost a PBKDF2 hash per
-- request. Only the SHA-256 digest of the secret is kept (hex); the secret itself is shown once,
-- when the token is made. A revoked token's row is deleted (the audit log keeps that it was).

create sequence api_token_seq start with 50 increment by 50;

create table api_token (
    id           bigint       not null primary key,
    version      bigint       not null,
    account_id   bigint       not null references account (id) on delete cascade,
    name         varchar(80)  not null,
    digest       varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    constraint api_token_digest_unique unique (digest),
    constraint api_token_name_unique unique (account_id, name)
);
