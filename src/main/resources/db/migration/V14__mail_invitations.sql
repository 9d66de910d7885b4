-- An e-mail can carry an invitation (iCalendar, METHOD:REQUEST) that calendar programs offer to accept.
alter table outbox_mail add column invitation varchar(20000);
