-- The address a receipt was actually put in the outbox for, so the receipt page says an e-mail is on its way only
-- when one is. It is personal data like the e-mail itself, and is erased with it.
alter table consultations_response add column receipt_mailed_to text;
