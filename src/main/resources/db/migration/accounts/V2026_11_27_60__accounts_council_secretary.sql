-- Council secretaries record their own municipality's committee and council decisions on shared plans.
alter table accounts_person drop constraint accounts_person_role_check;
alter table accounts_person add constraint accounts_person_role_check
    check (role in ('SECRETARIAT', 'MEMBER', 'COUNCIL_SECRETARY'));
