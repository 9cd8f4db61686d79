-- The per-address limit on public responses keys a client by its network (an IPv4 address, an IPv6 /64), not by
-- the one address it happened to use.
alter table consultations_response rename column client_ip to client_network;
alter index consultations_response_ip rename to consultations_response_network;
