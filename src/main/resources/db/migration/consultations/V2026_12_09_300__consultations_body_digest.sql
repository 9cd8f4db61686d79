-- The digest of a response's text, kept beside it: campaign grouping keeps what it has worked out from a text under the
-- text's digest, so the list of responses reads 32 characters per response instead of the whole text. Stored, since a
-- digest worked out on each read would read the whole text again.
alter table consultations_response add column body_digest text generated always as (md5(body)) stored;
