-- When the end of a consultation was announced to other modules (the "consultation closed" event).
alter table consultations_consultation add column closed_at timestamptz;
