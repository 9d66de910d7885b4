-- When the coordinator last sent the meeting's invitation (with its calendar entry) to the group's
-- participants; null: not sent. The meeting page shows it ("Indkaldelse sendt 3. dec. kl. 10:12").
alter table meeting add column invitation_sent_at timestamp with time zone;
