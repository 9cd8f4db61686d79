-- The § 23 c idea phase: ideas and proposals are kept like responses (durable, with a receipt), and processed and
-- summed up apart from the consultation's responses.
alter table consultations_response add column kind text not null default 'RESPONSE' check (kind in ('RESPONSE', 'IDEA'));
