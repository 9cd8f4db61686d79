-- A person's failed logins and lock are no longer kept on the person: they are counted per username and address in
-- accounts_login_failure, so that nobody can lock a colleague out from elsewhere.
alter table accounts_person drop column failed_logins;
alter table accounts_person drop column locked_until;
