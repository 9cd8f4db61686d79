-- Sign-ins that did not succeed, one row each, counted over the lock-out window per username and address, per
-- username and per address (LoginThrottle). A row is written when the attempt arrives and deleted if it succeeds,
-- so attempts sent in parallel are counted while their passwords are checked. The username is as typed, in lower
-- case, whether anyone has it or not. Rows older than the window count for nothing and are deleted on a schedule.
create table accounts_login_failure (
    id        bigint generated always as identity primary key,
    username  text        not null,
    address   text        not null,
    failed_at timestamptz not null
);
create index accounts_login_failure_username on accounts_login_failure (username, failed_at);
create index accounts_login_failure_address on accounts_login_failure (address, failed_at);
